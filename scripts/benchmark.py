"""Measure what the site costs readers and contributors, and check the budgets.

Usage:  .venv/bin/python -m scripts.benchmark            (or: make benchmark)
        .venv/bin/python -m scripts.benchmark --search   (the search part only)

Prints, as plain tables:
- the clean build time of the bilingual site (with the stored drawings
  inlined, and with every diagram drawn in the browser as before drawings
  were stored: the "client-side" configuration), and the rebuild time after
  editing one page while `mkdocs serve` runs (medians of several runs);
- for every page, what a real Chromium transfers (gzipped, served the way
  GitHub Pages serves it) on load and after reading to the end;
- the search index size per language (with the query understanding it
  carries, and with the worker fetched alongside it);
- search as a reader types the project's query table (tooling/search_queries.py):
  the share answered (right section among the first four links, or among
  the suggestions when nothing matched) per class of query, by this site
  and by vanilla Material search over the same content, the median time from
  the last keystroke to the results, and the longest main-thread task;
- the same pages with client-side drawing (the loader and Mermaid fetched as
  diagrams near the screen), side by side;
- the same content built with the vanilla configuration (Material defaults,
  none of this project's code, Mermaid as one UMD bundle on every page), so
  the ratio shows what the tuning buys;
The three configurations are mkdocs.yml with settings overridden through
load_config() (tooling/configurations.py), each built in a process of its own.
- each budget with PASS or FAIL. The exit code is 0 either way: this is a
  measurement, not a test.
"""

import gzip
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from tooling.browser import is_outside, launch_chromium
from tooling.build import copy_project
from tooling.configurations import build
from tooling.project import language_prefix, languages
from tooling.search_box import search
from tooling.search_queries import QUERIES
from tooling.servers import mkdocs_serve, serve

RUNS = 3
KB = 1000
BUDGET_PLAIN_PAGE = 120 * KB
BUDGET_DIAGRAM_PAGE = 150 * KB
# The printable course holds all five notes in one page (for paper and PDF):
# it may weigh what the notes' own text does together, not what one note does.
BUDGET_COURSE_PAGE = 300 * KB
BUDGET_BUILD_RATIO = 1.3  # clean build, stored drawings vs client-side drawing
BUDGET_SEARCH_INDEX = 150 * KB  # index plus the query understanding it carries
BUDGET_SEARCH_MS = 100  # median, last keystroke to results
BUDGET_TASK_MS = 50  # longest main-thread task while searching


def kb(n):
    return f"{n / KB:,.1f}"


def table(headers, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]

    def line(cells):
        return "  ".join(
            str(c).rjust(w) if i else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=False))
        )

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
    print()


