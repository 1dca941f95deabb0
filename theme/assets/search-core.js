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
  var POSSESSIVE = /([A-Za-z0-9_])'[sS](?![A-Za-z0-9_])/g;
  // Apostrophe, quote and dash variants as one character each (SearchText.FoldPunctuation).
  var PUNCTUATION = /[\u2018\u2019\u02BC\u2032\u201C\u201D\u201E\u2033\u2010-\u2015]/g;
  var PUNCTUATION_AS = { '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"' };

  function foldPunctuation(text) {
    return text.replace(PUNCTUATION, function (c) { return PUNCTUATION_AS[c] || (c >= '\u2010' && c <= '\u2015' ? '-' : "'"); });
  }

  /** NFKC, accents folded, apostrophes, quotes and dashes made one each, possessive 's dropped. */
  function normalise(text) {
    var folded = String(text).normalize('NFKC').normalize('NFD').replace(MARKS, '')
      .replace(FOLDABLE, function (c) { return FOLDS[c]; });
    return foldPunctuation(folded.normalize('NFC')).replace(POSSESSIVE, '$1');
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

  // ---- Script terms: must stay equal to ScriptTerms in C#. ----

  var PIECES = /[\p{L}\p{N}\p{M}_]+/gu;
  var CJK = /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\u{20000}-\u{3FFFF}]/u;

  function isCjk(c) { return CJK.test(c); }

  /**
   * What the site's index adds for a lowercased token beside lunr's term (lunrWord, what lunr's trimmer left):
   * CJK runs as overlapping bigrams (a lone character as itself), and runs of other scripts that begin or end
   * with a non-ASCII character, whole.
   */
  function scriptTerms(token, lunrWord) {
    var out = [];
    if (/^[\x00-\x7f]*$/.test(token)) return out;
    (token.match(PIECES) || []).forEach(function (piece) {
      var chars = Array.from(piece), start = 0;
      while (start < chars.length) {
        var cjk = isCjk(chars[start]), end = start;
        while (end < chars.length && isCjk(chars[end]) === cjk) end++;
        if (cjk) {
          if (end - start === 1) out.push(chars[start]);
          for (var i = start; i + 1 < end; i++) out.push(chars[i] + chars[i + 1]);
        } else {
          var run = chars.slice(start, end).join('');
          var foreign = run.charCodeAt(0) > 0x7f || run.charCodeAt(run.length - 1) > 0x7f;
          if (foreign && run !== lunrWord) out.push(run);
        }
        start = end;
      }
    });
    return out;
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

  // British and American spellings: each rule's two endings, tried both ways on a whole word.
  var SPELLINGS = [['isation', 'ization'], ['isations', 'izations'], ['ise', 'ize'], ['ised', 'ized'], ['ises', 'izes'],
    ['ising', 'izing'], ['iser', 'izer'], ['isers', 'izers'], ['yse', 'yze'], ['ysed', 'yzed'], ['ysing', 'yzing'],
    ['our', 'or'], ['ours', 'ors'], ['tre', 'ter'], ['tres', 'ters'], ['ogue', 'og'], ['ogues', 'ogs'],
    ['ence', 'ense'], ['elled', 'eled'], ['elling', 'eling'], ['odelling', 'odeling']];

  /** The word in the other spelling(s): "quantisation" -> ["quantization"]; at least three letters stay before the ending. */
  function spellings(word) {
    var out = [];
    SPELLINGS.forEach(function (pair) {
      for (var side = 0; side < 2; side++) {
        var from = pair[side], to = pair[1 - side];
        if (word.length - from.length >= 3 && word.slice(-from.length) === from) out.push(word.slice(0, -from.length) + to);
      }
    });
    return unique(out);
  }

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
    var lastRaw = null, lastStop = null;
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
        var bare = word.replace(/\*/g, '');
        var trimmed = trim(bare);
        var base = { presence: phrase ? (presence === 'prohibited' ? presence : 'required') : presence,
          fields: scope, phrase: phrase, prefix: explicitPrefix, typing: false };
        // Stop words are never indexed: dropping them keeps "+the" from emptying the results. The word being
        // typed may be the start of another word ("in" of "inference"), so it is kept aside.
        lastStop = !explicitPrefix && STOP_WORDS.has(trimmed) ? Object.assign({}, base, { raw: trimmed, term: trimmed }) : null;
        if (trimmed && (explicitPrefix || !STOP_WORDS.has(trimmed))) {
          var clause = Object.assign({}, base, { raw: trimmed, term: explicitPrefix ? trimmed : stem(trimmed) });
          if (options && options.spellings && !explicitPrefix) clause.alternatives = spellings(trimmed).map(stem);
          clauses.push(lastRaw = clause);
        }
        // The bigrams of one CJK word must all appear, as the words of a phrase do.
        var scripts = scriptTerms(bare, trimmed);
        scripts.forEach(function (t) {
          var together = scripts.length > 1 && base.presence === 'optional';
          clauses.push(lastRaw = Object.assign({}, base, { raw: t, term: t, script: true,
            presence: together ? 'required' : base.presence, phrase: base.phrase || together }));
        });
      });
    }
    // As you type, the last word may be unfinished: it also matches the terms it begins (and, through the
    // written words the index lists, the stems of the words it begins). One CJK character is a word already.
    if (lastStop && options && options.prefixLastWord && !/[\s"]$/.test(text) && lastStop.raw.length >= 2 && !lastStop.phrase) {
      clauses.push(lastRaw = lastStop);
    }
    var typing = options && options.prefixLastWord && lastRaw && !/[\s"]$/.test(text) &&
      !lastRaw.prefix && lastRaw.presence !== 'prohibited' && (!lastRaw.phrase || lastRaw.script) &&
      (lastRaw.raw.length >= 2 || isCjk(lastRaw.raw));
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
        if (m.version !== 5) throw new Error('unknown search index version ' + m.version);
        m.shards = separators(m.shards);
        self.manifest = m;
        return m;
      });
      this.manifestPromise.catch(function () { self.manifestPromise = null; });
    }
    return this.manifestPromise;
  };

  /** The shard whose range holds the term: the last shard whose separator is not after it. */
  Engine.prototype.shardOf = function (term) {
    var firsts = this.manifest.shards, lo = 0, hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  };

  /** The shards a prefix's range covers; a short prefix can span much of the index, so at most ten (20,000 postings by default). */
  Engine.prototype.shardsOfPrefix = function (prefix) {
    var first = this.shardOf(prefix), last = Math.min(this.shardOf(prefix + '\uffff'), first + 9), out = [];
    for (var i = first; i <= last; i++) out.push(i);
    return out;
  };

  Engine.prototype.shards = function (numbers) {
    var self = this;
    return Promise.all(unique(numbers).map(function (i) { return self.file('t' + i + '.json'); }));
  };

  /**
   * Postings of the terms a clause names: Map term -> {refs, weights (thousandths), masks (fields)}. A prefix
   * matches the terms it begins and the stems of the written words it begins ([word, stem] entries), so
   * "quantiza" finds "quantiz", the stem of "quantization".
   */
  Engine.prototype.expand = function (clause) {
    var self = this;
    var exact = clause.prefix ? [] : unique([clause.term].concat(clause.alternatives || []));
    var prefixes = clause.prefix ? [clause.term] : clause.typing ? unique([clause.raw, clause.term]) : [];
    var wanted = exact.map(function (t) { return self.shardOf(t); });
    prefixes.forEach(function (p) { wanted = wanted.concat(self.shardsOfPrefix(p)); });
    var begins = function (term) { return prefixes.some(function (p) { return term.lastIndexOf(p, 0) === 0; }); };
    var found = new Map(), stems = new Set();
    var collect = function (loaded) {
      loaded.forEach(function (shard) {
        shard.forEach(function (entry) {
          var term = entry[0];
          if (entry.length === 2) { if (begins(term)) stems.add(entry[1]); }
          else if ((exact.indexOf(term) >= 0 || begins(term) || stems.has(term)) && !found.has(term)) found.set(term, decode(entry));
        });
      });
    };
    return this.shards(wanted).then(function (loaded) {
      collect(loaded);
      var missing = Array.from(stems).filter(function (t) { return !found.has(t); });
      if (!missing.length) return found;
      return self.shards(missing.map(function (t) { return self.shardOf(t); }).slice(0, 8)).then(function (more) {
        collect(more);
        return found;
      });
    });
  };

  // Number strings (NumberString in C#): each number is its high digits in base 11 then its last digit in base 80,
  // one character each from the 91 printable ASCII characters '#' to '~' without the backslash.
  var FIRST_DIGIT = 35, LAST_BASE = 80, HIGH_BASE = 11;

  /** The numbers of a number string; with one = true, [the first number, the index after it]. */
  function numbers(text, one) {
    var out = [], high = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var digit = c - FIRST_DIGIT - (c > 92 ? 1 : 0);
      if (digit >= LAST_BASE) high = high * HIGH_BASE + digit - LAST_BASE;
      else if (one) return [high * LAST_BASE + digit, i + 1];
      else { out.push(high * LAST_BASE + digit); high = 0; }
    }
    return out;
  }

  /** The shards' separators from the manifest's front-coded string (ShardedIndexWriter.ShardKeys). */
  function separators(text) {
    var out = [];
    text.split(' ').forEach(function (entry, i) {
      var shared = numbers(entry, true);
      out.push((i ? out[i - 1].slice(0, shared[0]) : '') + entry.slice(shared[1]));
    });
    return out;
  }

  // [term, ref gaps, values] or [term, ref gaps, distinct values as gaps, indexes into them], each a number string,
  // a value being weight * 64 + field mask (see ShardedIndexWriter), then for a term with a tail {n, w: [highest weight
  // of each tier and of the blocks], x: first tail file, t: tiers, b: blocks, s: refs per block} -> typed arrays of refs,
  // weights and masks, and the tail with what is fetched of it: next (tiers), blocks (a flag per block), left (blocks).
  function decode(entry) {
    var last = entry[entry.length - 1];
    var tail = typeof last === 'object' ? last : null;
    var parts = tail ? entry.length - 1 : entry.length;
    var gaps = numbers(entry[1]), n = gaps.length, given = numbers(entry[2]), index = parts === 4 ? numbers(entry[3]) : null;
    if (index) for (var d = 1; d < given.length; d++) given[d] += given[d - 1];
    var refs = new Int32Array(n), weights = new Float64Array(n), masks = new Uint8Array(n), ref = 0;
    for (var i = 0; i < n; i++) {
      ref += gaps[i];
      refs[i] = ref;
      var value = index ? given[index[i]] : given[i];
      masks[i] = value % 64;
      weights[i] = (value - masks[i]) / 64;
    }
    return { refs: refs, weights: weights, masks: masks,
      tail: tail && { n: tail.n, w: tail.w, x: tail.x, t: tail.t, s: tail.s, next: 0, blocks: new Uint8Array(tail.b), left: tail.b } };
  }

  /** The highest weight a paper not among the fetched postings may still have for this tail. */
  function leftOf(tail) {
    return tail.next < tail.t ? tail.w[tail.next] : tail.w[tail.t];
  }

  /** Whether the paper's weight is known although it is not among the fetched postings: its block is in, so it lacks the term. */
  function knows(tail, doc) {
    return tail.next >= tail.t && tail.blocks[Math.floor(doc / tail.s)] === 1;
  }

  function unique(list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); }

  /**
   * Fetches more of these postings' tails and joins it to them: with what = 'all' every tier and block left, with
   * 'tier' the next tier of each, with an array of refs the blocks holding those refs (once the tiers are in).
   * Resolves to the number of files fetched.
   */
  Engine.prototype.complete = function (postings, what) {
    var self = this;
    return Promise.all(postings.filter(function (p) { return p.tail; }).map(function (p) {
      var tail = p.tail, numbers = [], tiers = 0;
      var tiersTo = what === 'all' ? tail.t : what === 'tier' ? Math.min(tail.next + 1, tail.t) : tail.next;
      for (var i = tail.next; i < tiersTo; i++) { numbers.push(tail.x + i); tiers++; }
      var blocks = what === 'all' ? Array.from(tail.blocks, function (_, b) { return b; }) : Array.isArray(what) && tail.next >= tail.t
        ? unique(what.map(function (doc) { return Math.floor(doc / tail.s); })) : [];
      blocks = blocks.filter(function (b) { return !tail.blocks[b]; });
      blocks.forEach(function (b) { numbers.push(tail.x + tail.t + b); });
      return Promise.all(numbers.map(function (x) { return self.file('x' + x + '.json'); })).then(function (files) {
        var parts = [p].concat(files.map(function (file) { return decode([''].concat(file)); }));
        var length = parts.reduce(function (sum, part) { return sum + part.refs.length; }, 0);
        ['refs', 'weights', 'masks'].forEach(function (key) {
          var joined = new p[key].constructor(length), at = 0;
          parts.forEach(function (part) { joined.set(part[key], at); at += part[key].length; });
          p[key] = joined;
        });
        tail.next += tiers;
        blocks.forEach(function (b) { tail.blocks[b] = 1; });
        tail.left -= blocks.length;
        if (tail.next >= tail.t && tail.left === 0) p.tail = null;
        return files.length;
      });
    })).then(function (counts) { return counts.reduce(function (a, b) { return a + b; }, 0); });
  };

  /**
   * Runs a query: resolves to {hits: [{ref, score}] best first, terms: the index terms that matched,
   * clauses, complete, atLeast}. The score is lunr's: the sum over query terms of boost times the paper's
   * summed weight, divided by the length of the query vector. A scope filters papers to those with the term
   * in that field (the sharded index keeps one weight per paper, so a scoped score still counts every field).
   * With options.partial = k, a query of optional words fetches the tiers of common terms' tails, strongest
   * first, then the blocks of the papers whose place is in doubt, only until its first k papers are certain; then
   * hits holds just the certain papers, complete is false and atLeast is a lower bound of how many papers match.
   */
  Engine.prototype.search = function (input, options) {
    var self = this;
    var clauses = parseQuery(input, options);
    var partial = options && options.partial;
    return this.load().then(function () {
      return Promise.all(clauses.map(function (c) { return self.expand(c); }));
    }).then(function (expansions) {
      var all = [];
      expansions.forEach(function (found) { found.forEach(function (p) { all.push(p); }); });
      var plain = clauses.every(function (c) { return c.presence === 'optional' && !c.fields; });
      if (!all.some(function (p) { return p.tail; })) return self.rank(clauses, expansions, 0);
      var whole = function () { return self.complete(all, 'all').then(function () { return self.rank(clauses, expansions, 0); }); };
      if (!partial || !plain) return whole();
      // The strongest tiers first, then the blocks of the papers still in doubt, until the first papers are certain.
      var certain = function () {
        var result = self.rank(clauses, expansions, partial);
        if (result.complete || result.hits.length) return result;
        var tiersLeft = all.some(function (p) { return p.tail && p.tail.next < p.tail.t; });
        return (result.unsure ? self.complete(all, tiersLeft ? 'tier' : result.unsure) : Promise.resolve(0))
          .then(function (fetched) { return fetched ? certain() : whole(); });
      };
      return certain();
    });
  };

  /** Scores the expansions; with certain = k > 0 and tails left out, returns the certain papers if there are k of them. */
  Engine.prototype.rank = function (clauses, expansions, certain) {
    var n = this.manifest.documents;
    var score = new Float64Array(n), matched = new Uint8Array(n), excluded = new Uint8Array(n);
    var requiredHits = new Int32Array(n), seenInClause = new Int32Array(n), required = 0;
    var boosts = new Map(), termMasks = new Map(), postingsOf = new Map();
    var fieldIndex = {};
    this.manifest.fields.forEach(function (f, i) { fieldIndex[f] = i; });

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

    // What the tail not fetched could still add to a paper: the highest weight left of each tailed term whose
    // fetched postings lack the paper and whose block holding it is not in.
    var norm = 0, tailsMax = 0, open = [], atLeast = 0;
    boosts.forEach(function (boost, term) {
      norm += boost * boost;
      var p = postingsOf.get(term), mask = termMasks.get(term);
      var has = p.tail && certain ? new Uint8Array(n) : null;
      if (p.tail) {
        tailsMax += boost * leftOf(p.tail);
        open.push({ gain: boost * leftOf(p.tail), tail: p.tail, has: has });
        atLeast = Math.max(atLeast, p.tail.n);
      }
      for (var k = 0; k < p.refs.length; k++) {
        if (!(p.masks[k] & mask)) continue;
        score[p.refs[k]] += boost * p.weights[k];
        matched[p.refs[k]] = 1;
        if (has) has[p.refs[k]] = 1;
      }
    });
    norm = Math.sqrt(norm) * 1000;
    var hits = [];
    for (var doc = 0; doc < n; doc++) {
      if (matched[doc] && !excluded[doc] && requiredHits[doc] === required) hits.push({ ref: doc, score: score[doc] / norm });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.ref - b.ref; });
    var result = { hits: hits, terms: Array.from(boosts.keys()), clauses: clauses, complete: true, atLeast: hits.length };
    if (!certain || !open.length) return result;

    // A paper's place is certain when its score is whole (every tailed term's weight for it is known) and no paper
    // after it whose score is not, nor one outside every fetched part, could reach it (a tie could go before it:
    // equal scores go by ref).
    var missing = function (ref) {
      return open.reduce(function (sum, o) { return o.has[ref] || knows(o.tail, ref) ? sum : sum + o.gain; }, 0);
    };
    // Weights are whole thousandths, so the sums are exact; dividing once keeps upper and score comparable.
    var upper = hits.map(function (h) { return (score[h.ref] + missing(h.ref)) / norm; });
    var bound = tailsMax / norm, sure = 0, after = new Float64Array(hits.length + 1);
    after[hits.length] = bound;
    for (var i = hits.length - 1; i >= 0; i--) after[i] = upper[i] === hits[i].score ? after[i + 1] : Math.max(after[i + 1], upper[i]);
    while (sure < hits.length && upper[sure] === hits[sure].score && hits[sure].score > after[sure + 1]) sure++;
    if (sure < Math.min(certain, hits.length) || sure === 0) {
      // In doubt: the papers whose score is not whole and could still be among the first k, or, when a paper
      // outside every fetched part could, all of them.
      var threshold = hits.length >= certain ? hits[certain - 1].score : -Infinity;
      var unsure = bound >= threshold ? 'all'
        : hits.filter(function (h, at) { return upper[at] !== h.score && upper[at] >= threshold; }).map(function (h) { return h.ref; });
      return { complete: false, hits: [], unsure: unsure };
    }
    result.hits = hits.slice(0, sure);
    result.complete = false;
    result.atLeast = Math.max(atLeast, hits.length);
    return result;
  };

  /**
   * Result-store rows for refs: {ref, title, authors: [[name, slug]] (the first six), authorCount (all), year, date (YYYY-MM-DD), venue,
   * topics: [[slug, title]], slug, snippet (the start of the abstract or notes)}.
   */
  Engine.prototype.documents = function (refs) {
    var self = this;
    var perBlock = self.manifest.rows;  // a file holds refs block * rows on
    return Promise.all(refs.map(function (ref) {
      return self.file('r' + Math.floor(ref / perBlock) + '.json').then(function (block) { return block[ref % perBlock]; });
    }))
      .then(function (rows) {
        return refs.map(function (ref, i) {
          var row = rows[i];
          return { ref: ref, title: row[0], authors: row[1].map(function (name, a) { return [name, row[7][a]]; }), authorCount: row[8], year: Number(row[5].slice(0, 4)),
            date: row[5], venue: row[6], topics: row[2].map(function (t) { return self.manifest.topics[t]; }), slug: row[3], snippet: row[4] };
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

  /**
   * "Did you mean": for the words of a query that match nothing, the most frequent written word of the index
   * within two edits (one for words of up to four letters), among the words that begin with the same letter
   * (the vocabulary is split by first letter, w{letter}.json). Resolves to the corrected query, or null.
   */
  Engine.prototype.suggest = function (query, clauses) {
    var self = this;
    var words = clauses.filter(function (c) { return !c.script && !c.prefix && c.presence !== 'prohibited' && /^[a-z]{3,}$/.test(c.raw); });
    return Promise.all(words.map(function (c) {
      return self.expand({ term: c.term, raw: c.raw, alternatives: c.alternatives }).then(function (found) {
        if (found.size) return null;
        return self.file('w' + c.raw.charAt(0) + '.json').then(function (vocabulary) {
          var limit = c.raw.length <= 4 ? 1 : 2, best = null;
          vocabulary.forEach(function (entry) {
            if (best && entry[1] < best[1]) return;
            var d = editDistance(c.raw, entry[0], limit);
            if (d <= limit && d > 0 && (!best || entry[1] > best[1] || d < best[2])) best = [entry[0], entry[1], d];
          });
          return best && [c.raw, best[0]];
        }, function () { return null; });
      });
    })).then(function (fixes) {
      var text = normalise(query).toLowerCase(), changed = false;
      fixes.forEach(function (fix) {
        if (!fix) return;
        text = text.split(/(\s+)/).map(function (w) { return trim(w) === fix[0] ? w.replace(fix[0], fix[1]) : w; }).join('');
        changed = true;
      });
      return changed ? text : null;
    });
  };

  /** Levenshtein distance, or limit + 1 as soon as it must exceed limit. */
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var previous = [], current = [];
    for (var j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var rowMin = i;
      for (var k = 1; k <= b.length; k++) {
        current[k] = Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + (a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1));
        rowMin = Math.min(rowMin, current[k]);
      }
      if (rowMin > limit) return limit + 1;
      previous = current;
    }
    return previous[b.length];
  }

  /**
   * The reading paths whose titles hold every word the query looks for and none it excludes, matched by the
   * rules papers are (stems, spellings, the word being typed or word* as the start of a title word, script
   * terms): [{slug, title}] in manifest order. A clause scoped to a field other than the title matches no path.
   */
  Engine.prototype.paths = function (clauses) {
    var wanted = clauses.filter(function (c) { return c.presence !== 'prohibited'; });
    var excluded = clauses.filter(function (c) { return c.presence === 'prohibited'; });
    if (!wanted.length) return [];
    return (this.manifest.paths || []).filter(function (p) {
      var terms = titleTerms(p[1]);
      return wanted.every(function (c) { return titleHas(terms, c); }) && !excluded.some(function (c) { return titleHas(terms, c); });
    }).map(function (p) { return { slug: p[0], title: p[1] }; });
  };

  /** A title's words as the index would hold them: {word (trimmed), stem}, script terms as both. */
  function titleTerms(title) {
    var out = [];
    tokens(title).forEach(function (token) {
      var word = trim(token);
      if (word) out.push({ word: word, stem: stem(word) });
      scriptTerms(token, word).forEach(function (t) { out.push({ word: t, stem: t }); });
    });
    return out;
  }

  function titleHas(terms, clause) {
    if (clause.fields && clause.fields.indexOf('title') < 0) return false;
    var exact = [clause.term].concat(clause.alternatives || []);
    var open = clause.prefix || clause.typing;
    return terms.some(function (t) {
      return exact.indexOf(t.stem) >= 0 || (open && (t.word.lastIndexOf(clause.raw, 0) === 0 || t.stem.lastIndexOf(clause.term, 0) === 0));
    });
  }

  /** The year of a ref, from the manifest's runs (refs go newest first). */
  Engine.prototype.yearOf = function (ref) {
    var years = this.manifest.years;
    for (var i = 0; i < years.length; i++) if (ref < years[i][1] + years[i][2]) return years[i][0];
    return null;
  };

  var api = { normalise: normalise, tokens: tokens, trim: trim, stem: stem, indexTerms: indexTerms, scriptTerms: scriptTerms,
    stopWords: STOP_WORDS, parseQuery: parseQuery, spellings: spellings, editDistance: editDistance, Engine: Engine };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.SiteGenSearch = api;
})(typeof self !== 'undefined' ? self : this);
