// node browser-reader.mjs SEED_FOLDER SCRIPTS_FOLDER BASE_PATH GROUP
// What a reader notices on the search page, in Chromium, on the shipped seed site and on a fixture with CJK,
// Cyrillic, Greek and Arabic words, apostrophes in names, an author alias and a British spelling:
//   finding: every prefix while typing, every script, apostrophe variants, aliases, spellings, "Did you mean";
//   browsing: a topic or years without a query, the URL keeping them, what a result shows, BibTeX of all results;
//   paths: reading paths found by the words of their titles (any script, accents, the word being typed), linked above the papers;
//   layout: at 360 px the first result within 360 px, filters and help behind disclosures, layout shift < 0.05.
import fs from 'node:fs';
import { fail, finish } from './common.mjs';
import { launch, withPage as open, documents, search, shown, titles, statusText } from './served.mjs';

const [seed, scripts, base, group] = process.argv.slice(2);
const browser = await launch();
const withPage = (folder, work, options) => open(browser, folder, base, work, options);
const titleOf = (folder, slug) => documents(folder).find((d) => d.slug === slug).fields[0];

async function expectFirst(page, query, slugs, folder) {
  await search(page, query);
  const shownTitles = await titles(page);
  const wanted = slugs.map((s) => titleOf(folder, s));
  for (const title of wanted) if (!shownTitles.includes(title)) fail(`"${query}": "${title}" is not among the results ${JSON.stringify(shownTitles)}`);
  if (shownTitles.length !== wanted.length) fail(`"${query}": ${shownTitles.length} results, expected ${wanted.length}`);
}

async function finding() {
  await withPage(seed, async (page, home) => {
    await page.goto(home + 'search/');
    // Letter by letter: every prefix of two letters or more finds papers with the word.
    for (const word of ['quantization', 'accelerators', 'diffusion', 'inference']) {
      await page.fill('#search-input', '');
      for (let i = 1; i <= word.length; i++) {
        await page.type('#search-input', word[i - 1]);
        if (i < 2) continue;
        await shown(page, word.slice(0, i));
        const status = await statusText(page);
        if (!/papers? match/.test(status) || /^No papers/.test(status)) fail(`typing "${word.slice(0, i)}": ${status}`);
      }
    }
    await search(page, 'quantiza*');
    if (/^No papers/.test(await statusText(page))) fail('"quantiza*" finds nothing');
    // British and American spellings meet.
    await search(page, 'quantization');
    const american = await statusText(page);
    await search(page, 'quantisation');
    const british = await statusText(page);
    if (american.replace('quantization', '') !== british.replace('quantisation', '')) fail(`"quantisation": ${british}; "quantization": ${american}`);
    // A typo gets a suggestion from the index's own words, which runs the corrected query.
    await search(page, 'difusion');
    const suggestion = await page.$('.search-suggestion');
    if (!suggestion || (await suggestion.textContent()) !== 'diffusion') fail(`"difusion": no "Did you mean diffusion" (${await statusText(page)})`);
    else {
      await suggestion.click();
      await shown(page, 'diffusion');
      if (!(await titles(page)).length) fail('"Did you mean diffusion" shows no results');
    }
  });

  await withPage(scripts, async (page, home) => {
    await page.goto(home + 'search/');
    await expectFirst(page, '王小明', ['lantern-detection'], scripts);
    await expectFirst(page, '灯笼', ['lantern-detection'], scripts);
    await expectFirst(page, '王', ['lantern-detection'], scripts);
    await expectFirst(page, 'Соколов', ['sokolov-compression'], scripts);
    await expectFirst(page, 'сокол', ['sokolov-compression'], scripts);
    await expectFirst(page, 'μηχανική', ['greek-arabic'], scripts);
    await expectFirst(page, 'Παπαδόπουλος', ['greek-arabic'], scripts);
    await expectFirst(page, 'العميق', ['greek-arabic'], scripts);
    // O’Rourke and O'Rourke, N’Diaye and N'Diaye are one name whichever way they are written or typed.
    for (const q of ["o'rourke", 'O’Rourke']) await expectFirst(page, q, ['sokolov-compression', 'diffusion-quantisation'], scripts);
    for (const q of ["n'diaye", 'N’Diaye']) await expectFirst(page, q, ['greek-arabic', 'diffusion-quantisation'], scripts);
    // An alias declared in site.yml finds the author's papers.
    await expectFirst(page, 'le cun', ['convolutional-nets'], scripts);
    const marked = await page.$$eval('.search-result .card-authors a', (as) => as.map((a) => a.textContent));
    if (!marked.includes('Yann LeCun')) fail(`"le cun": the result shows the authors ${marked}, not Yann LeCun`);
  });
}