def build_times(*names):
    """Median seconds of a clean build of each configuration, runs alternated
    so every configuration sees the same load on a shared machine."""
    times: dict[str, list[float]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(RUNS):
            for name in names:
                start = time.perf_counter()
                build(name, Path(tmp) / f"{name}-{i}")
                times[name].append(time.perf_counter() - start)
    return [statistics.median(times[name]) for name in names]


def fetch(url):
    """The page's text; "" while `mkdocs serve` is too busy rebuilding to answer."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (TimeoutError, OSError):
        return ""


def rebuild_time():
    """Seconds from saving a page to `mkdocs serve` serving the new text. The
    edits go to a copy of the project, so an interrupted run leaves docs/ as it was."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        page = project / "docs" / "en" / "glossary.md"
        original = page.read_text(encoding="utf-8")
        with mkdocs_serve(project) as base:
            url = base + "/en/glossary/"
            for i in range(RUNS):
                marker = f"benchmark-edit-{i}-{time.time_ns()}"
                time.sleep(1.5)  # let the watcher settle after the previous rebuild
                start = time.perf_counter()
                page.write_text(original + f"\n<!-- {marker} -->\n", encoding="utf-8")
                while marker not in fetch(url):
                    time.sleep(0.05)
                    if time.perf_counter() - start > 120:
                        raise TimeoutError("mkdocs serve did not rebuild within 120 s")
                times.append(time.perf_counter() - start)
    return statistics.median(times)


def category(url):
    path = url.split("?")[0]
    if "/vendor/mermaid/" in path or path.endswith("/diagrams.js"):
        return "mermaid"  # Mermaid and the loader that draws with it in the browser
    if "search_index" in path or "/lunr/" in path or "/workers/" in path:
        return "search"
    if path.endswith((".css",)):
        return "css"
    if path.endswith((".js", ".mjs")):
        return "js"
    if path.endswith((".woff", ".woff2", ".ttf")) or "fonts." in url:
        return "fonts"
    if path.endswith((".png", ".svg", ".jpg", ".webp", ".ico")):
        return "images"
    return "html"


def measure_page(browser, base, path):
    """Gzipped bytes of response bodies and requests, on load and after reading to the end."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen, outside = [], []

    def route(route):
        if is_outside(route.request.url):
            outside.append(route.request.url)
            route.abort("internetdisconnected")
        else:
            route.continue_()

    page.route("**/*", route)
    page.on("requestfinished", lambda r: seen.append(r))

    def total():
        out: dict[str, int] = {}
        for request in seen:
            sizes = request.sizes()
            cat = category(request.url)
            out[cat] = out.get(cat, 0) + sizes["responseBodySize"]
        return out

    page.goto(base + path, wait_until="networkidle")
    on_load = (total(), len(seen))
    height = page.evaluate("document.body.scrollHeight")
    for y in range(0, height + 900, 700):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(60)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    read = (total(), len(seen))
    has_diagram = page.locator(".mermaid-diagram, .mermaid, pre.mermaid").count() > 0
    context.close()
    return on_load, read, has_diagram, sorted(set(outside))


def site_pages(site):
    return [path for _, path, _ in site.pages()]


def measure_site(site):
    server, base = serve(site.site)
    results = {}
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for path in site_pages(site):
                results[path] = measure_page(browser, base, path)
            browser.close()
    finally:
        server.shutdown()
    return results


def index_sizes(site):
    """Per language: gzipped kB of the whole index file, and of the query
    understanding it carries (config.understanding, study_notes/search/understanding.py)."""
    sizes = {}
    for language in languages():
        file = site.site / language_prefix(language).lstrip("/") / "search" / "search_index.json"
        if file.is_file():
            understanding = json.loads(file.read_bytes())["config"].get("understanding", {})
            part = json.dumps(understanding, ensure_ascii=False, separators=(",", ":")).encode()
            sizes[language] = (len(gzip.compress(file.read_bytes(), 6)), len(gzip.compress(part, 6)))
    return sizes


def worker_size(site):
    """Gzipped bytes of the query-understanding worker, fetched with the index."""
    worker = site.site / "assets" / "javascripts" / "workers" / "search-understanding.js"
    return len(gzip.compress(worker.read_bytes(), 6))


# In the page before anything runs: main-thread tasks over 50 ms, the last
# keystroke, and when the search result list next changes after it.
SEARCH_PROBE = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
}).observe({ type: "longtask", buffered: true });
document.addEventListener("keyup", () => {
  window.__keyup = performance.now();
  window.__arrived = null;
}, true);
document.addEventListener("DOMContentLoaded", () => {
  const result = document.querySelector(".md-search-result");
  new MutationObserver(() => {
    if (window.__keyup && window.__arrived == null) window.__arrived = performance.now();
  }).observe(result, { childList: true, subtree: true, characterData: true });
});
"""


def measure_search(site):
    """Run the project's query table (tooling/search_queries.py) in Chromium, as a
    reader types it: per query, whether the right section is among the first
    four links, and milliseconds from the last keystroke to the results; plus
    the longest main-thread task from the first search on."""
    server, base = serve(site.site)
    answered, latencies, first, longest, busiest = {}, [], [], 0.0, 0.0
    trace = Path(tempfile.mkdtemp()) / "trace.json"
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for home in dict.fromkeys(q.home for q in QUERIES):
                context = browser.new_context()
                context.add_init_script(SEARCH_PROBE)
                page = context.new_page()
                page.goto(base + home, wait_until="networkidle")
                page.wait_for_timeout(1000)  # page start-up tasks are not search's
                # Nor is Playwright's own script, injected into the page on first use (~90 ms).
                page.wait_for_function("() => true")
                page.eval_on_selector_all("a", "links => links.length")
                page.wait_for_timeout(200)
                start = page.evaluate("performance.now()")
                browser.start_tracing(page=page, path=str(trace), categories=["toplevel"])
                search(page, "etcd")  # the first search also fetches and builds the index
                first.append(page.evaluate("window.__arrived - window.__keyup"))
                for q in (q for q in QUERIES if q.home == home):
                    links = search(page, q.query)
                    answered[q] = q.expected in links[:4]
                    arrived = page.evaluate("window.__arrived && window.__arrived - window.__keyup")
                    if arrived:
                        latencies.append(arrived)
                browser.stop_tracing()
                busiest = max(busiest, longest_main_thread_cpu(trace))
                tasks = page.evaluate("window.__longTasks")
                longest = max([longest] + [duration for at, duration in tasks if at + duration >= start])
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return answered, latencies, first, longest, busiest


def longest_main_thread_cpu(trace):
    """Milliseconds of CPU the page's main thread spent in its longest task.

    The PerformanceObserver's long tasks are wall-clock: on a shared machine a
    12 ms task can last 150 ms while the thread waits for a core. The trace's
    thread time (tdur) is what the task itself cost."""
    events = json.loads(trace.read_text(encoding="utf-8"))
    events = events["traceEvents"] if isinstance(events, dict) else events
    main = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"
    }
    return max(
        [0.0]
        + [
            e.get("tdur", 0) / 1000
            for e in events
            if (e.get("pid"), e.get("tid")) in main and e.get("name") == "ThreadControllerImpl::RunTask"
        ]
    )


