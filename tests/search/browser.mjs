// node browser.mjs SEED_FOLDER TRICKY_FOLDER BASE_PATH
// Serves each built site (FOLDER/site) on 127.0.0.1 under BASE_PATH and drives Debian's Chromium through
// the search page as a visitor would: type, see the expected papers, filter by topic, follow a result,
// come back, use the keyboard, type odd input. Fails on any request that leaves 127.0.0.1, any page
// error, and any contributor text that became markup in the results.
import { fail, finish } from './common.mjs';
import { launch, withPage as open, documents, search, shown, titles } from './served.mjs';

const [seed, tricky, base] = process.argv.slice(2);
const browser = await launch();
const withPage = (folder, work) => open(browser, folder, base, work);

await withPage(seed, async (page, home) => {
  const docs = documents(seed);
  await page.goto(home + 'search/');
  await page.waitForSelector('.search-status');

  // A surname typed without its accents.
  const gwozdz = docs.find((d) => d.fields[1].includes('Gwóźdź'));
  await search(page, 'gwozdz');
  if ((await titles(page))[0] !== gwozdz.fields[0]) fail(`"gwozdz": first result is ${(await titles(page))[0]}, expected ${gwozdz.fields[0]}`);
  const marked = await page.$$eval('.search-result mark', (ms) => ms.map((m) => m.textContent));
  if (!marked.some((m) => m.includes('Gwóźdź'))) fail(`"gwozdz": the author name is not highlighted (${marked})`);

  // A distinctive title word.
  const languini = docs.find((d) => d.slug === 'languini-kitchen');
  await search(page, 'languini');
  if ((await titles(page))[0] !== languini.fields[0]) fail(`"languini": first result is ${(await titles(page))[0]}`);

  // The page says "Searching…" when an answer takes a moment, and the count once it has the answer, before it
  // fetches the papers to draw: papers that arrive after that moment must not leave the status at "Searching…".
  await page.route('**/search/*/d*.json', async (route) => { await new Promise((r) => setTimeout(r, 600)); await route.continue(); });
  await search(page, 'video');
  await page.unroute('**/search/*/d*.json');

  // A topic's name, then the topic filter with its count.
  await search(page, 'mixture of experts');
  const all = await page.$$eval('.search-result', (r) => r.length);
  const firstChips = await page.$$eval('.search-result:first-child .chip', (cs) => cs.map((c) => c.textContent));
  if (!firstChips.includes('Mixture of Experts')) fail(`"mixture of experts": the first result's topics are ${firstChips}`);
  const option = await page.$eval('#search-topic', (s) => [...s.options].find((o) => o.value === 'mixture-of-experts')?.textContent);
  if (!option || !/\(\d+\)$/.test(option)) fail(`the topic filter has no counted "Mixture of Experts" option: ${option}`);
  await page.click('.search-filters-box summary');
  await page.selectOption('#search-topic', 'mixture-of-experts');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('topic') === 'mixture-of-experts' &&
    /with these filters/.test(document.querySelector('.search-status').textContent));
  await shown(page, 'mixture of experts');
  const filtered = await page.$$eval('.search-result', (rs) => rs.map((r) => [...r.querySelectorAll('.chip')].map((c) => c.textContent)));
  const count = Number(option.match(/\((\d+)\)$/)[1]);
  if (filtered.length !== count) fail(`topic filter: ${filtered.length} results shown, the option said ${count}`);
  if (!filtered.every((chips) => chips.includes('Mixture of Experts'))) fail('topic filter: a result without the topic is shown');
  if (!(filtered.length > 0 && filtered.length <= all)) fail(`topic filter: ${filtered.length} of ${all} results`);

  // Keyboard: down from the box into the results.
  await page.focus('#search-input');
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement.className);
  if (focused !== 'result-link') fail(`ArrowDown from the box focuses "${focused}", not the first result`);

  // Follow a result, then come back with the back button.
  const first = (await titles(page))[0];
  await Promise.all([page.waitForNavigation(), page.click('.search-result .result-link')]);
  if (!page.url().startsWith(home + 'papers/')) fail(`the result link went to ${page.url()}`);
  const h1 = await page.$eval('h1', (h) => h.textContent.trim());
  if (h1 !== first) fail(`the paper page is "${h1}", the result was "${first}"`);
  await page.goBack();
  await page.waitForSelector('.search-result');
  if (await page.inputValue('#search-input') !== 'mixture of experts') fail('back: the query is not restored');
  if (await page.$eval('#search-topic', (s) => s.value) !== 'mixture-of-experts') fail('back: the topic filter is not restored');

  // Input that trips lunr's own query parser.
  for (const odd of ['2:4', 'C++', 'title:', '*', '+', '-', '"', 'author:"', '^~*:']) {
    await search(page, odd);
    const status = await page.$eval('.search-status', (s) => s.textContent);
    if (!status) fail(`"${odd}": no status message`);
  }
  await search(page, 'the of ');
  if (!/Nothing to look for/.test(await page.$eval('.search-status', (s) => s.textContent))) fail('a query of stop words gets no explanation');
  await search(page, 'qqqzzzxxy');
  const none = await page.$eval('.search-status', (s) => s.textContent);
  if (!/No papers match/.test(none)) fail(`no results message: ${none}`);

  // The header search box on another page leads to the search page.
  await page.goto(home + 'topics/');
  await page.fill('#header-search-input', 'speculative decoding');
  await Promise.all([page.waitForNavigation(), page.press('#header-search-input', 'Enter')]);
  await page.waitForSelector('.search-result');
  if (!page.url().startsWith(home + 'search/?q=speculative')) fail(`the header box went to ${page.url()}`);
});

await withPage(tricky, async (page, home) => {
  await page.goto(home + 'search/?q=injection');
  await page.waitForSelector('.search-result');
  const tags = await page.$$eval('#search-results *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
  const allowed = ['li', 'h2', 'a', 'p', 'span', 'mark', 'ul'];
  const extra = tags.filter((t) => !allowed.includes(t));
  if (extra.length) fail(`contributor text became markup in the results: <${extra.join('>, <')}>`);
  const text = await page.$eval('#search-results', (r) => r.textContent);
  if (!text.includes('<img src=x') || !text.includes('<b>Bold</b> Author')) fail('the title and authors are not shown as the text they are');
  if (await page.evaluate(() => window.pwned)) fail('contributor script ran');
});

await browser.close();
finish('browser: search page checked in Chromium');
