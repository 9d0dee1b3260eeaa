"""Every page a reader can reach: a page written in every language but in no
navigation is published, yet nothing on the site leads to it (MkDocs only
says so at INFO level, which a strict build ignores).

The check runs in each language's build, on that language's navigation. A
page missing in one language is check_twins.py's business (write the twin);
one listed in `not_in_nav` in mkdocs.yml is left out on purpose.
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation

from languages import current_language, languages
from problems import report, shown


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    language = current_language(config)
    docs = Path(config.docs_dir)
    in_nav = {page.file.src_uri for page in nav.pages}
    for file in files.documentation_pages():
        if file.src_uri in in_nav or file.inclusion is InclusionLevel.NOT_IN_NAV:
            continue
        rel = file.src_uri.removeprefix(f"{language}/")
        if not all((docs / other / rel).is_file() for other in languages(config)):
            continue  # check_twins.py: write the twin first
        report(
            shown(docs / language / rel, config),
            None,
            f"the page is in no navigation, so no reader can reach it; add {rel} to nav in mkdocs.yml "
            "(or list it under not_in_nav if it is reached by links only)",
        )
    return nav
