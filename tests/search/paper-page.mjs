// node paper-page.mjs FOLDER BASE_PATH PAPER_SLUG
// A paper page of the site in FOLDER/site, in Debian's Chromium, light and dark: at 360 px its facts come before the
// abstract and the BibTeX record wraps instead of scrolling; printed (print media emulated), it shows no site header,
// navigation, search or footer, writes the address after each outside link, keeps the record whole, black on white.
import { fail, finish } from './common.mjs';
import { launch, withPage } from './served.mjs';

const [folder, base, slug] = process.argv.slice(2);
const fits = (page, selector) => page.$eval(selector, (e) => e.scrollWidth <= e.clientWidth);

const browser = await launch();
try {
  for (const colorScheme of ['light', 'dark']) {
    await withPage(browser, folder, base, async (page, site) => {
      await page.goto(`${site}papers/${slug}/`);
      const top = (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().top);
      if (!(await top('.paper-facts') < await top('#abstract'))) fail(`${colorScheme}: at 360 px the facts are not above the abstract`);
      if (!(await fits(page, '.bibtex pre'))) fail(`${colorScheme}: at 360 px the BibTeX record scrolls sideways`);

      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-nav', '.header-search', '.theme-toggle', '.site-footer']) {
        if (await page.isVisible(selector)) fail(`${colorScheme}: printed, ${selector} shows`);
      }
      const after = await page.$eval('.abstract a', (a) => [a.href, getComputedStyle(a, '::after').content]);
      if (!after[1].includes(after[0])) fail(`${colorScheme}: printed, the link to ${after[0]} is followed by ${after[1]}, not its address`);
      const internal = await page.$eval('.paper-authors a', (a) => getComputedStyle(a, '::after').content);
      if (internal !== 'none') fail(`${colorScheme}: printed, a link within the site is followed by ${internal}`);
      if (!(await fits(page, '.bibtex pre'))) fail(`${colorScheme}: printed, the BibTeX record is clipped`);
      const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('h1')).color]);
      if (JSON.stringify(colours) !== JSON.stringify(['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'])) fail(`${colorScheme}: printed in ${colours.join(', ')}, not black on white`);
    }, { viewport: { width: 360, height: 800 }, colorScheme });
  }
} catch (e) {
  fail(e.stack);
} finally {
  await browser.close();
}
finish('paper page: facts first and BibTeX wrapped at 360 px; printed without site chrome, with link addresses, black on white');
