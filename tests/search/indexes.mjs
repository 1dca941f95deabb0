// node indexes.mjs FOLDER BASE_PATH
// The long lists in Debian's Chromium: the author index's filter box narrows the list as one types (case and
// accents ignored) and is absent without JavaScript; /papers/'s year bar stays at the top while the list scrolls,
// and a year link brings its heading into view below the bar.
import { fail, finish } from './common.mjs';
import { launch, withPage } from './served.mjs';

const [folder, base] = process.argv.slice(2);
const browser = await launch();

await withPage(browser, folder, base, async (page, home) => {
  await page.goto(home + 'authors/');
  const all = await page.$$eval('.author-list li', (lis) => lis.length);
  const box = page.getByRole('searchbox', { name: 'Filter authors' });
  if (!(await box.isVisible())) fail('with JavaScript the filter box is not shown');
  const name = await page.$eval('.author-list li a', (a) => a.textContent);
  const part = name.split(' ').at(-1).toUpperCase();
  await box.fill(part);
  const shown = await page.$$eval('.author-list li', (lis) => lis.filter((li) => li.getClientRects().length > 0).map((li) => li.querySelector('a').textContent));
  if (!shown.includes(name)) fail(`typing "${part}" hides ${name}`);
  if (!(shown.length < all)) fail(`typing "${part}" leaves all ${all} authors`);
  if (!shown.every((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().includes(part.normalize('NFD').replace(/[\u0300-\u036f]/g, '')))) fail(`"${part}" shows ${shown}`);
  const status = await page.$eval('.author-filter-status', (s) => s.textContent);
  if (status !== `${shown.length} of ${all} authors`) fail(`the status says "${status}"`);
  const emptyLetters = await page.$$eval('.letter-group', (gs) => gs.filter((g) => g.getClientRects().length > 0 && ![...g.querySelectorAll('li')].some((li) => li.getClientRects().length > 0)).length);
  if (emptyLetters) fail(`${emptyLetters} letter headings shown without names`);
  await box.fill('');
  if (await page.$$eval('.author-list li', (lis) => lis.filter((li) => li.getClientRects().length > 0).length) !== all) fail('clearing the box does not bring every author back');

  await page.goto(home + 'papers/');
  const bar = page.locator('nav.year-bar');
  const years = await bar.locator('a').allTextContents();
  const last = years.at(-1);
  await bar.getByRole('link', { name: last, exact: true }).click();
  await page.waitForFunction((y) => location.hash === `#year-${y}`, last);
  await page.waitForTimeout(800); // smooth scrolling
  const [barBox, heading] = await Promise.all([bar.boundingBox(), page.locator(`#year-${last}`).boundingBox()]);
  if (Math.round(barBox.y) !== 0) fail(`after scrolling the year bar is at y=${barBox.y}, not stuck at the top`);
  if (heading.y < barBox.y + barBox.height - 1) fail(`the ${last} heading (y=${heading.y}) is under the year bar (bottom ${barBox.y + barBox.height})`);
}, { viewport: { width: 360, height: 800 } });

await withPage(browser, folder, base, async (page, home) => {
  await page.goto(home + 'authors/');
  if (await page.isVisible('[data-author-filter]')) fail('without JavaScript the filter box shows');
  if ((await page.$$eval('.author-list li', (lis) => lis.filter((li) => li.getClientRects().length > 0).length)) === 0) fail('without JavaScript no authors show');
}, { javaScriptEnabled: false });

await browser.close();
finish('indexes: author filter and year bar checked in Chromium');
