"""Use Material's search box the way a reader does."""

from playwright.sync_api import TimeoutError as PlaywrightTimeout

RESULTS_READY = """() => {
  const meta = document.querySelector('.md-search-result__meta');
  return meta && /\\d|없습니다|No matching/.test(meta.textContent);
}"""


# Material rewrites the count line for every answer, even with the same text:
# a change after typing means this query's results have arrived (on a busy
# machine the previous query's count would otherwise pass for them).
AWAIT_ANSWER = """() => {
  const meta = document.querySelector('.md-search-result__meta');
  window.__searchAnswered = false;
  const seen = new MutationObserver(() => { window.__searchAnswered = true; seen.disconnect(); });
  seen.observe(meta, { childList: true, characterData: true, subtree: true });
}"""


def search(page, query):
    """Type a query (Hangul via insert_text, as an input method delivers it) and
    return the result pages, best first, as site paths with #anchors."""
    box = page.locator("input.md-search__input")
    box.click()
    repeated = box.input_value() == query  # Material doesn't search the same words twice
    box.fill("")
    page.evaluate(AWAIT_ANSWER)
    page.keyboard.insert_text(query)
    page.keyboard.press("End")  # Material reads the query on keyup
    page.wait_for_function(RESULTS_READY, timeout=15_000)
    if not repeated:
        page.wait_for_function("() => window.__searchAnswered", timeout=15_000)
    page.wait_for_timeout(150)  # let the result list settle after the count
    links = page.eval_on_selector_all(
        ".md-search-result__item > .md-search-result__link",
        "links => links.map(a => { const u = new URL(a.href); return u.pathname + u.hash; })",
    )
    if links:
        return links
    # Nothing matched: the site offers its closest terms instead
    # (docs/assets/javascripts/search-suggestions.js); vanilla Material offers none.
    try:
        page.wait_for_selector(SUGGESTIONS, state="attached", timeout=1_000)
    except PlaywrightTimeout:  # no suggestions is an answer too
        return []
    return suggestions(page)


SUGGESTIONS = ".search-suggestions a"


def suggestions(page):
    """The links offered when nothing matched, best first (site paths with #anchors)."""
    return page.eval_on_selector_all(
        SUGGESTIONS, "links => links.map(a => { const u = new URL(a.href); return u.pathname + u.hash; })"
    )


UNDERSTAND = """async ({ worker, queries }) => {
  // Material's worker and this page's search index, as the page would load them.
  const config = JSON.parse(document.getElementById("__config").textContent);
  const index = await (await fetch(new URL(config.base + "/search/search_index.json", location.href))).json();
  const understanding = new Worker(worker);
  const replies = [];
  let wake = null;
  understanding.onmessage = (event) => { replies.push(event.data); if (wake) wake(); };
  const reply = () => new Promise((resolve) => {
    if (replies.length) resolve(replies.shift());
    else wake = () => { wake = null; resolve(replies.shift()); };
  });
  understanding.postMessage({ boot: new URL(config.search, location.href).href });
  understanding.postMessage({ type: 0, data: { config: index.config, docs: index.docs, options: {} } });
  await reply();
  const understood = [];
  for (const query of queries) {
    understanding.postMessage({ type: 2, data: query });
    understood.push((await reply()).data.understood ?? null);
  }
  understanding.terminate();
  return understood;
}"""


def understood(page, worker_url, queries):
    """What the site's search worker searches for each query, asked directly
    (no search box): a list of strings, None where the query is left as typed."""
    return page.evaluate(UNDERSTAND, {"worker": worker_url, "queries": list(queries)})
