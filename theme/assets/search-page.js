/*
 * The search page: answers as you type from the sharded index (search-core.js), lists a topic's or years'
 * papers without a query, filters with counts, keeps the query and filters in the URL, offers "Did you mean"
 * when nothing matches, downloads the results as BibTeX, and builds every result from text nodes, so nothing
 * a contributor wrote can become markup.
 */
(function () {
  'use strict';
  var S = window.SiteGenSearch;
  var box = document.querySelector('[data-search]');
  if (!box || !S) return;

  var input = box.querySelector('#search-input');
  var form = box.querySelector('.search-form');
  var status = box.querySelector('.search-status');
  var list = box.querySelector('.search-results');
  var more = box.querySelector('.search-more');
  var topicSelect = box.querySelector('#search-topic');
  var fromSelect = box.querySelector('#search-from');
  var toSelect = box.querySelector('#search-to');
  var filterCount = box.querySelector('.search-filter-count');
  var bibtexButton = box.querySelector('.search-bibtex');
  var pathsBox = box.querySelector('.search-paths');
  var home = box.getAttribute('data-home');
  var PAGE = 10;
  var DEBOUNCE_MS = 120;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  var fetchJson = function (url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(response.status + ' ' + url);
      return response.json();
    });
  };
  var engine = new S.Engine(new URL(box.getAttribute('data-manifest'), location.href).href, fetchJson);

  var generation = 0;
  var filtered = [];
  var partial = null;  // while only the certain best papers of a query are known: {input, atLeast}
  var shown = 0;
  var matchedTerms = new Set();
  var prefixes = [];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function link(text, href, className) {
    var a = el('a', className, text);
    a.href = href;
    return a;
  }

  // ---- URL state ----

  function readUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    return { topic: params.get('topic') || '', from: params.get('from') || '', to: params.get('to') || '' };
  }

  function urlFor(query, wanted) {
    var params = new URLSearchParams();
    if (query.trim()) params.set('q', query);
    if (wanted.topic) params.set('topic', wanted.topic);
    if (wanted.from) params.set('from', wanted.from);
    if (wanted.to) params.set('to', wanted.to);
    var search = params.toString();
    return location.pathname + (search ? '?' + search : '');
  }

  function writeUrl(push, wanted) {
    var url = urlFor(input.value, wanted);
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  // ---- Filters ----

  function fillSelect(select, options, current) {
    while (select.options.length > 1) select.remove(1);
    options.forEach(function (o) {
      var option = el('option', null, o.label);
      option.value = o.value;
      select.appendChild(option);
    });
    select.value = current;
    if (select.value !== current) select.value = '';
  }

  // Topic membership is one file for the whole collection (21 KB gzip at 10,000 papers, 200 KB at
  // 100,000): small collections load it at once, large ones once a topic is asked for.
  var EAGER_TOPICS_UP_TO = 20000;
  var topicSets = null;
  function wantTopics(now) {
    if (topicSets || !(now || engine.manifest.documents <= EAGER_TOPICS_UP_TO)) return Promise.resolve(topicSets);
    return engine.topicSets().then(function (sets) { topicSets = sets; return sets; });
  }
  topicSelect.addEventListener('focus', function () {
    if (!topicSets && engine.manifest) wantTopics(true).then(function () { run(false); });
  });

  /** The filters' state: what the URL asked for while the selects are still being filled, else the selects. */
  function filtersOf(wanted) {
    return wanted || { topic: topicSelect.value, from: fromSelect.value, to: toSelect.value };
  }

  /**
   * Keeps the hits the filters allow and fills the selects with counts over the hits the other filters leave
   * (no counts while the hits are only the certain best of a query).
   */
  function applyFilters(hits, wanted, counted) {
    var m = engine.manifest;
    var topicIndex = m.topics.findIndex(function (t) { return t[0] === wanted.topic; });
    var from = Number(wanted.from || -Infinity), to = Number(wanted.to || Infinity);
    var inTopic = function (h) { return topicIndex < 0 || !topicSets || topicSets[topicIndex].has(h.ref); };
    var inYears = function (h) { var y = engine.yearOf(h.ref); return y >= from && y <= to; };

    var byYear = hits.filter(inYears);
    fillSelect(topicSelect, m.topics.map(function (t, i) {
      if (!topicSets || !counted) return { value: t[0], label: t[1], count: 1 };
      var count = byYear.filter(function (h) { return topicSets[i].has(h.ref); }).length;
      return { value: t[0], label: t[1] + ' (' + count + ')', count: count };
    }).filter(function (o) { return o.count > 0 || o.value === wanted.topic; }), wanted.topic);
    topicSelect.options[0].textContent = counted ? 'All topics (' + byYear.length + ')' : 'All topics';

    var byTopic = hits.filter(inTopic);
    var years = m.years.map(function (y) {
      var count = byTopic.filter(function (h) { return engine.yearOf(h.ref) === y[0]; }).length;
      return { value: String(y[0]), label: counted ? y[0] + ' (' + count + ')' : String(y[0]) };
    });
    fillSelect(fromSelect, years.slice().reverse(), wanted.from);
    fillSelect(toSelect, years, wanted.to);
    var active = [topicSelect.value, fromSelect.value || toSelect.value].filter(Boolean).length;
    filterCount.textContent = active ? ' · ' + active : '';
    return hits.filter(function (h) { return inTopic(h) && inYears(h); });
  }

  // ---- Results ----

  function matches(word) {
    var term = S.trim(S.normalise(word).toLowerCase());
    if (!term) return false;
    if (matchedTerms.has(S.stem(term)) || matchedTerms.has(term)) return true;
    return prefixes.some(function (p) { return term.lastIndexOf(p, 0) === 0; });
  }

  /** Appends text to a node with the words the query matched inside <mark> (punctuation around them left out). */
  function highlight(node, text) {
    String(text).split(/([\s\-]+)/).forEach(function (piece) {
      if (!piece) return;
      var parts = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(piece);
      if (parts[2] && matches(parts[2])) {
        if (parts[1]) node.appendChild(document.createTextNode(parts[1]));
        node.appendChild(el('mark', null, parts[2]));
        if (parts[3]) node.appendChild(document.createTextNode(parts[3]));
      } else node.appendChild(document.createTextNode(piece));
    });
    return node;
  }

  /** About 40 words of the stored text, starting a little before its first match so the match shows. */
  function excerpt(text) {
    var words = text.split(' ');
    var at = words.findIndex(matches);
    var start = at > 8 ? at - 6 : 0;
    var cut = words.slice(start, start + 40).join(' ');
    return (start > 0 ? '…' : '') + cut + (start + 40 < words.length && !/…$/.test(cut) ? '…' : '');
  }

  function displayDate(iso) {
    var parts = iso.split('-');
    return Number(parts[2]) + ' ' + MONTHS[Number(parts[1]) - 1] + ' ' + parts[0];
  }

  function renderDocument(doc) {
    var item = el('li', 'card paper-card search-result');
    var heading = el('h2', 'card-title');
    var title = highlight(el('a', 'result-link'), doc.title);
    title.href = home + 'papers/' + encodeURIComponent(doc.slug) + '/';
    heading.appendChild(title);
    item.appendChild(heading);

    var authors = el('p', 'card-authors');
    doc.authors.forEach(function (a, i) {
      if (i > 0) authors.appendChild(document.createTextNode(', '));
      authors.appendChild(highlight(link('', home + 'authors/' + encodeURIComponent(a[1]) + '/'), a[0]));
    });
    if (doc.authorCount > doc.authors.length) authors.appendChild(el('span', 'muted', ' and ' + (doc.authorCount - doc.authors.length) + ' more'));
    if (!doc.authors.length) authors.appendChild(el('span', 'muted', 'Authors unknown'));
    item.appendChild(authors);
    var meta = el('p', 'card-meta');
    meta.appendChild(el('span', 'search-date', displayDate(doc.date)));
    if (doc.venue) meta.appendChild(highlight(el('span', 'search-venue'), doc.venue));
    item.appendChild(meta);
    if (doc.snippet) item.appendChild(highlight(el('p', 'search-snippet'), excerpt(doc.snippet)));
    if (doc.topics.length) {
      var chips = el('ul', 'chips');
      chips.setAttribute('aria-label', 'Topics');
      doc.topics.forEach(function (t) {
        var li = el('li');
        li.appendChild(link(t[1], home + 'topics/' + encodeURIComponent(t[0]) + '/', 'chip'));
        chips.appendChild(li);
      });
      item.appendChild(chips);
    }
    return item;
  }

  /** The reading paths whose titles match, linked above the papers; hidden when none do. */
  function showPaths(paths) {
    var items = paths.map(function (p) {
      var li = el('li');
      li.appendChild(highlight(link('', home + 'paths/' + encodeURIComponent(p.slug) + '/'), p.title));
      return li;
    });
    pathsBox.querySelector('ul').replaceChildren.apply(pathsBox.querySelector('ul'), items);
    pathsBox.hidden = items.length === 0;
  }

  function showMore(mine) {
    if (partial && shown + PAGE > filtered.length) return completeResults(mine).then(function () { return mine === generation && showMore(mine); });
    var next = filtered.slice(shown, shown + PAGE);
    shown += next.length;
    more.hidden = shown >= filtered.length && !partial;
    return engine.documents(next.map(function (h) { return h.ref; })).then(function (docs) {
      if (mine !== generation) return;
      docs.forEach(function (doc) { list.appendChild(renderDocument(doc)); });
    });
  }

  /** Sets the status line from strings and nodes. */
  function say() {
    status.replaceChildren.apply(status, Array.prototype.map.call(arguments, function (part) {
      return typeof part === 'string' ? document.createTextNode(part) : part;
    }));
  }

  function describe(count, query, filters) {
    var filtering = filters.topic || filters.from || filters.to;
    var matching = (partial ? 'At least ' + partial.atLeast + ' papers match' : count === 1 ? '1 paper matches' : count + ' papers match') + ' “' + query + '”';
    if (count > 0) return [matching + (filtering ? ' with these filters.' : '.')];
    if (filtering) return ['No papers match “' + query + '” with these filters. Try another topic or more years.'];
    return ['No papers match “' + query + '”. Check the spelling, use fewer words, or browse ',
      link('the topics', box.getAttribute('data-topics')), ' and ', link('the authors', box.getAttribute('data-authors')), '.'];
  }

  function describeBrowse(count, filters) {
    var topic = engine.manifest.topics.find(function (t) { return t[0] === filters.topic; });
    var years = filters.from && filters.to ? (filters.from === filters.to ? 'in ' + filters.from : 'from ' + filters.from + ' to ' + filters.to)
      : filters.from ? 'from ' + filters.from + ' on' : filters.to ? 'up to ' + filters.to : '';
    var what = [topic ? 'in “' + topic[1] + '”' : '', years].filter(Boolean).join(' ');
    return (count === 1 ? '1 paper ' : count + ' papers ') + what + ', newest first.';
  }

  /** "Did you mean": a link that runs the suggested query with the same filters. */
  function suggest(query, clauses, filters, mine) {
    return engine.suggest(query, clauses).then(function (better) {
      if (!better || mine !== generation) return;
      var a = link(better, urlFor(better, filters), 'search-suggestion');
      a.addEventListener('click', function (event) {
        event.preventDefault();
        input.value = better;
        run(true);
      });
      status.appendChild(el('span', 'search-did-you-mean'));
      status.lastChild.append(' Did you mean ', a, '?');
    });
  }

  // ---- Running a search ----

  function run(push, wanted) {
    var mine = ++generation;
    var query = input.value.trim();
    var filters = filtersOf(wanted);
    if (!wanted) writeUrl(push, filters);  // a state read from the URL is written back once the filters exist
    var browsing = !query;
    var slow = setTimeout(function () { if (mine === generation) say('Searching…'); }, 200);
    var filtering = filters.topic || filters.from || filters.to;
    // Without filters, the first page only needs the certain best papers: common words' tails wait for "more".
    var answer = browsing ? engine.load().then(function () { return { hits: null, terms: [], clauses: [], complete: true } ; })
      : engine.search(input.value, { prefixLastWord: true, spellings: true, partial: filtering ? 0 : PAGE });
    return Promise.all([answer, engine.load().then(function () { return wantTopics(!!filters.topic); })])
      .then(function (answers) {
        // The answer is here: "Searching…" must not replace it while the papers are fetched and drawn.
        clearTimeout(slow);
        if (mine !== generation) return;
        var result = answers[0];
        var hits = result.hits || allPapers();
        matchedTerms = new Set(result.terms);
        prefixes = result.clauses.filter(function (c) { return c.prefix || c.typing; }).map(function (c) { return c.raw; });
        partial = result.complete ? null : { input: input.value, atLeast: result.atLeast };
        var kept = applyFilters(hits, filters, result.complete);
        if (wanted) writeUrl(false, filters);
        filtered = browsing && !filtering ? [] : kept;
        shown = 0;
        list.replaceChildren();
        showPaths(browsing ? [] : engine.paths(result.clauses));
        bibtexButton.disabled = filtered.length === 0;
        if (browsing && !filtering) say('Type a title word, an author or a topic, or pick a topic or years under Filters.');
        else if (browsing) say(describeBrowse(filtered.length, filters));
        else if (!result.clauses.length) say('Nothing to look for in “' + query + '”: very common words (the, of, and) and punctuation are ignored.');
        else if (result.clauses.every(function (c) { return c.presence === 'prohibited'; })) say('Add a word to look for: “-word” only excludes papers.');
        else {
          say.apply(null, describe(filtered.length, query, filters));
          if (result.hits.length === 0) suggest(query, result.clauses, filters, mine);
        }
        return showMore(mine);
      })
      .catch(function () {
        if (mine === generation) say('Search could not load its index. If the site was just updated, reload the page.');
      })
      .finally(function () { clearTimeout(slow); });
  }

  /** Replaces the certain best papers of the query shown by all its results, counted. */
  function completeResults(mine) {
    if (!partial) return Promise.resolve();
    return engine.search(partial.input, { prefixLastWord: true, spellings: true }).then(function (result) {
      if (mine !== generation) return;
      var query = partial.input.trim();
      partial = null;
      filtered = applyFilters(result.hits, filtersOf(), true);
      say.apply(null, describe(filtered.length, query, filtersOf()));
    });
  }

  /** Every paper, newest first (refs count from the newest). */
  function allPapers() {
    var hits = [];
    for (var ref = 0; ref < engine.manifest.documents; ref++) hits.push({ ref: ref, score: 0 });
    return hits;
  }

  // ---- BibTeX of the results: each paper's record as its page shows it ----

  var BIBTEX_LIMIT = 1000;
  bibtexButton.addEventListener('click', function () {
    var label = Array.prototype.map.call(bibtexButton.childNodes, function (n) { return n.cloneNode(true); });
    bibtexButton.disabled = true;
    completeResults(generation).then(function () { return bibtex(label); });
  });

  // The pages' records, gathered by bibtex-download.js (the author pages' BibTeX button does the same).
  function bibtex(label) {
    var refs = filtered.slice(0, BIBTEX_LIMIT).map(function (h) { return h.ref; });
    engine.documents(refs).then(function (docs) {
      var urls = docs.map(function (d) { return new URL(home + 'papers/' + encodeURIComponent(d.slug) + '/', location.href).href; });
      return window.sitegenBibtex.collect(urls, function (done, total) { bibtexButton.textContent = 'BibTeX… ' + done + '/' + total; });
    }).then(function (text) {
      window.sitegenBibtex.save('search-results.bib', text);
      if (filtered.length > BIBTEX_LIMIT) say('The BibTeX file holds the first ' + BIBTEX_LIMIT + ' results; the whole collection is in papers.bib.');
    }).catch(function () {
      say('The BibTeX could not be fetched. If the site was just updated, reload the page.');
    }).finally(function () {
      bibtexButton.replaceChildren.apply(bibtexButton, label);
      bibtexButton.disabled = filtered.length === 0;
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(false); }, DEBOUNCE_MS);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(true);
  });
  [topicSelect, fromSelect, toSelect].forEach(function (select) {
    select.addEventListener('change', function () { run(true); });
  });
  more.addEventListener('click', function () { showMore(generation); });
  window.addEventListener('popstate', function () { run(false, readUrl()); });

  // Keyboard: ↓ from the box into the results, ↑/↓ between them, Esc back to the box, / to search.
  function resultLinks() { return Array.prototype.slice.call(list.querySelectorAll('a.result-link')); }
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && resultLinks().length) {
      event.preventDefault();
      resultLinks()[0].focus();
    }
  });
  list.addEventListener('keydown', function (event) {
    var links = resultLinks();
    var at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at >= 0 && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
    else if (event.key === 'ArrowUp' && at > 0) { event.preventDefault(); links[at - 1].focus(); }
    else if ((event.key === 'ArrowUp' && at === 0) || event.key === 'Escape') { event.preventDefault(); input.focus(); }
  });
  document.addEventListener('keydown', function (event) {
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement && document.activeElement.tagName);
    if (event.key === '/' && !typing) { event.preventDefault(); input.focus(); }
  });

  var wanted = readUrl();
  run(false, wanted);
  if (!input.value) input.focus();
})();
