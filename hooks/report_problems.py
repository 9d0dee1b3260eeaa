"""Stop the build with every problem the check_* hooks found, one line each.

The list is emptied when a build starts (mkdocs serve rebuilds in the same
process) and raised as one PluginError once every language is built. If the
build fails for another reason first (MkDocs' own link warnings in --strict,
or another hook's error), the problems found so far are logged too. In a
strict build MkDocs' own link warnings join the list (hooks/problems.py), at
any log level.
"""

import logging

import mkdocs
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from languages import all_languages_built
from problems import LINK_FILTER, clear, take

# Under the generator's own logger ("mkdocs", or "properdocs" under ProperDocs).
log = logging.getLogger(f"{mkdocs.__name__}.hooks.report_problems")


@event_priority(100)  # before any check reports
def on_pre_build(config: MkDocsConfig) -> None:
    if all_languages_built(config):  # the outer build, not static-i18n's build of another language
        clear()
    LINK_FILTER.watch(config)


@event_priority(-110)  # after static-i18n (-100) has built the other languages
def on_post_build(config: MkDocsConfig) -> None:
    if all_languages_built(config) and (found := take()):
        raise PluginError("\n".join(found))


def on_build_error(error: Exception) -> None:
    for problem in take():
        log.error(problem)
