"""The study-notes plugin: the one event table of this site's build.

Every step the site adds to MkDocs is called from here, in the order written
below; what each step does lives in a module of its own, as a plain function
over the site model (structure/). Priorities appear only where a step must
run before or after another plugin, named after that plugin (PRIORITIES).

static-i18n builds the default language, then, from inside that build's
on_post_build, every other language with the same config and this same
plugin instance. Steps marked "once" run in the outer build only (the one
guard: `outer()`); state lives on the instance and is reset when an outer
build starts (`mkdocs serve` rebuilds in the same process).
"""

from pathlib import Path
from typing import Any, Literal

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils import normalize_url
from mkdocs.utils.templates import TemplateContext

from . import abbreviations, checks, offline_copy, page_facts, page_history, printing, redirects, security
from .config import StudyNotesConfig
from .diagrams.inline import Diagrams, drawing_mode
from .mkdocs_site import (
    PLUGIN,
    WarningsToProblems,
    all_languages_built,
    current_language,
    page_of,
    site_of,
)
from .problems import Problems, WriterMistake
from .search import per_language, understanding
from .structure import Page, Site
from .translation_lag import TranslationLag
from .ui_strings import read_tables, template_facts

log = get_plugin_logger(PLUGIN)
WARNINGS = WarningsToProblems()  # one filter on MkDocs' loggers, whichever build is running


class PRIORITIES:
    """Where a step must come relative to another plugin (MkDocs runs higher first; default 0)."""

    # on_config: before the offline plugin (0) adds its CDN copy of the
    # iframe-worker shim, and before anything reads a writer's file.
    FIRST = 200
    # on_config: after static-i18n (-100) has chosen the build's language.
    AFTER_I18N_CONFIG = -150
    # on_post_page: after static-i18n (-100) has written its links into the page.
    AFTER_I18N_PAGE = -200
    # on_post_build: after static-i18n (-100) has built every other language.
    AFTER_I18N_BUILDS = -110


def outer(config: MkDocsConfig) -> bool:
    """The one guard: True in the build that static-i18n's other builds run inside."""
    return all_languages_built(config)


