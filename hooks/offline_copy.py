"""The downloadable offline copy (OFFLINE=true): make it need no other host.

Material's offline plugin adds the iframe-worker shim from a CDN (it lets the
search worker run on file:// pages) unless a polyfill named iframe-worker is
already configured. We configure our vendored copy first.
"""

from mkdocs.plugins import event_priority

SHIM = "assets/vendor/iframe-worker/shim.js"


def offline_enabled(config):
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(100)  # before the offline plugin's on_config
def on_config(config):
    if offline_enabled(config):
        polyfills = config.extra.setdefault("polyfills", [])
        if SHIM not in polyfills:
            polyfills.append(SHIM)
    return config
