"""The downloadable offline copy (OFFLINE=true): make it need no other host.

Material's offline plugin adds the iframe-worker shim from a CDN (it lets the
search worker run on file:// pages) unless a polyfill named iframe-worker is
already configured. We configure our vendored copy first.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from languages import offline

SHIM = "assets/vendor/iframe-worker/shim.js"


@event_priority(100)  # before the offline plugin's on_config
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Templates ask config.extra.offline (main.html: Mermaid's one-file build).
    config.extra["offline"] = offline(config)
    if offline(config):
        polyfills = config.extra.setdefault("polyfills", [])
        if SHIM not in polyfills:
            polyfills.append(SHIM)
    return config
