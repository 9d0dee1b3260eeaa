"""The study-notes plugin: everything this site adds to MkDocs, in one package.

Laid out as Material for MkDocs lays out its own plugins:

- plugin.py        the one event table: every step, in the order it runs
- config.py        the plugin's typed settings in mkdocs.yml
- mkdocs_site.py   the one adapter from MkDocs' objects to the site model
- structure/       the site model: languages, pages and twins, study notes,
                   Markdown path <-> address <-> published address, fences,
                   front matter, translation records
- checks/          the writer-input checks, one registry, one problem list
- problems.py      that list, and WriterMistake
- the features:    ui_strings, abbreviations, page_history, page_facts,
                   translation_lag, printing, diagrams/, search/, offline_copy,
                   redirects, security (the Content-Security-Policy)

Only plugin.py, config.py and mkdocs_site.py import MkDocs. Everything else
is plain functions over the site model, so it runs the same under MkDocs 1.6
and ProperDocs (which answers MkDocs' imports with its own modules), and a
later move to another generator (Zensical, once it has i18n and plugins)
means rewriting those three modules, not the checks or the features.
"""