class StudyNotesPlugin(BasePlugin[StudyNotesConfig]):
    def __init__(self) -> None:
        self.command = "build"
        self.reset()

    def reset(self) -> None:
        """A new outer build: nothing found yet."""
        self.site: Site | None = None
        self.problems: Problems | None = None
        self.ui: dict[str, dict] | None = None
        self.lag: TranslationLag | None = None
        self.diagrams: Diagrams | None = None
        self.cannot_go_on = False  # writer data the build needs is broken

    # --- helpers for the table below --------------------------------------

    def stop(self) -> None:
        """End the build with every problem found so far, one line each."""
        assert self.problems is not None
        if found := self.problems.take():
            raise PluginError("\n".join(found))

    def collect(self, step: Any, *args: Any) -> Any:
        """Run a step; a writer's mistake it meets joins the list (and the build cannot go on)."""
        assert self.problems is not None
        try:
            return step(*args)
        except WriterMistake as mistake:
            self.problems.add(mistake)
            self.cannot_go_on = True
            return None

    def with_policy(self, html: str, where: str) -> str:
        assert self.site is not None
        try:
            return security.with_policy(html, where, self.site.offline, self.site.serving)
        except WriterMistake as mistake:  # a template without <meta charset>: nothing to add it after
            raise PluginError(str(mistake)) from None

    def page(self, page: MkDocsPage, config: MkDocsConfig) -> Page:
        assert self.site is not None
        return page_of(page, current_language(config), self.site)

    # --- the event table, in the order MkDocs calls the events -------------

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.command = command

    @event_priority(PRIORITIES.FIRST)
    def config_first(self, config: MkDocsConfig) -> MkDocsConfig:
        if outer(config):
            self.reset()
        self.site = site_of(config)
        self.site.serving = self.command == "serve"
        if self.problems is None:
            self.problems = Problems(self.site.root)
        # 1. Every writer's file is UTF-8 before anything reads one (once).
        if outer(config):
            for check in checks.FILES:
                check(self.site, self.problems)
            self.stop()
        # 2. The offline copy: our vendored iframe-worker shim, not the CDN's.
        if self.site.offline:
            offline_copy.add_shim(config.extra.setdefault("polyfills", []))
        return config

    def config_markdown(self, config: MkDocsConfig) -> MkDocsConfig:
        assert self.site is not None
        # 3. Tooltips that match before Korean particles, once per section.
        abbreviations.add_extension(config.markdown_extensions)
        # 4. ```mermaid fences become their stored drawings.
        own = self.config.diagrams
        if self.diagrams is None:
            mode = drawing_mode(own.mode, own.manifest, self.site.serving)
            self.diagrams = self.collect(
                Diagrams, self.site, mode, Path(own.drawings), Path(own.settings), own.manifest
            )
        if self.diagrams is not None:
            superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
            superfences["custom_fences"] = [self.diagrams.custom_fence()]
        # 5. Which pages lag behind their twin (once).
        if self.lag is None:
            self.lag = self.collect(TranslationLag, self.site)
        return config

    @event_priority(PRIORITIES.AFTER_I18N_CONFIG)
    def config_language(self, config: MkDocsConfig) -> MkDocsConfig:
        assert self.site is not None and self.problems is not None
        # 6. Every language's interface strings (once).
        if self.ui is None and outer(config):
            self.ui = read_tables(self.site, self.problems)
            self.cannot_go_on |= self.ui is None
        return config

    on_config = CombinedEvent(config_first, config_markdown, config_language)

    def on_pre_build(self, config: MkDocsConfig) -> None:
        assert self.site is not None and self.problems is not None
        WARNINGS.watch(config, self.problems)
        if outer(config):
            # 7. Checks of every language's sources (once), and search.yml.
            for check in checks.SOURCES:
                check(self.site, self.problems)
            for language in self.site.languages.all:
                self.collect(understanding.settings, self.site, language)
            if self.cannot_go_on:
                self.stop()

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        assert self.site is not None and self.problems is not None
        # 8. Pages no navigation reaches, in this language's build.
        language = current_language(config)
        in_nav = {page.file.src_uri for page in nav.pages}
        outside = [
            file.src_uri.removeprefix(f"{language}/")
            for file in files.documentation_pages()
            if file.src_uri not in in_nav and file.inclusion is not InclusionLevel.NOT_IN_NAV
        ]
        for check in checks.NAVIGATION:
            check(self.site, language, outside, self.problems)
        return nav

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        assert self.site is not None and self.ui is not None and self.diagrams is not None
        # 9. What the templates read as `study_notes` (overrides/).
        facts = template_facts(self.site, self.ui, current_language(config), self.diagrams.settings)
        env.globals["study_notes"] = facts
        return env

    def on_page_markdown(self, markdown: str, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
        assert self.site is not None and self.problems is not None and self.ui is not None
        here = self.page(page, config)
        # 10. The checked-against line, in the page's language.
        page_history.add_checked_line(here, self.ui[here.language])
        # 11. Checks of the page's Markdown (links).
        for check in checks.PAGE_MARKDOWN:
            check(self.site, here, self.problems)
        # 12. The glossary's tooltips.
        return abbreviations.with_tooltips(
            markdown, self.site.language_file(here.language, "abbreviations.md")
        )

    def on_page_content(self, html: str, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
        assert self.site is not None and self.problems is not None and self.ui is not None
        assert self.diagrams is not None
        here = self.page(page, config)
        ui = self.ui[here.language]
        # 13. The notice on a page whose twin changed since.
        if self.lag is not None:
            html = self.lag.add_notice(html, here, ui, log.info)
        # 14. Links to other pages carry their published address for print.
        html = printing.add_print_addresses(html, here, self.site)
        # 15. Diagrams, drawn.
        html = self.diagrams.inline(html, here, ui["diagram"], self.problems, log.info)
        # 16. Checks of the page's final HTML.
        for check in checks.PAGE_HTML:
            check(self.site, here, html, self.problems)
        return html

    def on_page_context(
        self, context: TemplateContext, /, *, page: MkDocsPage, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        assert self.site is not None and self.ui is not None
        here = self.page(page, config)
        notes = [note for note in nav.pages if note.file.src_uri.split("/", 1)[-1] in self.site.notes]
        note_pages = [self.page(note, config) for note in notes]
        # 17. What the site's scripts know of the page (progress, links, the learning path).
        hrefs = {
            model.path: normalize_url(note.url, page) for model, note in zip(note_pages, notes, strict=True)
        }
        context["page_facts"] = page_facts.page_facts(self.site, here, note_pages, hrefs)  # type: ignore[typeddict-unknown-key]
        # 18. The course page: every note in one document.
        if page.meta.get("course"):
            course = [
                printing.Note(model, sections(note)) for model, note in zip(note_pages, notes, strict=True)
            ]
            title = self.ui[here.language]["course_contents"]
            page.content = printing.course_content(self.site, here, course, title)
            _, entry = printing.contents(course, title)
            top = page.toc.items[0] if page.toc.items else AnchorLink(page.title or "", "", 1)
            top.children = [*top.children, anchor_link(entry)]
            page.toc = TableOfContents([top])
        # 19. Search reads its own language's index.
        if (base := per_language.base_url(self.site, here)) is not None:
            context["base_url"] = base
        return context

    def post_page_files(self, output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
        assert self.site is not None
        # 20. The offline copy: each page's article as a script, for side-by-side reading.
        if self.site.offline and page.file.src_uri.endswith(".md") and page.file.abs_dest_path:
            here = self.page(page, config)
            self.collect(offline_copy.write_article_script, output, here.where, Path(page.file.abs_dest_path))
        return output

    @event_priority(PRIORITIES.AFTER_I18N_PAGE)
    def post_page_policy(self, output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
        assert self.site is not None
        # 21. Last: a Content-Security-Policy from the page's final HTML.
        return self.with_policy(output, page.file.src_uri)

    on_post_page = CombinedEvent(post_page_files, post_page_policy)

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        assert self.site is not None
        if not template_name.endswith(".html"):  # sitemap.xml
            return output_content
        return self.with_policy(output_content, template_name)

    @event_priority(PRIORITIES.AFTER_I18N_BUILDS)
    def on_post_build(self, config: MkDocsConfig) -> None:
        assert self.site is not None and self.problems is not None
        if not outer(config):
            return
        # 22. Every problem of every language, or the outputs made from all of them (once).
        self.stop()
        site_dir = Path(config.site_dir)
        if self.diagrams is not None:
            self.diagrams.write_manifest()
        per_language.split(self.site, site_dir)
        for language in self.site.languages.all:
            self.collect(understanding.add_understanding, self.site, site_dir, language)
        if not self.site.offline:  # file:// copies have no directory URLs to redirect from
            self.collect(redirects.write_redirects, self.site, site_dir, config.site_url or "/")
        security.add_to_written_pages(site_dir, self.site.offline, self.site.serving)
        self.stop()

    def on_build_error(self, *, error: Exception) -> None:
        if self.problems is not None:
            for problem in self.problems.take():
                log.error(problem)


def sections(page: MkDocsPage) -> list[printing.Entry]:
    """A note's sections below its title, from MkDocs' table of contents."""
    found = page.toc.items[0].children if page.toc.items else []
    return [printing.Entry(s.title, s.id, s.level) for s in found]


def anchor_link(entry: printing.Entry) -> AnchorLink:
    link = AnchorLink(entry.title, entry.id, entry.level)
    link.children = [anchor_link(child) for child in entry.children]
    return link
