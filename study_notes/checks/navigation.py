"""Every page a reader can reach: a page written in every language but in no
navigation is published, yet nothing on the site leads to it (MkDocs only
says so at INFO level, which a strict build ignores).

The check runs in each language's build, on that language's navigation. A
page missing in one language is checks/twins.py's business (write the twin);
one listed in `not_in_nav` in mkdocs.yml is left out on purpose (the plugin
passes only the pages that are neither in the navigation nor listed there).
"""

from ..problems import Problems
from ..structure import Site


def check(site: Site, language: str, outside_nav: list[str], problems: Problems) -> None:
    """outside_nav: this language's pages ('docker/basics.md') that no navigation entry leads to."""
    for rel in outside_nav:
        if not all(site.source(other, rel).is_file() for other in site.languages.all):
            continue  # checks/twins.py: write the twin first
        problems.report(
            site.shown(site.source(language, rel)),
            None,
            f"the page is in no navigation, so no reader can reach it; add {rel} to nav in mkdocs.yml "
            "(or list it under not_in_nav if it is reached by links only)",
        )
