// Shared by the Chromium tests: a built site served on 127.0.0.1 under a base path, and a page in Debian's
// Chromium that fails the test on any request leaving 127.0.0.1, any page error and any console error.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fail } from './common.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

function serve(root, base) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = null;
    if (url.pathname.startsWith(base)) {
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      file = path.join(root, relative.endsWith('/') || relative === '' ? relative + 'index.html' : relative);
      if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = null;
    }
    if (!file) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const launch = () => chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** Runs work(page, siteUrl) on FOLDER/site served under base; options go to browser.newPage (viewport...). */
export async function withPage(browser, folder, base, work, options) {
  const server = await serve(path.join(folder, 'site'), base);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage(options);
  page.on('request', (r) => { if (!r.url().startsWith(origin + '/') && !/^(data|blob):/.test(r.url())) fail(`a request left 127.0.0.1: ${r.url()}`); });
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));
  // A test that provokes an error on purpose lists what it expects in page.expectedErrors (regular expressions).
  page.expectedErrors = [];
  page.on('console', (m) => { if (m.type() === 'error' && !page.expectedErrors.some((e) => e.test(m.text()))) fail(`console error: ${m.text()}`); });
  try {
    await work(page, origin + base);
  } catch (e) {
    fail(`${path.basename(folder)}: ${e.stack}`);
  } finally {
    await page.close();
    server.close();
  }
}

export const documents = (folder) => JSON.parse(fs.readFileSync(path.join(folder, 'documents.json'), 'utf8')).documents;

/** Clears the box and types text as a visitor does, then waits for the page's answer to it. */
export async function search(page, text) {
  await page.fill('#search-input', '');
  await page.type('#search-input', text, { delay: 20 });
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, text);
  await shown(page, text);
}

// Waits until the page has answered this query: its status names the query (not the one before), and as
// the page says how many papers match before it fetches and draws them, the first of them is drawn too,
// so that a slow machine (the suite runs beside other tests) does not see an empty or stale list.
export async function shown(page, text) {
  await page.waitForFunction((q) => {
    const status = document.querySelector('.search-status').textContent;
    const answered = status.includes(`“${q.trim()}”`) || /^Add a word/.test(status);
    return answered && (!/match/.test(status) || /^No papers/.test(status) || document.querySelector('.search-result') !== null);
  }, text).catch(async (e) => {
    throw new Error(`"${text}": no answer (status "${await page.$eval('.search-status', (s) => s.textContent)}"): ${e.message}`);
  });
  await page.waitForTimeout(150);
}

export const titles = (page) => page.$$eval('.search-result .result-link', (links) => links.map((a) => a.textContent));
export const statusText = (page) => page.$eval('.search-status', (s) => s.textContent);
