/*
 * SiteGen search, the part without a page: the same text analysis as the build (SiteGen.Search in C#,
 * which is lunr 2.3.9's after accent folding), a query parser that never throws, and an engine that
 * reads the sharded index lazily and ranks exactly as lunr.js would on search/lunr-index.json.
 * A classic script so the page can load it without a bundler; Node's tests require() it.
 */
(function (root) {
  'use strict';

  // ---- Analysis: must stay equal to SearchText, LunrAnalysis and LunrStemmer in C#. ----

  var FOLDS = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H',
    'ı': 'i', 'ß': 'ss', 'ẞ': 'SS', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'TH' };
  var FOLDABLE = /[łŁøØđĐðÐħĦıßẞæÆœŒþÞ]/g;
  var MARKS = /\p{Mn}/gu;
  var POSSESSIVE = /([A-Za-z0-9_])['\u2019][sS](?![A-Za-z0-9_])/g;

  /** NFKC, accents folded, possessive 's dropped. */
  function normalise(text) {
    var folded = String(text).normalize('NFKC').normalize('NFD').replace(MARKS, '')
      .replace(FOLDABLE, function (c) { return FOLDS[c]; });
    return folded.normalize('NFC').replace(POSSESSIVE, '$1');
  }

  var SEPARATOR = /[\s\-]+/;

  /** lunr's tokenizer after normalisation: lowercase, split on whitespace and hyphens. */
  function tokens(text) {
    return normalise(text).toLowerCase().split(SEPARATOR).filter(function (t) { return t.length > 0; });
  }

  /** lunr's trimmer: non-word ASCII characters off both ends. */
  function trim(token) {
    return token.replace(/^\W+/, '').replace(/\W+$/, '');
  }

  var STOP_WORDS = new Set(('a able about across after all almost also am among an and any are as at be because been ' +
    'but by can cannot could dear did do does either else ever every for from get got had has have he her hers him ' +
    'his how however i if in into is it its just least let like likely may me might most must my neither no nor not ' +
    'of off often on only or other our own rather said say says she should since so some than that the their them ' +
    'then there these they this tis to too twas us wants was we were what when where which while who whom why will ' +
    'with would yet you your').split(' '));

  // Porter's stemmer with lunr's choices (see LunrStemmer.cs): y is a vowel only after a consonant.
  var C = '[^aeiou][^aeiouy]*';
  var V = '[aeiouy][aeiou]*';
  var MEASURE_ABOVE_0 = new RegExp('^(' + C + ')?' + V + C);
  var MEASURE_IS_1 = new RegExp('^(' + C + ')?' + V + C + '(' + V + ')?$');
  var MEASURE_ABOVE_1 = new RegExp('^(' + C + ')?' + V + C + V + C);
  var HAS_VOWEL = new RegExp('^(' + C + ')?[aeiouy]');
  var ENDS_CVC = new RegExp('^' + C + '[aeiouy][^aeiouwxy]$');
  var STEP2 = { ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al',
    entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive',
    fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log' };
  var STEP3 = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };
  var RULES = {
    sses: /^(.+?)(ss|i)es$/, s: /^(.+?)([^s])s$/, eed: /^(.+?)eed$/, edIng: /^(.+?)(ed|ing)$/,
    atBlIz: /(at|bl|iz)$/, double: /([^aeiouylsz])\1$/, y: /^(.+?[^aeiou])y$/,
    step2: new RegExp('^(.+?)(' + Object.keys(STEP2).join('|') + ')$'),
    step3: new RegExp('^(.+?)(' + Object.keys(STEP3).join('|') + ')$'),
    step4: /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/,
    ion: /^(.+?)(s|t)(ion)$/, e: /^(.+?)e$/, ll: /ll$/
  };
  var stemCache = new Map();

  function stem(word) {
    if (word.length < 3) return word;
    var cached = stemCache.get(word);
    if (cached !== undefined) return cached;
    var initialY = word.charAt(0) === 'y';
    var w = initialY ? 'Y' + word.slice(1) : word;
    var m;

    if ((m = RULES.sses.exec(w))) w = m[1] + m[2];
    else if ((m = RULES.s.exec(w))) w = m[1] + m[2];

    if ((m = RULES.eed.exec(w))) {
      if (MEASURE_ABOVE_0.test(m[1])) w = w.slice(0, -1);
    } else if ((m = RULES.edIng.exec(w)) && HAS_VOWEL.test(m[1])) {
      w = m[1];
      if (RULES.atBlIz.test(w)) w += 'e';
      else if (RULES.double.test(w)) w = w.slice(0, -1);
      else if (ENDS_CVC.test(w)) w += 'e';
    }

    if ((m = RULES.y.exec(w))) w = m[1] + 'i';
    if ((m = RULES.step2.exec(w)) && MEASURE_ABOVE_0.test(m[1])) w = m[1] + STEP2[m[2]];
    if ((m = RULES.step3.exec(w)) && MEASURE_ABOVE_0.test(m[1])) w = m[1] + STEP3[m[2]];

    if ((m = RULES.step4.exec(w))) {
      if (MEASURE_ABOVE_1.test(m[1])) w = m[1];
    } else if ((m = RULES.ion.exec(w)) && MEASURE_ABOVE_1.test(m[1] + m[2])) {
      w = m[1] + m[2];
    }

    if ((m = RULES.e.exec(w))) {
      var s = m[1];
      if (MEASURE_ABOVE_1.test(s) || (MEASURE_IS_1.test(s) && !ENDS_CVC.test(s))) w = s;
    }
    if (RULES.ll.test(w) && MEASURE_ABOVE_1.test(w)) w = w.slice(0, -1);

    if (initialY) w = 'y' + w.slice(1);
    if (stemCache.size < 100000) stemCache.set(word, w);
    return w;
  }

  /** The terms lunr's index pipeline makes of a text (trimmer, stop words, stemmer). */
  function indexTerms(text) {
    var out = [];
    tokens(text).forEach(function (t) {
      var trimmed = trim(t);
      if (!STOP_WORDS.has(trimmed)) out.push(stem(trimmed));
    });
    return out;
  }

  // ---- Queries ----

  var SCOPES = { title: ['title'], author: ['authors'], authors: ['authors'], topic: ['topics'], topics: ['topics'],
    venue: ['venue'], abstract: ['abstract'], notes: ['notes'] };

  /**
   * Parses what a visitor typed into clauses {term, prefix, presence, fields, phrase, typing}. Words are
   * analysed like the index; "+word" is required, "-word" excluded, "title:word" scoped, "word*" a prefix,
   * "a phrase" requires each of its words (the index has no positions). Anything else is just text, so
   * no input can make it throw.
   */
  function parseQuery(input, options) {
    var text = String(input == null ? '' : input);
    var clauses = [];
    var pattern = /([+-]?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g;
    var match;
    var lastRaw = null;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) { pattern.lastIndex++; continue; }
      var presence = match[1] === '+' ? 'required' : match[1] === '-' ? 'prohibited' : 'optional';
      var scope = match[2] ? SCOPES[match[2].toLowerCase()] : null;
      var quoted = match[3] !== undefined;
      var body = quoted ? match[3] : match[4];
      if (match[2] && !scope) body = match[2] + ':' + (body || '');  // "arxiv:1706": plain text
      if (!body || (!match[2] && /^[A-Za-z]+:$/.test(body) && SCOPES[body.slice(0, -1).toLowerCase()])) continue;  // a scope still being typed
      var phrase = quoted && tokens(body).length > 1;
      var explicitPrefix = !quoted && /\*$/.test(body);
      var words = tokens(explicitPrefix ? body.replace(/\*+$/, '') : body);
      words.forEach(function (word) {
        var trimmed = trim(word.replace(/\*/g, ''));
        if (!trimmed) return;
        var clause = { presence: phrase ? (presence === 'prohibited' ? presence : 'required') : presence,
          fields: scope, phrase: phrase, prefix: explicitPrefix, typing: false, raw: trimmed,
          term: explicitPrefix ? trimmed : stem(trimmed) };
        // Stop words are never indexed: dropping them keeps "+the" from emptying the results.
        if (!explicitPrefix && STOP_WORDS.has(trimmed)) return;
        clauses.push(clause);
        lastRaw = clause;
      });
    }
    // As you type, the last word may be unfinished: it also matches the terms it begins.
    var typing = options && options.prefixLastWord && lastRaw && !/[\s"]$/.test(text) &&
      !lastRaw.prefix && !lastRaw.phrase && lastRaw.presence !== 'prohibited' && lastRaw.raw.length >= 2;
    if (typing) lastRaw.typing = true;
    return clauses;
  }

  // ---- The engine over the sharded index ----

  function Engine(manifestUrl, fetchJson) {
    this.manifestUrl = manifestUrl;
    this.base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
    this.fetchJson = fetchJson;
    this.files = new Map();
    this.manifest = null;
  }

  Engine.prototype.file = function (name) {
    if (!this.files.has(name)) {
      var self = this;
      var promise = this.fetchJson(this.base + name);
      promise.catch(function () { self.files.delete(name); });
      this.files.set(name, promise);
    }
    return this.files.get(name);
  };

  Engine.prototype.load = function () {
    var self = this;
    if (!this.manifestPromise) {
      this.manifestPromise = this.fetchJson(this.manifestUrl).then(function (m) {
        if (m.version !== 1) throw new Error('unknown search index version ' + m.version);
        self.manifest = m;
        return m;
      });
      this.manifestPromise.catch(function () { self.manifestPromise = null; });
    }
    return this.manifestPromise;
  };

  /** The shard whose range holds the term: the last shard whose first term is not after it. */
  Engine.prototype.shardOf = function (term) {
    var firsts = this.manifest.shards, lo = 0, hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  };

  /** Postings of the terms a clause names: Map term -> {refs, weights (thousandths), masks (fields)}. */
  Engine.prototype.expand = function (clause) {
    var self = this;
    var exact = clause.prefix ? null : clause.term;
    var prefixes = clause.prefix ? [clause.term] : clause.typing ? unique([clause.raw, clause.term]) : [];
    var shards = new Set();
    if (exact !== null) shards.add(this.shardOf(exact));
    prefixes.forEach(function (p) {
      var first = self.shardOf(p), last = self.shardOf(p + '\uffff');
      // A short prefix can span much of the index; beyond a few shards only its exact term counts.
      for (var i = first; i <= Math.min(last, first + 3); i++) shards.add(i);
    });
    return Promise.all(Array.from(shards).map(function (i) { return self.file('t' + i + '.json'); }))
      .then(function (loaded) {
        var found = new Map();
        loaded.forEach(function (shard) {
          shard.forEach(function (entry) {
            var term = entry[0];
            var hit = term === exact || prefixes.some(function (p) { return term.lastIndexOf(p, 0) === 0; });
            if (hit && !found.has(term)) found.set(term, decode(entry));
          });
        });
        return found;
      });
  };

  // [term, ref gaps, values] or [term, ref gaps, distinct values, indexes into them], a value being
  // weight * 64 + field mask (see ShardedIndexWriter) -> typed arrays of refs, weights and masks.
  function decode(entry) {
    var gaps = entry[1], n = gaps.length, distinct = entry.length === 4 ? entry[2] : null;
    var refs = new Int32Array(n), weights = new Float64Array(n), masks = new Uint8Array(n), ref = 0;
    for (var i = 0; i < n; i++) {
      ref += gaps[i];
      refs[i] = ref;
      var value = distinct ? distinct[entry[3][i]] : entry[2][i];
      masks[i] = value % 64;
      weights[i] = (value - masks[i]) / 64;
    }
    return { refs: refs, weights: weights, masks: masks };
  }

  function unique(list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); }

  /**
   * Runs a query: resolves to {hits: [{ref, score}] best first, terms: the index terms that matched,
   * clauses}. The score is lunr's: the sum over query terms of boost times the paper's summed weight,
   * divided by the length of the query vector. A scope filters papers to those with the term in that
   * field (the sharded index keeps one weight per paper, so a scoped score still counts every field).
   */
  Engine.prototype.search = function (input, options) {
    var self = this;
    var clauses = parseQuery(input, options);
    return this.load().then(function () {
      return Promise.all(clauses.map(function (c) { return self.expand(c); }));
    }).then(function (expansions) {
      var n = self.manifest.documents;
      var score = new Float64Array(n), matched = new Uint8Array(n), excluded = new Uint8Array(n);
      var requiredHits = new Int32Array(n), seenInClause = new Int32Array(n), required = 0;
      var boosts = new Map(), termMasks = new Map(), postingsOf = new Map();
      var fieldIndex = {};
      self.manifest.fields.forEach(function (f, i) { fieldIndex[f] = i; });

      clauses.forEach(function (clause, i) {
        var mask = clause.fields ? clause.fields.reduce(function (m, f) { return m | (1 << fieldIndex[f]); }, 0) : -1;
        if (clause.presence === 'required') required++;
        expansions[i].forEach(function (p, term) {
          for (var k = 0; k < p.refs.length; k++) {
            if (!(p.masks[k] & mask)) continue;
            var doc = p.refs[k];
            if (clause.presence === 'prohibited') excluded[doc] = 1;
            else if (clause.presence === 'required' && seenInClause[doc] !== required) {
              seenInClause[doc] = required;
              requiredHits[doc]++;
            }
          }
          if (clause.presence === 'prohibited') return;
          boosts.set(term, (boosts.get(term) || 0) + 1);
          termMasks.set(term, (termMasks.get(term) || 0) | mask);
          postingsOf.set(term, p);
        });
      });

      var norm = 0;
      boosts.forEach(function (boost, term) {
        norm += boost * boost;
        var p = postingsOf.get(term), mask = termMasks.get(term);
        for (var k = 0; k < p.refs.length; k++) {
          if (!(p.masks[k] & mask)) continue;
          score[p.refs[k]] += boost * p.weights[k];
          matched[p.refs[k]] = 1;
        }
      });
      norm = Math.sqrt(norm) * 1000;
      var hits = [];
      for (var doc = 0; doc < n; doc++) {
        if (matched[doc] && !excluded[doc] && requiredHits[doc] === required) hits.push({ ref: doc, score: score[doc] / norm });
      }
      hits.sort(function (a, b) { return b.score - a.score || a.ref - b.ref; });
      return { hits: hits, terms: Array.from(boosts.keys()), clauses: clauses };
    });
  };

  /** Result-store rows for refs: {ref, title, authors, year, topics: [[slug, title]], slug, snippet}. */
  Engine.prototype.documents = function (refs) {
    var self = this;
    return Promise.all(refs.map(function (ref) { return self.file('d' + ref + '.json'); }))
      .then(function (rows) {
        return refs.map(function (ref, i) {
          var row = rows[i];
          return { ref: ref, title: row[0], authors: row[1], year: row[2],
            topics: row[3].map(function (t) { return self.manifest.topics[t]; }), slug: row[4], snippet: row[5] };
        });
      });
  };

  /** Topic membership for filters: resolves to an array (manifest order) of Sets of refs. */
  Engine.prototype.topicSets = function () {
    return this.file('facets.json').then(function (f) {
      return f.topics.map(function (gaps) {
        var set = new Set(), ref = 0;
        gaps.forEach(function (g, i) { ref = i === 0 ? g : ref + g; set.add(ref); });
        return set;
      });
    });
  };

  /** The year of a ref, from the manifest's runs (refs go newest first). */
  Engine.prototype.yearOf = function (ref) {
    var years = this.manifest.years;
    for (var i = 0; i < years.length; i++) if (ref < years[i][1] + years[i][2]) return years[i][0];
    return null;
  };

  var api = { normalise: normalise, tokens: tokens, trim: trim, stem: stem, indexTerms: indexTerms,
    stopWords: STOP_WORDS, parseQuery: parseQuery, Engine: Engine };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.SiteGenSearch = api;
})(typeof self !== 'undefined' ? self : this);
