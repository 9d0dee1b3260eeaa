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
 *   one typo corrected (kubelt -> kubelet); a Korean word that matches
 *   nothing is compared jamo by jamo (메니저 -> 매니저: a confusable vowel or
 *   final consonant from search.yml is half an edit, another jamo or two
 *   syllables swapped one, allowed from three syllables on); short names lead
 *   to the term and are kept as typed (kcm -> kube-controller-manager kcm);
 *   question words and endings are dropped while a content word remains
 *   (etcd란 무엇인가요 -> etcd). Material then searches, marks and links (?h=)
 *   the words as the pages write them.
 * - Results come back re-ranked: sections whose heading holds the whole
 *   query first (the glossary's section for it, then the shortest heading),
 *   then those holding every word (a word most sections write counts a
 *   quarter), then Material's own order; exercises and reviews (hands-on,
 *   self-check) after explanations.
 * - An empty answer carries the site's closest terms and the glossary, which
 *   ../search-suggestions.js shows: never an empty box.
 * Why a worker and not the page: all of it runs off the main thread, and it
 * needs no other download: the vocabulary, variants and glossary sections come
 * inside the search index (config.understanding, compiled by
 * study_notes/search/understanding.py from i18n/<lang>/search.yml and the glossary),
 * and the words as written are read from the index's pages here. Why no
 * morphological analyzer: the site's own vocabulary is what a query must
 * match, and it covers the queries learners type (tooling/search_queries.py).
 * Under file:// the iframe-worker shim runs this file in an iframe; it works
 * the same there (importScripts returns a promise, postMessage is the shim's).
 */
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2, SECTIONS_PER_PAGE = 5, SUGGESTIONS = 5;
  var model = null;

  // Node (tests/test_search_understanding.py) takes the functions, no worker.
  if (typeof module === "object" && module.exports) {
    module.exports = {
      setup: setup, understand: understand, rerank: rerank, suggest: suggest,
      jamo: jamo, typoCost: typoCost, editCost: editCost, hangulTypo: hangulTypo
    };
    return;
  }

  var post = self.postMessage, listen = self.addEventListener;
  var material = null, replies = [], backlog = [], ready = false;

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
      } else if (message.type === QUERY && model) {
        fix = function (reply) { // search syntax, as typed: still the glossary when nothing matches
          try { return nothingFound(reply, []); } catch (error) { console.warn(error); return reply; }
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
    var written = new Set(), titles = new Map(), texts = [];
    index.docs.forEach(function (doc) {
      titles.set(doc.location, key(doc.title));
      texts.push(plain(doc.title + " " + doc.text).toLowerCase());
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
      questions: new Set(data.questions || []),
      endings: (data.endings || []).slice().sort(function (a, b) { return b.length - a.length; }),
      confusable: new Set((data.confusable || []).map(function (p) { return p[0] + "," + p[1]; })
        .concat((data.confusable || []).map(function (p) { return p[1] + "," + p[0]; }))),
      hangul: null, // Hangul words by length, for typos (built on the first typo)
      candidates: null, // the site's terms, for suggestions (built when nothing matches)
      docs: index.docs,
      glossary: (index.docs.filter(function (d) { return /^glossary(\/|\.html)?$/.test(d.location); })[0] || {}).location,
      titles: titles,
      bare: new Map(), // headings with particles taken off (컨테이너와 가상 머신 -> 컨테이너가상머신)
      texts: texts,
      headings: index.docs.map(function (d) { return plain(d.title).toLowerCase(); }).join("\n"),
      shares: new Map(), // how many sections write a word, for telling common words
      split: split,
      key: key,
      latin: /^[a-z]+$/
    };
    index.docs.forEach(function (doc) {
      model.bare.set(doc.location, words(doc.title).map(function (w) { return unparticled(w) || w; }).join(""));
    });
  }

  // The share of the index's pages and sections that write a word.
  function share(k) {
    if (!model.shares.has(k)) {
      var n = model.texts.filter(function (t) { return t.indexOf(k) >= 0; }).length;
      model.shares.set(k, n / Math.max(1, model.texts.length));
    }
    return model.shares.get(k);
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
    tokens = withoutQuestion(tokens);
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
    return concepts.length ? { query: query.concat(foreign).join(" "), concepts: concepts, tokens: tokens } : null;
  }

  // Question words, endings and filler (i18n/<lang>/search.yml, questions:)
  // don't count: the content words decide, as long as one remains.
  function withoutQuestion(tokens) {
    var content = tokens.filter(function (t) { return !model.questions.has(t); });
    if (!content.length) return tokens;
    return content.map(function (t) {
      if (model.words.has(t) || variantOf(t)) return t;
      for (var i = 0; i < model.endings.length; i++) {
        var e = model.endings[i], rest = t.slice(0, -e.length);
        if (t.length > e.length && t.slice(-e.length) === e &&
            (model.words.has(rest) || unparticled(rest) || (rest.length >= 2 && begins(model.written, rest)))) {
          return rest;
        }
      }
      return t;
    });
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
    var asTyped = begins(model.written, w);
    var fixed = asTyped ? [] : koreanTypo(w);
    if (fixed.length && fixed.cost <= 0.5) return [fixed]; // a confusable jamo: surer than cutting
    var pieces = segment(w);
    if (pieces) {
      var concepts = pieces.map(function (p) { return variantOf(p) || numbers(p); });
      if (asTyped) concepts[0] = concepts[0].concat([w]); // a rare word as typed still counts
      return concepts;
    }
    if (asTyped) return [[w]]; // Material finds it as typed (or it is half typed)
    if (fixed.length) return [fixed];
    if (w.length >= 5 && model.latin.test(w)) {
      fixed = typo(w);
      fixed.slice().forEach(function (f) { // a typo of two words run together
        for (var i = 3; i <= f.length - 3; i++) {
          var apart = f.slice(0, i) + " " + f.slice(i);
          if (model.words.has(f.slice(0, i)) && model.words.has(f.slice(i)) && model.headings.indexOf(apart) >= 0) {
            fixed.push(apart);
          }
        }
      });
      if (fixed.length) return [fixed];
    }
    return [[w]];
  }

  // A Korean word with a typo -> the site's words it stands for (their
  // variants resolved), .cost the typo's cost; the word may carry a particle.
  function koreanTypo(w) {
    var found = hangulTypo(w), cost = found.cost;
    if (!found.length) {
      var rest = withoutParticle(w, function (s) { return hangulTypo(s).length > 0; });
      if (rest) { found = hangulTypo(rest); cost = found.cost; }
    }
    var out = [];
    found.forEach(function (f) {
      (variantOf(f) || [f]).forEach(function (t) { if (out.indexOf(t) < 0) out.push(t); });
    });
    out.cost = cost;
    return out;
  }

  // ----- Korean words compared by their jamo ---------------------------------

  // Each Hangul syllable as three codes: 1000 + initial, 2000 + medial,
  // 3000 + final (3000: none); any other character as its own code.
  function jamo(word) {
    var codes = [];
    for (var i = 0; i < word.length; i++) {
      var n = word.charCodeAt(i) - 0xAC00;
      if (n >= 0 && n < 11172) codes.push(1000 + Math.floor(n / 588), 2000 + Math.floor(n % 588 / 28), 3000 + n % 28);
      else codes.push(word.charCodeAt(i));
    }
    return codes;
  }

  // The cost of one jamo for another: none, half (a confusable pair from
  // search.yml: ㅐ/ㅔ, a final dropped or added) or one edit.
  function substitution(a, b) {
    if (a === b) return 0;
    return model && model.confusable.has(a + "," + b) ? 0.5 : 1;
  }

  // Two words of the same number of syllables, jamo by jamo.
  function typoCost(a, b, limit) {
    if (a.length !== b.length) return Infinity;
    var cost = 0;
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i] && (cost += substitution(a[i], b[i])) > limit) return Infinity;
    }
    return cost;
  }

  // Words of the site (and variants) a Hangul word of two syllables or more
  // stands for: one confusable vowel or final consonant (half an edit) in
  // any word, any one jamo wrong or two syllables swapped (one edit) in a
  // word of three syllables or more. The cheapest win; .cost says how much.
  function hangulTypo(w) {
    var none = []; none.cost = Infinity;
    if (!/^[\uAC00-\uD7A3]{2,}$/.test(w) || !model) return none;
    if (!model.hangul) {
      model.hangul = {};
      model.sorted.concat(Object.keys(model.variants)).forEach(function (v) {
        if (/^[\uAC00-\uD7A3]{2,}$/.test(v)) (model.hangul[v.length] = model.hangul[v.length] || []).push([v, jamo(v)]);
      });
    }
    var limit = w.length >= 3 ? 1 : 0.5, codes = jamo(w), best = Infinity, found = [];
    function consider(word, cost) {
      if (cost > limit || cost > best || word === w) return;
      if (cost < best) { best = cost; found = []; }
      if (found.indexOf(word) < 0) found.push(word);
    }
    (model.hangul[w.length] || []).forEach(function (entry) {
      consider(entry[0], typoCost(codes, entry[1], Math.min(limit, best)));
    });
    if (w.length >= 3) {
      for (var i = 0; i + 1 < w.length; i++) {
        var swapped = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
        if (model.words.has(swapped) || model.variants[swapped]) consider(swapped, 1);
      }
    }
    found = found.slice(0, 3);
    found.cost = best;
    return found;
  }

  // ----- nothing found: the site's closest terms -----------------------------

  // Weighted edit distance (insert, delete, substitute, swap two neighbours),
  // over jamo for Hangul and letters for the rest.
  function editCost(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return Infinity;
    var previous2 = null, previous = [], row, i, j;
    for (j = 0; j <= b.length; j++) previous.push(j);
    for (i = 1; i <= a.length; i++) {
      row = [i];
      var least = i;
      for (j = 1; j <= b.length; j++) {
        var cost = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + substitution(a[i - 1], b[j - 1]));
        if (previous2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          cost = Math.min(cost, previous2[j - 2] + 1);
        }
        row.push(cost);
        least = Math.min(least, cost);
      }
      if (least > limit) return Infinity;
      previous2 = previous; previous = row;
    }
    return previous[b.length];
  }

  // The site's terms: every run of one to three words in a section heading
  // (explanations, not exercises), each leading to the shortest heading that
  // holds it; and the variants, leading where their term does.
  function candidates() {
    var byKey = new Map();
    model.docs.forEach(function (doc) {
      if (doc.location.indexOf("#") < 0 || model.later.has(doc.location)) return;
      var words = plain(doc.title).split(model.split).filter(Boolean).map(function (w) {
        return unparticled(w.toLowerCase()) ? w.slice(0, unparticled(w.toLowerCase()).length) : w;
      });
      for (var i = 0; i < words.length; i++) {
        for (var n = 1; n <= 3 && i + n <= words.length; n++) {
          var run = words.slice(i, i + n), label = run.join(" "), k = label.toLowerCase().replace(/\s+/g, "");
          if (k.length < 2 || /^\d+$/.test(k)) continue;
          if (n > 1 && run.some(function (w) { // "kubectl and", "the scheduler": no term
            return model.questions.has(w.toLowerCase()) || !model.words.has(w.toLowerCase());
          })) continue;
          var known = byKey.get(k), size = words.length * 100 + doc.title.length;
          if (!known || size < known.size) {
            byKey.set(k, { key: k, title: label, location: doc.location, size: size });
          }
        }
      }
    });
    Object.keys(model.variants).forEach(function (k) {
      if (byKey.has(k)) return;
      var term = model.variants[k][0], termKey = model.key(term);
      var to = byKey.get(termKey), location = to ? to.location : model.sections[termKey];
      if (location) byKey.set(k, { key: k, title: term, location: location, size: 0 });
    });
    return Array.from(byKey.values()).map(function (c) {
      c.codes = jamo(c.key);
      return c;
    });
  }

  // -> [{ title, location }], the closest terms first, for what was typed.
  function suggest(tokens) {
    if (!model || !tokens || !tokens.length) return [];
    if (!model.candidates) model.candidates = candidates();
    var typed = tokens.length > 1 ? tokens.concat([tokens.join("")]) : tokens, scored = [];
    typed.forEach(function (t) {
      var codes = jamo(t), limit = Math.max(1, 0.34 * codes.length);
      if (codes.length < 3) return;
      model.candidates.forEach(function (c) {
        var cost = editCost(codes, c.codes, limit);
        if (cost <= limit) scored.push({ cost: cost / codes.length, c: c });
      });
    });
    scored.sort(function (a, b) { return a.cost - b.cost || a.c.size - b.c.size; });
    var seen = new Set(), out = [];
    scored.forEach(function (s) {
      if (out.length < SUGGESTIONS && !seen.has(s.c.location)) {
        seen.add(s.c.location);
        out.push({ title: s.c.title, location: s.c.location });
      }
    });
    return out;
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

  // Never an empty box: the site's closest terms, and the glossary
  // (docs/assets/javascripts/search-suggestions.js shows them).
  function nothingFound(reply, tokens) {
    if (reply && reply.data && reply.data.items && !reply.data.items.length) {
      reply.data.suggestions = suggest(tokens);
      reply.data.glossary = model.glossary || null;
    }
    return reply;
  }

  function rerank(reply, plan) {
    if (!reply || !reply.data || !reply.data.items) return reply;
    nothingFound(reply, plan.tokens);
    // A short name kept as typed (rs, cm) is no evidence inside a heading's words.
    var keys = plan.concepts.map(function (alts) {
      var all = alts.map(model.key).filter(Boolean);
      var long = all.filter(function (k) { return k.length >= 3; });
      return long.length ? long : all;
    });
    // A word most of the site writes (쿠버네티스, container) next to a rarer
    // one counts for less: k8s 스케줄러 is about the scheduler.
    var weights = keys.map(function (alts) {
      return Math.max.apply(null, alts.map(share).concat([0])) >= 0.5 ? 0.25 : 1;
    });
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
        item.score = rank(item, keys, weights, phrases, target) + (top ? item.score / top / 2 : 0);
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

  function rank(item, keys, weights, phrases, target) {
    var heading = model.titles.get(item.location) || "", page = item.location.split("#")[0];
    var bare = model.bare.get(item.location) || heading;
    var section = item.location.indexOf("#") >= 0, score = 0;
    if (target && item.location === target) score += 12; // the glossary's section for the query
    else if (target && target.indexOf("#") < 0 && page === target) score += 6; // or its page
    if (model.later.has(item.location)) score -= 20; // explanations before exercises and reviews
    var phrase = phrases.filter(function (p) { return p && (heading.indexOf(p) >= 0 || bare.indexOf(p) >= 0); })[0];
    var held = 0, total = 0;
    keys.forEach(function (alts, i) {
      total += weights[i];
      if (alts.some(function (k) { return heading.indexOf(k) >= 0; })) held += weights[i];
    });
    if (phrase) score += 30 + 10 * (phrase.length / heading.length);
    else if (held === total) score += 20;
    else score += 10 * held / Math.max(1, total);
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
