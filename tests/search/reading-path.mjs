// node reading-path.mjs SITE_FOLDER BASE_PATH PATH_SLUG
// Opens a reading path of a built site in Debian's Chromium, served from the folder through Playwright's request
// routing at http://site.test BASE_PATH: ticks a step, reloads, and expects it still ticked (localStorage, no
// server); then, with JavaScript off, expects the same steps and no checkboxes.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fail, finish } from './common.mjs';

const [site, base, slug] = process.argv.slice(2);
const origin = 'http://site.test';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

async function open(javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const relative = url.origin === origin && url.pathname.startsWith(base) ? decodeURIComponent(url.pathname.slice(base.length)) : null;
    const file = relative === null ? null : path.join(site, relative.endsWith('/') || relative === '' ? relative + 'index.html' : relative);
    if (!file || !file.startsWith(site) || !fs.existsSync(file)) {
      if (url.origin !== origin) fail(`a request left the site: ${url}`);
      return route.fulfill({ status: 404, body: 'not found' });
    }
    return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') fail(`console error: ${m.text()}`); });
  await page.goto(`${origin}${base}paths/${slug}/`);
  return { context, page };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const { context, page } = await open(true);
  const steps = await page.$$eval('.path-step', (s) => s.length);
  const boxes = page.locator('.path-step input[type=checkbox]');
  if ((await boxes.count()) !== steps) fail(`${steps} steps but ${await boxes.count()} checkboxes`);
  if ((await page.locator('.path-step input:checked').count()) !== 0) fail('a fresh browser starts with ticked steps');
  await page.check('#read-step-2');
  await page.reload();
  await page.waitForSelector('.path-step input[type=checkbox]');
  const ticked = await page.$$eval('.path-step', (s) => s.map((li) => li.querySelector('input').checked));
  if (JSON.stringify(ticked) !== JSON.stringify(ticked.map((_, i) => i === 1))) fail(`after a reload the ticks are ${JSON.stringify(ticked)}, not step 2 only`);
  const status = await page.$eval('.path-progress', (p) => (p.hidden ? '' : p.textContent));
  if (!status.startsWith(`1 of ${steps} read`)) fail(`progress says "${status}"`);
  await page.uncheck('#read-step-2');
  await page.reload();
  if ((await page.locator('.path-step input:checked').count()) !== 0) fail('an unticked step comes back ticked');
  await context.close();

  const off = await open(false);
  if ((await off.page.locator('input[type=checkbox]').count()) !== 0) fail('checkboxes without JavaScript');
  if ((await off.page.$$eval('.path-step .card-title a', (a) => a.length)) !== steps) fail('without JavaScript the steps are not all shown');
  if (await off.page.isVisible('.path-progress')) fail('the progress line shows without JavaScript');
  await off.context.close();
} catch (e) {
  fail(e.stack);
} finally {
  await browser.close();
}
finish('reading path: ticks kept across a reload in Chromium, none without JavaScript');