def verdict(ok):
    return "PASS" if ok else "FAIL"


def answered_share(answered, chosen):
    n = sum(answered.get(q, False) for q in chosen)
    return f"{n} ({n / len(chosen):.0%})"


def search_report(indexes, worker, searching, vanilla_searching):
    """Print the index sizes and the query table's answers and timings, this
    site beside vanilla Material; return the search budgets' rows."""
    table(
        ["search index", "kB gzipped", "of which query understanding", "with the worker"],
        [[lang, kb(size), kb(part), kb(size + worker)] for lang, (size, part) in indexes.items()],
    )

    answered, latencies, first, longest, busiest = searching
    vanilla_answered, vanilla_latencies, _, vanilla_longest, vanilla_busiest = vanilla_searching
    print(
        f"Search, the query table ({len(QUERIES)} queries, tooling/search_queries.py) typed in Chromium; "
        "answered = the right section among the first four links:"
    )
    kinds = list(dict.fromkeys(q.kind for q in QUERIES))
    rows = []
    for kind in kinds + ["all"]:
        chosen = [q for q in QUERIES if kind in ("all", q.kind)]
        rows.append(
            [
                kind,
                len(chosen),
                answered_share(answered, chosen),
                answered_share(vanilla_answered, chosen),
            ]
        )
    table(["class", "queries", "this site", "vanilla Material"], rows)
    missed = [f"{q.home} {q.query} -> {q.expected}" for q in QUERIES if not answered.get(q)]
    if missed:
        print("Not answered by this site:\n  " + "\n  ".join(missed) + "\n")
    share = sum(answered.values()) / len(QUERIES)
    vanilla_share = sum(vanilla_answered.values()) / len(QUERIES)
    median = statistics.median(latencies) if latencies else float("inf")
    table(
        ["search timing (ms)", "this site", "vanilla Material"],
        [
            ["answered share", f"{share:.0%}", f"{vanilla_share:.0%}"],
            [
                "last keystroke to results, median",
                f"{median:.0f}",
                f"{statistics.median(vanilla_latencies):.0f}" if vanilla_latencies else "-",
            ],
            ["last keystroke to results, slowest", f"{max(latencies, default=0):.0f}", "-"],
            ["first search (index fetched from the focus on)", " / ".join(f"{ms:.0f}" for ms in first), "-"],
            ["longest main-thread task, CPU time (trace)", f"{busiest:.0f}", f"{vanilla_busiest:.0f}"],
            ["longest main-thread task, wall clock (long tasks)", f"{longest:.0f}", f"{vanilla_longest:.0f}"],
        ],
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(load average {load:.1f} on {os.cpu_count()} cores at the end of the search runs)\n")
    budget = [
        [
            f"search index + understanding + worker ({lang})",
            f"{kb(size + worker)} <= {kb(BUDGET_SEARCH_INDEX)}",
            verdict(size + worker <= BUDGET_SEARCH_INDEX),
        ]
        for lang, (size, _) in indexes.items()
    ]
    budget.append(
        [
            "search results after last keystroke, median ms",
            f"{median:.0f} <= {BUDGET_SEARCH_MS}",
            verdict(median <= BUDGET_SEARCH_MS),
        ]
    )
    budget.append(
        [
            "longest main-thread task while searching, CPU ms",
            f"{busiest:.0f} <= {BUDGET_TASK_MS}",
            verdict(busiest <= BUDGET_TASK_MS),
        ]
    )
    budget.append(
        [
            "query table answered, this site vs vanilla",
            f"{share:.0%} > {vanilla_share:.0%}",
            verdict(share > vanilla_share),
        ]
    )
    return budget


def search_only():
    """`--search`: only the search part (index sizes, query table, timings)."""
    print("Docker & Kubernetes Study Notes: search benchmark\n")
    with tempfile.TemporaryDirectory() as tmp:
        site = build("site", Path(tmp) / "site")
        indexes, worker = index_sizes(site), worker_size(site)
        searching = measure_search(site)
        vanilla_searching = measure_search(build("vanilla", Path(tmp) / "vanilla-site"))
    budget = search_report(indexes, worker, searching, vanilla_searching)
    print("Budgets:")
    table(["budget", "measured", "result"], budget)


def main():
    print("Docker & Kubernetes Study Notes: benchmark\n")
    client_clean, clean = build_times("client-side", "site")
    rebuild = rebuild_time()
    table(
        ["build", f"seconds (median of {RUNS})"],
        [
            ["clean build, both languages (stored drawings inlined)", f"{clean:.2f}"],
            ["clean build, both languages (client-side drawing)", f"{client_clean:.2f}"],
            ["rebuild after editing one page (mkdocs serve)", f"{rebuild:.2f}"],
        ],
    )

    with tempfile.TemporaryDirectory() as tmp:
        site = build("site", Path(tmp) / "site")
        tuned = measure_site(site)
        indexes, worker = index_sizes(site), worker_size(site)
        client = measure_site(build("client-side", Path(tmp) / "client-site"))
        searching = measure_search(site)
        vanilla_site = build("vanilla", Path(tmp) / "vanilla-site")
        vanilla = measure_site(vanilla_site)
        vanilla_searching = measure_search(vanilla_site)

    rows = []
    for path, ((load, load_n), (read, read_n), diagram, outside) in tuned.items():
        rows.append(
            [
                path,
                "yes" if diagram else "",
                load_n,
                kb(sum(load.values())),
                read_n,
                kb(sum(read.values())),
                kb(read.get("html", 0)),
                kb(read.get("css", 0)),
                kb(read.get("js", 0)),
                kb(read.get("mermaid", 0)),
                kb(read.get("search", 0)),
                kb(read.get("fonts", 0) + read.get("images", 0)),
                len(outside),
            ]
        )
    print("Per page, tuned site (kB of gzipped response bodies; 'read' = after scrolling to the end):")
    table(
        [
            "page",
            "diagram",
            "req load",
            "kB load",
            "req read",
            "kB read",
            "html",
            "css",
            "js",
            "mermaid",
            "search",
            "fonts+img",
            "3rd-party",
        ],
        rows,
    )

    largest = max(tuned, key=lambda p: sum(tuned[p][1][0].values()))
    print(f"Largest page: {largest} ({kb(sum(tuned[largest][1][0].values()))} kB after reading)\n")
    search_budget = search_report(indexes, worker, searching, vanilla_searching)

    drawn = []
    for path, (_, (read, _), diagram, _outside) in tuned.items():
        if diagram and path in client:
            before = client[path][1][0]
            drawn.append(
                [
                    path,
                    kb(sum(before.values())),
                    kb(sum(read.values())),
                    f"{sum(read.values()) / sum(before.values()):.2f}",
                    kb(before.get("mermaid", 0)),
                    kb(read.get("mermaid", 0)),
                ]
            )
    print("Diagram pages, client-side drawing vs stored drawings, kB after reading:")
    table(["page", "client-side", "stored", "ratio", "mermaid before", "mermaid now"], drawn)

    compare = []
    for path in tuned:
        if path in vanilla:
            t = sum(tuned[path][1][0].values())
            v = sum(vanilla[path][1][0].values())
            compare.append([path, kb(v), kb(t), f"{t / v:.2f}" if v else "-", len(vanilla[path][3])])
    print("Tuned vs vanilla (Material defaults, no project code, Mermaid UMD on every page), kB read:")
    table(["page", "vanilla", "tuned", "ratio", "vanilla 3rd-party"], compare)

    budget = []
    for path, (_, (read, _), diagram, _outside) in tuned.items():
        course = path.endswith("/course/")
        limit = BUDGET_COURSE_PAGE if course else BUDGET_DIAGRAM_PAGE if diagram else BUDGET_PLAIN_PAGE
        size = sum(read.values())  # search code and index included: none is fetched without searching
        kind = "(all notes, for print)" if course else "(diagrams)" if diagram else ""
        budget.append(
            [
                f"{path} {kind}".strip(),
                f"{kb(size)} <= {kb(limit)}",
                verdict(size <= limit),
            ]
        )
    budget += search_budget[: len(indexes)]
    mermaid = [path for path, (_, (read, _), _, _) in tuned.items() if read.get("mermaid", 0)]
    budget.append(["pages that download Mermaid code", f"{len(mermaid)} == 0", verdict(not mermaid)])
    budget.append(
        [
            f"clean build vs client-side drawing ({clean:.2f} s / {client_clean:.2f} s)",
            f"{clean / client_clean:.2f} <= {BUDGET_BUILD_RATIO}",
            verdict(clean <= BUDGET_BUILD_RATIO * client_clean),
        ]
    )
    budget += search_budget[len(indexes) :]
    outside = sum(len(r[3]) for r in tuned.values())
    budget.append(["third-party requests, all pages", f"{outside} == 0", verdict(outside == 0)])
    print("Budgets (pages: everything a reader downloads reading to the end, without searching):")
    table(["budget", "measured", "result"], budget)


if __name__ == "__main__":
    search_only() if "--search" in sys.argv[1:] else main()
