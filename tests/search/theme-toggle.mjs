// node theme-toggle.mjs FOLDER BASE_PATH
// The header's light/dark toggle in Debian's Chromium: its accessible name is the text a sighted user sees in its
// tooltip (WCAG 2.5.3), it says whether dark mode is on, its icon follows the state, and a reload keeps the pick.
import { fail, finish } from './common.mjs';
import { launch, withPage } from './served.mjs';

const [folder, base] = process.argv.slice(2);
const browser = await launch();
const icon = (page) => page.$eval('.theme-toggle', (b) => [...b.querySelectorAll('.theme-icon')].filter((i) => i.getClientRects().length > 0).map((i) => i.getAttribute('class')).join(' '));

await withPage(browser, folder, base, async (page, home) => {
  await page.goto(home);
  const toggle = page.getByRole('button', { name: 'Dark mode', exact: true });
  if (await toggle.count() !== 1) fail('no button named "Dark mode"');
  const title = await toggle.getAttribute('title');
  if (title !== 'Dark mode') fail(`the tooltip says "${title}", the name "Dark mode"`);
  if (await toggle.getAttribute('aria-pressed') !== 'false') fail('in a light system the toggle is not "not pressed"');
  const light = await icon(page);
  if (!light.includes('icon-light') || light.includes('icon-dark')) fail(`light mode shows the icons "${light}"`);

  await toggle.click();
  if (await page.evaluate(() => document.documentElement.dataset.theme) !== 'dark') fail('a click does not switch to dark');
  if (await toggle.getAttribute('aria-pressed') !== 'true') fail('after a click the toggle is not pressed');
  const dark = await icon(page);
  if (!dark.includes('icon-dark') || dark.includes('icon-light')) fail(`dark mode shows the icons "${dark}"`);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  if (background !== 'rgb(18, 20, 25)') fail(`dark mode's page background is ${background}`);

  await page.reload();
  if (await page.getByRole('button', { name: 'Dark mode', exact: true }).getAttribute('aria-pressed') !== 'true') fail('after a reload the pick is forgotten');
  if (!(await icon(page)).includes('icon-dark')) fail('after a reload the icon is the light one');
}, { colorScheme: 'light' });

await browser.close();
finish('theme toggle: named by its text, pressed in dark mode, icon follows');
