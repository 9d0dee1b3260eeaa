"""Use Material's search box the way a reader does."""

RESULTS_READY = """() => {
  const meta = document.querySelector('.md-search-result__meta');
  return meta && /\\d|없습니다|No matching/.test(meta.textContent);
}"""


def search(page, query):
    """Type a query (Hangul via insert_text, as an input method delivers it) and
    return the result pages, best first, as site paths with #anchors."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    page.keyboard.insert_text(query)
    page.keyboard.press("End")  # Material reads the query on keyup
    page.wait_for_function(RESULTS_READY, timeout=15_000)
    page.wait_for_timeout(150)  # let the result list settle after the count
    return page.eval_on_selector_all(
        ".md-search-result__item > .md-search-result__link",
        "links => links.map(a => { const u = new URL(a.href); return u.pathname + u.hash; })",
    )
