"""The site's languages: which there are, which is the default, where each lives.

Read from the i18n plugin's configuration in mkdocs.yml and nowhere else
(study_notes/mkdocs_site.py hands them over); the default language is served
at the site root, every other one below its own folder ('en/').
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Languages:
    all: tuple[str, ...]  # the default first

    @property
    def default(self) -> str:
        return self.all[0]

    @property
    def others(self) -> tuple[str, ...]:
        return self.all[1:]

    def root(self, language: str) -> str:
        """Where a language lives below the site root: '' for the default, 'en/' for English."""
        return "" if language == self.default else f"{language}/"

    def prefix(self, language: str) -> str:
        """The start of a language's addresses: '/' for the default, '/en/' for English."""
        return "/" + self.root(language)

    def of_url(self, url_path: str) -> str:
        """The language of a site address such as '/en/glossary/' (or 'en/glossary/')."""
        path = "/" + url_path.lstrip("/")
        return next((lang for lang in self.others if path.startswith(f"/{lang}/")), self.default)

    def twin_url(self, url_path: str, language: str) -> str:
        """The same page in another language: twin_url('/glossary/', 'en') == '/en/glossary/'."""
        rest = url_path[len(self.prefix(self.of_url(url_path))) :]
        return self.prefix(language) + rest