async function browsing() {
  await withPage(seed, async (page, home) => {
    // A topic without a query: its papers, newest first, and counts in the filters before any typing.
    await page.goto(home + 'search/?topic=llm-inference');
    await page.waitForSelector('.search-result');
    const status = await statusText(page);
    const count = Number((status.match(/^(\d+) papers? in/) || [])[1]);
    if (!count) fail(`browsing a topic: status "${status}"`);
    const option = await page.$eval('#search-topic', (s) => s.selectedOptions[0].textContent);
    if (option !== `LLM Inference and Serving (${count})`) fail(`browsing a topic: the selected option is "${option}", the status "${status}"`);
    const dates = await page.$$eval('.search-result .search-date', (ds) => ds.map((d) => Date.parse(d.textContent)));
    if (dates.some((d, i) => i > 0 && d > dates[i - 1])) fail(`browsing a topic: results are not newest first: ${dates}`);
    const chips = await page.$$eval('.search-result', (rs) => rs.map((r) => [...r.querySelectorAll('.chip')].map((c) => c.textContent)));
    if (!chips.every((c) => c.includes('LLM Inference and Serving'))) fail('browsing a topic: a result is not in the topic');
    if (await page.$eval('.search-filter-count', (s) => s.textContent) !== ' · 1') fail('browsing a topic: the filters do not say one is set');
    // Typing keeps the topic in the URL.
    await search(page, 'cache');
    if (new URLSearchParams(new URL(page.url()).search).get('topic') !== 'llm-inference') fail(`typing dropped the topic: ${page.url()}`);

    // Years without a query.
    await page.goto(home + 'search/?from=2024&to=2024');
    await page.waitForSelector('.search-result');
    const years = await page.$$eval('.search-result .search-date', (ds) => ds.map((d) => d.textContent.slice(-4)));
    if (!years.length || years.some((y) => y !== '2024')) fail(`browsing 2024: years ${years}`);
    const allTopics = await page.$eval('#search-topic', (s) => s.options[0].textContent);
    if (!/\(\d+\)$/.test(allTopics)) fail(`browsing 2024: the topic filter has no count: ${allTopics}`);

    // No results: the message links to the topics and authors.
    await page.goto(home + 'search/');
    await search(page, 'qqqzzzxxy');
    const links = await page.$$eval('.search-status a', (as) => as.map((a) => a.getAttribute('href')));
    if (!links.includes(home.replace(/^https?:\/\/[^/]+/, '') + 'topics/') || !links.includes(home.replace(/^https?:\/\/[^/]+/, '') + 'authors/'))
      fail(`the no-result message links to ${links}`);

    // BibTeX of every result, not only the ten shown, from the papers' own records.
    await search(page, 'quantization');
    const matching = Number((await statusText(page)).match(/^(\d+) papers/)[1]);
    if (matching <= 10) fail(`"quantization": ${matching} results; the BibTeX check needs more than a page`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.search-bibtex')]);
    const bib = fs.readFileSync(await download.path(), 'utf8');
    const records = bib.match(/^@\w+\{/gm) || [];
    if (records.length !== matching) fail(`BibTeX download: ${records.length} records for ${matching} results`);
    if (download.suggestedFilename() !== 'search-results.bib') fail(`BibTeX download is named ${download.suggestedFilename()}`);
  });

  await withPage(scripts, async (page, home) => {
    // What a result shows: the snippet around the match, the date and venue, authors as links.
    await page.goto(home + 'search/');
    await search(page, 'diffusion');
    const convolutional = await page.$$eval('.search-result', (rs) => rs.map((r) => ({
      title: r.querySelector('.result-link').textContent,
      snippetMarks: r.querySelectorAll('.search-snippet mark').length,
      date: r.querySelector('.search-date')?.textContent,
      venue: r.querySelector('.search-venue')?.textContent,
      authors: [...r.querySelectorAll('.card-authors a')].map((a) => [a.textContent, a.getAttribute('href')]),
    })));
    const long = convolutional.find((r) => r.title === 'Convolutional Networks Revisited');
    if (!long || long.snippetMarks === 0) fail(`"diffusion": the snippet of the paper that says it late does not show it: ${JSON.stringify(long)}`);
    if (!long || long.date !== '14 Mar 2023' || long.venue !== 'ICLR 2023') fail(`a result's date and venue: ${JSON.stringify(long)}`);
    const path = home.replace(/^https?:\/\/[^/]+/, '');
    if (!long || JSON.stringify(long.authors[0]) !== JSON.stringify(['Yann LeCun', path + 'authors/yann-lecun/'])) fail(`a result's author links: ${JSON.stringify(long && long.authors)}`);
    const lecun = page.locator('.search-result', { hasText: 'Convolutional Networks Revisited' }).locator('.card-authors a').first();
    await Promise.all([page.waitForNavigation(), lecun.click()]);
    if (!(await page.$eval('h1', (h) => h.textContent)).includes('Yann LeCun')) fail(`the author link led to ${page.url()}`);
  });

  await withPage(seed, async (page, home) => {
    // A byline of 44 (the seed's Seedance 1.0): six authors as links, then how many more.
    await page.goto(home + 'search/');
    await search(page, 'seedance');
    const result = page.locator('.search-result', { hasText: 'Seedance 1.0' }).locator('.card-authors');
    const byline = await result.evaluate((p) => ({ links: p.querySelectorAll('a').length, text: p.textContent }));
    if (byline.links !== 6 || !byline.text.includes('and 38 more')) fail(`a result with 44 authors shows ${JSON.stringify(byline)}`);
  });
}

async function paths() {
  await withPage(scripts, async (page, home) => {
    const path = home.replace(/^https?:\/\/[^/]+/, '');
    const linked = () => page.$$eval('.search-paths:not([hidden]) a', (as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.querySelectorAll('b').length]));
    const title = 'Ночное зрение: Détection for Beginners <b>&</b>';
    await page.goto(home + 'search/');
    // A word of the title, typed in part, without its accent, or in Cyrillic: the path is linked, its title as text.
    for (const query of ['detec', 'Ночн', 'beginner detection', 'title:зрение']) {
      await search(page, query);
      const links = await linked();
      if (JSON.stringify(links) !== JSON.stringify([[title, path + 'paths/night-reading/', 0]])) fail(`"${query}": reading paths shown ${JSON.stringify(links)}`);
    }
    // Every word must be in the title; an excluded word or another field's scope leaves the path out.
    for (const query of ['detection lantern', 'detection -beginners', 'author:detection', 'lantern']) {
      await search(page, query);
      if ((await linked()).length) fail(`"${query}": a reading path is shown: ${JSON.stringify(await linked())}`);
    }
    await search(page, 'detection');
    await Promise.all([page.waitForNavigation(), page.click('.search-paths a')]);
    if (!(await page.$eval('h1', (h) => h.textContent)).includes('Détection')) fail(`the reading path link led to ${page.url()}`);
  });
}

async function layout() {
  const cls = () => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  };
  for (const width of [360, 1280]) {
    await withPage(seed, async (page, home) => {
      await page.addInitScript(cls);
      await page.goto(home + 'search/?q=diffusion&topic=diffusion-acceleration');
      await page.waitForSelector('.search-result');
      await page.waitForTimeout(800);
      const shift = await page.evaluate(() => window.__cls);
      if (!(shift < 0.05)) fail(`${width} px: layout shift ${shift.toFixed(3)} while the search page loads`);
      const top = await page.$eval('.search-result', (r) => r.getBoundingClientRect().top);
      if (width === 360 && top > 360) fail(`360 px: the first result starts ${top} px down`);
      if (await page.$eval('.search-filters-box summary', (s) => s.textContent) !== 'Filters · 1') fail('the filter disclosure does not count the topic');
      if (await page.isVisible('#search-help')) fail(`${width} px: the syntax help shows before "?" is pressed`);
      await page.click('.search-help-box summary');
      if (!(await page.isVisible('#search-help'))) fail(`${width} px: "?" does not show the syntax help`);
      if (await page.isVisible('#search-topic')) fail(`${width} px: the filters show before their disclosure is opened`);
    }, { viewport: { width, height: 800 } });
  }
}

await ({ finding, browsing, paths, layout })[group]();
await browser.close();
finish(`browser-reader: ${group} checked in Chromium`);
