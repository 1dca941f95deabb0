// node browser-bibtex.mjs FOLDER BASE_PATH AUTHOR_SLUG
// An author page without a .bib file of its own: its BibTeX button, in Chromium, downloads AUTHOR_SLUG.bib with the
// record of every paper the page lists, each exactly as that paper's page shows it, in the page's order; a paper page
// that cannot be fetched is said on the button, and the next try starts again from the button's own label.
import fs from 'node:fs';
import { fail, finish } from './common.mjs';
import { launch, withPage } from './served.mjs';

const [folder, base, author] = process.argv.slice(2);
const browser = await launch();
await withPage(browser, folder, base, async (page, home) => {
  await page.goto(home + `authors/${author}/`);
  const button = page.locator('[data-bibtex-download]');
  if (!(await button.isVisible())) fail('the BibTeX button is not shown with JavaScript on');
  const label = await button.textContent();
  page.expectedErrors.push(/status of 500/);
  await page.route('**/papers/**', (route) => route.fulfill({ status: 500, body: '' }));
  await button.click();
  await page.waitForFunction(() => /fetched/.test(document.querySelector('[data-bibtex-download]').textContent));
  await page.unroute('**/papers/**');
  page.expectedErrors.length = 0;
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await page.waitForFunction((text) => document.querySelector('[data-bibtex-download]').textContent === text, label);
  if (download.suggestedFilename() !== `${author}.bib`) fail(`the download is named ${download.suggestedFilename()}`);
  const got = fs.readFileSync(await download.path(), 'utf8');
  const listed = await page.$$eval('.card-list .paper-card .card-title a', (links) => links.map((a) => new URL(a.href).pathname));
  if (listed.length < 2) fail(`the page lists ${listed.length} papers`);
  const expected = [];
  for (const p of listed) {
    await page.goto(new URL(p, home).href);
    expected.push((await page.textContent('#bibtex-code')).trim());
  }
  if (got !== expected.join('\n\n') + '\n') fail(`the download differs from the records on the papers' pages:\n${got}\n---\n${expected.join('\n\n')}`);
});
await browser.close();
finish('author bibtex download checked');
