/*
 * The search page: answers as you type from the sharded index (search-core.js), filters by topic and
 * years with counts, keeps the query in the URL, and builds every result from text nodes, so nothing a
 * contributor wrote can become markup.
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
  var home = box.getAttribute('data-home');
  var PAGE = 10;
  var DEBOUNCE_MS = 120;

  var engine = new S.Engine(new URL(box.getAttribute('data-manifest'), location.href).href, function (url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(response.status + ' ' + url);
      return response.json();
    });
  });
  box.querySelector('.search-layout').hidden = false;

  var generation = 0;
  var filtered = [];
  var shown = 0;
  var matchedTerms = new Set();
  var prefixes = [];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  // ---- URL state ----

  function readUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    return { topic: params.get('topic') || '', from: params.get('from') || '', to: params.get('to') || '' };
  }

  function writeUrl(push) {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value);
    if (topicSelect.value) params.set('topic', topicSelect.value);
    if (fromSelect.value) params.set('from', fromSelect.value);
    if (toSelect.value) params.set('to', toSelect.value);
    var query = params.toString();
    var url = location.pathname + (query ? '?' + query : '');
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  // ---- Filters ----

  function fillSelect(select, options, wanted) {
    var current = wanted !== undefined ? wanted : select.value;
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
  // 100,000): small collections load it with the first search, large ones once the topic filter is used.
  var EAGER_TOPICS_UP_TO = 20000;
  var topicSets = null;
  function wantTopics(now) {
    if (topicSets || !(now || engine.manifest.documents <= EAGER_TOPICS_UP_TO)) return Promise.resolve(topicSets);
    return engine.topicSets().then(function (sets) { topicSets = sets; return sets; });
  }
  topicSelect.addEventListener('focus', function () {
    if (!topicSets && engine.manifest) wantTopics(true).then(function () { if (input.value.trim()) run(false); });
  });

  function applyFilters(hits, wanted) {
    var m = engine.manifest;
    var topic = wanted ? wanted.topic : topicSelect.value;
    var from = Number((wanted ? wanted.from : fromSelect.value) || -Infinity);
    var to = Number((wanted ? wanted.to : toSelect.value) || Infinity);
    var topicIndex = m.topics.findIndex(function (t) { return t[0] === topic; });
    var inTopic = function (h) { return topicIndex < 0 || !topicSets || topicSets[topicIndex].has(h.ref); };
    var inYears = function (h) { var y = engine.yearOf(h.ref); return y >= from && y <= to; };

    // Each filter's counts are over the results the other filter leaves.
    var byYear = hits.filter(inYears);
    fillSelect(topicSelect, m.topics.map(function (t, i) {
      if (!topicSets) return { value: t[0], label: t[1], count: 1 };
      var count = byYear.filter(function (h) { return topicSets[i].has(h.ref); }).length;
      return { value: t[0], label: t[1] + ' (' + count + ')', count: count };
    }).filter(function (o) { return o.count > 0 || o.value === topic; }), topic);
    topicSelect.options[0].textContent = 'All topics (' + byYear.length + ')';

    var byTopic = hits.filter(inTopic);
    var years = m.years.map(function (y) {
      var count = byTopic.filter(function (h) { return engine.yearOf(h.ref) === y[0]; }).length;
      return { value: String(y[0]), label: y[0] + ' (' + count + ')' };
    });
    fillSelect(fromSelect, years.slice().reverse(), wanted ? wanted.from : undefined);
    fillSelect(toSelect, years, wanted ? wanted.to : undefined);
    return hits.filter(function (h) { return inTopic(h) && inYears(h); });
  }

  // ---- Results ----

  function matches(word) {
    var term = S.trim(S.normalise(word).toLowerCase());
    if (!term) return false;
    if (matchedTerms.has(S.stem(term))) return true;
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

  /** The stored snippet from a little before its first match, so the match is in view. */
  function excerpt(text) {
    var words = text.split(' ');
    var at = words.findIndex(matches);
    return at > 12 ? '…' + words.slice(at - 6).join(' ') : text;
  }

  function renderDocument(doc) {
    var item = el('li', 'card paper-card search-result');
    var heading = el('h2', 'card-title');
    var link = highlight(el('a', 'result-link'), doc.title);
    link.href = home + 'papers/' + encodeURIComponent(doc.slug) + '/';
    heading.appendChild(link);
    item.appendChild(heading);

    var authors = el('p', 'card-authors');
    var names = doc.authors.slice(0, 6).join(', ') + (doc.authors.length > 6 ? ' and ' + (doc.authors.length - 6) + ' more' : '');
    highlight(authors, names || 'Authors unknown');
    item.appendChild(authors);
    var meta = el('p', 'card-meta');
    meta.appendChild(el('span', null, String(doc.year)));
    item.appendChild(meta);
    if (doc.snippet) item.appendChild(highlight(el('p', 'search-snippet'), excerpt(doc.snippet)));
    if (doc.topics.length) {
      var chips = el('ul', 'chips');
      chips.setAttribute('aria-label', 'Topics');
      doc.topics.forEach(function (t) {
        var li = el('li');
        var a = el('a', 'chip', t[1]);
        a.href = home + 'topics/' + encodeURIComponent(t[0]) + '/';
        li.appendChild(a);
        chips.appendChild(li);
      });
      item.appendChild(chips);
    }
    return item;
  }

  function showMore(mine) {
    var next = filtered.slice(shown, shown + PAGE);
    shown += next.length;
    more.hidden = shown >= filtered.length;
    return engine.documents(next.map(function (h) { return h.ref; })).then(function (docs) {
      if (mine !== generation) return;
      docs.forEach(function (doc) { list.appendChild(renderDocument(doc)); });
    });
  }

  function say(text) { status.textContent = text; }

  function describe(count, query) {
    var filters = topicSelect.value || fromSelect.value || toSelect.value;
    if (count === 0 && filters) return 'No papers match “' + query + '” with these filters. Try another topic or more years.';
    if (count === 0) return 'No papers match “' + query + '”. Check the spelling, use fewer words, or browse the topics and authors.';
    return (count === 1 ? '1 paper matches' : count + ' papers match') + ' “' + query + '”' + (filters ? ' with these filters.' : '.');
  }

  // ---- Running a search ----

  function run(push, wanted) {
    var mine = ++generation;
    var query = input.value.trim();
    if (!wanted) writeUrl(push);  // a state read from the URL is written back once the filters exist
    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      filtered = [];
      say('Type a title word, an author or a topic.');
      return Promise.resolve();
    }
    var slow = setTimeout(function () { if (mine === generation) say('Searching…'); }, 200);
    var topic = wanted ? wanted.topic : topicSelect.value;
    return Promise.all([engine.search(query, { prefixLastWord: true }), engine.load().then(function () { return wantTopics(!!topic); })])
      .then(function (answer) {
        // The answer is here: "Searching…" must not replace it while the papers are fetched and drawn.
        clearTimeout(slow);
        if (mine !== generation) return;
        var result = answer[0];
        matchedTerms = new Set(result.terms);
        prefixes = result.clauses.filter(function (c) { return c.prefix || c.typing; }).map(function (c) { return c.raw; });
        filtered = applyFilters(result.hits, wanted);
        if (wanted) writeUrl(false);
        shown = 0;
        list.replaceChildren();
        if (!result.clauses.length) say('Nothing to look for in “' + query + '”: very common words (the, of, and) and punctuation are ignored.');
        else if (result.clauses.every(function (c) { return c.presence === 'prohibited'; })) say('Add a word to look for: “-word” only excludes papers.');
        else say(describe(filtered.length, query));
        return showMore(mine);
      })
      .catch(function () {
        if (mine === generation) say('Search could not load its index. If the site was just updated, reload the page.');
      })
      .finally(function () { clearTimeout(slow); });
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
