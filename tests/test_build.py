"""The site builds with --strict and prints no warning at all."""


def test_strict_build_succeeds_without_a_single_warning(built_site):
    warnings = [line for line in built_site.log.splitlines() if "WARNING" in line]
    assert not warnings, "mkdocs build --strict printed warnings:\n" + "\n".join(warnings)


def test_both_languages_are_built(built_site):
    assert (built_site.site / "index.html").is_file(), "Korean home page missing at /"
    assert (built_site.site / "en" / "index.html").is_file(), "English home page missing at /en/"
