"""Shared tooling for the tests and scripts: the project's facts (languages,
read from mkdocs.yml), building the site, loopback servers, and Chromium.

Import it from the repository root: pytest puts the root on its path
(pyproject.toml), and scripts run as modules (`python -m scripts.benchmark`).
"""
