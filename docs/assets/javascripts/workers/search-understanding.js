/* Search that reads queries the way Korean and English learners type them.
 *
 * Design: this file is the search worker; it loads Material's own worker
 * (unchanged) into itself and sits between it and the page, so it sees every
 * message both ways. overrides/partials/search-on-demand.html starts it
 * instead of Material's worker, only when the reader reaches for search.
 * - A query goes in rewritten: spacing restored against the index's own
 *   vocabulary (컨테이너런타임 -> 컨테이너 런타임), particles taken off
 *   (스케줄러가 -> 스케줄러), variants and older names replaced by the site's
 *   term (쿠블렛 -> kubelet, 마스터 -> 컨트롤 플레인), words typed apart joined
 *   when the site writes them as one (고 가용성 -> 고가용성), plurals paired
 *   with singulars, and, when a word of five letters or more matches nothing,
 *   one typo corrected (kubelt -> kubelet). Material then searches, marks and
 *   links (?h=) the words as the pages write them.
 * - Results come back re-ranked: sections whose heading holds the whole
 *   query first (the glossary's section for it, then the shortest heading),
 *   then those holding every word, then Material's own order; exercises and
 *   reviews (hands-on, self-check) after explanations.
 * Why a worker and not the page: all of it runs off the main thread, and it
 * needs no other download: the vocabulary, variants and glossary sections come
 * inside the search index (config.understanding, compiled by
 * hooks/search_understanding.py from i18n/<lang>/search.yml and the glossary),
 * and the words as written are read from the index's pages here. Why no
 * morphological analyzer: the site's own vocabulary is what a query must
 * match, and it covers the queries learners type (tests/search_queries.py).
 * Under file:// the iframe-worker shim runs this file in an iframe; it works
 * the same there (importScripts returns a promise, postMessage is the shim's).
 */
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2, SECTIONS_PER_PAGE = 5;
  var post = self.postMessage, listen = self.addEventListener;
  var material = null, replies = [], backlog = [], ready = false, model = null;

  // Catch Material's "message" listener and its replies instead of the page.
  self.addEventListener = function (type, listener, options) {
    if (type === "message" && !material) material = listener;
    else listen.call(self, type, listener, options);
  };
  self.postMessage = function (reply) {
    var fix = replies.shift();
    post.call(self, fix ? fix(reply) : reply);
  };
  listen.call(self, "message", function (event) {
    var message = event.data;
    if (message && message.boot) {
      Promise.resolve(importScripts(message.boot)).then(function () {
        ready = true;
        backlog.splice(0).forEach(forward);
      });
    } else if (ready) forward(message);
    else backlog.push(message);
  });

  // A fault here must never cost the reader search: Material then answers
  // the query as typed, in its own order.
  function forward(message) {
    var fix = null;
    try {
      if (message.type === SETUP) setup(message.data);
      var plan = message.type === QUERY ? understand(message.data) : null;
      if (plan) {
        message = { type: QUERY, data: plan.query };
        fix = function (reply) {
          try { return rerank(reply, plan); } catch (error) { console.warn(error); return reply; }
        };
      }
    } catch (error) {
      console.warn("search understanding:", error);
    }
    replies.push(fix);
    material({ data: message });
  }

  // ----- what the index knows ------------------------------------------------

  function setup(index) {
    var data = index.config.understanding;
    delete index.config.understanding;
    if (!data) return;
    var split = new RegExp("[^" + data.letters + "]+");
    var trim = new RegExp("^[^" + data.letters + "]+|[^" + data.letters + "]+$", "g");
    var written = new Set(), titles = new Map();
    index.docs.forEach(function (doc) {
      titles.set(doc.location, key(doc.title));
      // Words as Material's index holds them: split at spaces and hyphens.
      plain(doc.title + " " + doc.text).toLowerCase().split(/[\s\-]+/).forEach(function (w) {
        if ((w = w.replace(trim, ""))) written.add(w);
      });
    });
    function words(text) {
      return plain(text).toLowerCase().split(split).filter(Boolean);
    }
    function key(text) { return words(text).join(""); }
    model = {
      words: new Set(data.words.split(" ")),
      sorted: data.words.split(" "),
      written: Array.from(written).sort(),
      particles: new Set(data.particles),
      plurals: data.plurals,
      variants: data.variants,
      sections: data.sections,
      later: new Set(data.later),
      titles: titles,
      split: split,
      key: key,
      latin: /^[a-z]+$/
    };
  }

  function plain(html) {
    return html.replace(/<[^>]+>/g, " ").replace(/&(amp|lt|gt|quot|#39);/g, function (_, e) {
      return { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" }[e];
    });
  }

  function begins(sorted, prefix) { // does a word of the sorted list begin with prefix?
    var lo = 0, hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    return lo < sorted.length && sorted[lo].lastIndexOf(prefix, 0) === 0;
  }

  // ----- the query, rewritten ------------------------------------------------

  // -> { query: what Material searches, concepts: [[alternative phrases], ...] }
  function understand(text) {
    var typed = String(text).normalize("NFC").toLowerCase().trim();
    if (!model || !typed || /["*+~^:]|(^|\s)-/.test(typed)) return null; // search syntax: as typed
    var tokens = [], foreign = [];
    typed.split(/[\s\-]+/).forEach(function (part) {
      var pieces = part.split(model.split).filter(Boolean);
      if (pieces.length) tokens.push.apply(tokens, pieces); else if (part) foreign.push(part);
    });
    var concepts = [];
    for (var i = 0; i < tokens.length; ) {
      var span = joined(tokens, i);
      if (span) { concepts.push(span.concept); i += span.length; continue; }
      concepts.push.apply(concepts, word(tokens[i]));
      i += 1;
    }
    var seen = new Set(), query = [];
    concepts.forEach(function (alternatives) {
      alternatives.join(" ").split(/[\s\-]+/).forEach(function (w) {
        if (w && !seen.has(w)) { seen.add(w); query.push(w); }
      });
    });
    return concepts.length ? { query: query.concat(foreign).join(" "), concepts: concepts } : null;
  }

  // Two or three words typed apart that the site writes as one, or a variant.
  function joined(tokens, i) {
    for (var n = Math.min(3, tokens.length - i); n >= 2; n--) {
      var parts = tokens.slice(i, i + n), whole = parts.join("");
      var variant = variantOf(whole);
      if (variant) return { length: n, concept: variant };
      var stem = model.words.has(whole) ? whole : unparticled(whole);
      if (stem) return { length: n, concept: [stem, parts.join(" ")] };
    }
    return null;
  }

  function variantOf(w) {
    if (model.variants[w]) return model.variants[w];
    var rest = withoutParticle(w, function (s) { return model.variants[s]; });
    return rest ? model.variants[rest] : null;
  }

  function withoutParticle(w, test) {
    for (var n = Math.min(3, w.length - 1); n >= 1; n--) {
      if (model.particles.has(w.slice(-n)) && test(w.slice(0, -n))) return w.slice(0, -n);
    }
    return null;
  }

  function unparticled(w) {
    return withoutParticle(w, function (s) { return model.words.has(s); });
  }

  // One typed word -> one or more concepts.
  function word(w) {
    var variant = variantOf(w);
    if (variant) return [variant];
    if (model.words.has(w)) return [numbers(w)];
    var stem = unparticled(w);
    if (stem) return [numbers(stem)];
    var pieces = segment(w), asTyped = begins(model.written, w);
    if (pieces) {
      var concepts = pieces.map(function (p) { return variantOf(p) || numbers(p); });
      if (asTyped) concepts[0] = concepts[0].concat([w]); // a rare word as typed still counts
      return concepts;
    }
    if (asTyped) return [[w]]; // Material finds it as typed (or it is half typed)
    if (w.length >= 5 && model.latin.test(w)) {
      var fixed = typo(w);
      if (fixed.length) return [fixed];
    }
    return [[w]];
  }

  // Cut a word typed without spaces into words of the site, dropping the
  // particles between them: fewest pieces win. The last Hangul piece may be
  // half typed (an input method sends syllable by syllable); Latin pieces are
  // whole words of three letters or more, or kubelt would become kube lt.
  function segment(w) {
    var best = [{ cost: 0, pieces: [] }];
    for (var i = 0; i < w.length; i++) {
      if (!best[i]) continue;
      for (var j = i + 1; j <= w.length && j - i <= 24; j++) {
        var piece = w.slice(i, j), latin = model.latin.test(piece), cost;
        if (i > 0 && model.particles.has(piece)) cost = 0.5;
        else if (latin && piece.length < 3) continue;
        else if (model.words.has(piece) || model.variants[piece]) cost = piece.length > 1 ? 1 : 1.5;
        else if (j === w.length && i > 0 && !latin && begins(model.sorted, piece)) cost = 2;
        else continue;
        var total = best[i].cost + cost;
        if (!best[j] || total < best[j].cost) {
          best[j] = { cost: total, pieces: cost === 0.5 ? best[i].pieces : best[i].pieces.concat([piece]) };
        }
      }
    }
    var found = best[w.length];
    return found && found.pieces.length >= 2 ? found.pieces : null;
  }

  // A word with its other number, when the site has it: pods -> pod, registry -> registries.
  function numbers(w) {
    var forms = [w];
    if (model.latin.test(w)) {
      model.plurals.forEach(function (pair) {
        var plural = pair[0], singular = pair[1];
        if (w.length > plural.length + 2 && w.slice(-plural.length) === plural) {
          forms.push(w.slice(0, -plural.length) + singular);
        }
        if (w.slice(w.length - singular.length) === singular) {
          forms.push(w.slice(0, w.length - singular.length) + plural);
        }
      });
    }
    forms = forms.filter(function (f, i) { return i === 0 || model.words.has(f) || begins(model.written, f); });
    // Material matches by prefix: pod already finds pods, so keep the shorter.
    return forms.filter(function (f) {
      return !forms.some(function (g) { return g !== f && f.lastIndexOf(g, 0) === 0; });
    });
  }

  // Words of the site one edit away (a letter missing, extra, wrong or swapped).
  function typo(w) {
    var found = [], letters = "abcdefghijklmnopqrstuvwxyz";
    function consider(c) {
      if (found.indexOf(c) < 0 && model.words.has(c)) found.push(c);
    }
    for (var i = 0; i <= w.length; i++) {
      if (i < w.length) consider(w.slice(0, i) + w.slice(i + 1));
      if (i < w.length - 1) consider(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
      for (var l = 0; l < letters.length; l++) {
        if (i < w.length) consider(w.slice(0, i) + letters[l] + w.slice(i + 1));
        consider(w.slice(0, i) + letters[l] + w.slice(i));
      }
    }
    return found.slice(0, 3);
  }

  // ----- the results, re-ranked ----------------------------------------------

  function rerank(reply, plan) {
    if (!reply || !reply.data || !reply.data.items) return reply;
    var keys = plan.concepts.map(function (alts) { return alts.map(model.key).filter(Boolean); });
    var phrases = keys.reduce(function (acc, alts) {
      var next = [];
      acc.forEach(function (a) { alts.forEach(function (b) { if (next.length < 32) next.push(a + b); }); });
      return next;
    }, [""]);
    var target = null;
    phrases.some(function (p) { return (target = model.sections[p] || null); });
    var groups = reply.data.items, top = 0;
    groups.forEach(function (g) { g.forEach(function (item) { top = Math.max(top, item.score); }); });
    groups.forEach(function (group) {
      group.forEach(function (item) {
        item.score = rank(item, keys, phrases, target) + (top ? item.score / top / 2 : 0);
        tidy(item, plan.concepts);
      });
      group.sort(function (a, b) { return b.score - a.score; });
      // Material draws every section of every page it shows, on the main
      // thread; 150 sections took 60-135 ms there (benchmark). Keep the page
      // and its best few: the rest only ever sat in "N more on this page".
      var page = group.filter(function (item) { return item.location.indexOf("#") < 0; });
      var sections = group.filter(function (item) { return item.location.indexOf("#") >= 0; });
      group.splice(0, group.length);
      group.push.apply(group, sections.slice(0, SECTIONS_PER_PAGE).concat(page));
      group.sort(function (a, b) { return b.score - a.score; });
    });
    groups.sort(function (a, b) { return b[0].score - a[0].score; });
    reply.data.understood = plan.query; // what was searched (tests read it)
    return reply;
  }

  function rank(item, keys, phrases, target) {
    var heading = model.titles.get(item.location) || "", page = item.location.split("#")[0];
    var section = item.location.indexOf("#") >= 0, score = 0;
    if (target && item.location === target) score += 12; // the glossary's section for the query
    else if (target && target.indexOf("#") < 0 && page === target) score += 6; // or its page
    if (model.later.has(item.location)) score -= 20; // explanations before exercises and reviews
    var phrase = phrases.filter(function (p) { return p && heading.indexOf(p) >= 0; })[0];
    var held = keys.filter(function (alts) {
      return alts.some(function (k) { return heading.indexOf(k) >= 0; });
    }).length;
    if (phrase) score += 30 + 10 * (phrase.length / heading.length);
    else if (held === keys.length) score += 20;
    else score += 10 * held / Math.max(1, keys.length);
    return section ? score : score - 5; // a section whose heading holds it ranks above its page
  }

  // Alternatives that didn't match are not "missing" words when another did.
  function tidy(item, concepts) {
    if (!item.terms) return;
    concepts.forEach(function (alts) {
      var words = alts.join(" ").split(/[\s\-]+/);
      if (words.some(function (w) { return item.terms[w]; })) {
        words.forEach(function (w) { if (item.terms[w] === false) delete item.terms[w]; });
      }
    });
  }
})();
