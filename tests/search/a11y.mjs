// node a11y.mjs BASE_PATH FOLDER PAGES [FOLDER PAGES]...
// Serves each built site (FOLDER/site) on 127.0.0.1 under BASE_PATH and runs axe-core (pinned in package-lock.json)
// in Debian's Chromium on each of its PAGES (comma-separated paths below the base, one per page kind), light and dark,
// 360 and 1280 px wide: any violation fails. Then measures what axe leaves out, WCAG 1.4.11: the boundary of every
// form field and the focus ring of the search box against the colour behind them must be at least 3:1.
import { createRequire } from 'node:module';
import { fail, finish } from './common.mjs';
import { launch, withPage } from './served.mjs';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const [base, ...rest] = process.argv.slice(2);
const sites = [];
for (let i = 0; i < rest.length; i += 2) sites.push({ folder: rest[i], pages: rest[i + 1].split(',') });

const browser = await launch();
let checked = 0;
for (const { folder, pages } of sites) {
  for (const scheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      await withPage(browser, folder, base, async (page, home) => {
        for (const relative of pages) {
          await page.goto(home + relative);
          await page.addScriptTag({ path: axeSource });
          const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
          for (const violation of result.violations) {
            const nodes = violation.nodes;
            for (const node of nodes.slice(0, 5)) {
              fail(`/${relative} ${scheme} ${width}px: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`);
            }
            if (nodes.length > 5) fail(`/${relative} ${scheme} ${width}px: ${violation.id} on ${nodes.length - 5} more elements`);
          }
          for (const problem of await page.evaluate(controlContrast)) fail(`/${relative} ${scheme} ${width}px: ${problem}`);
          checked++;
        }
      }, { viewport: { width, height: 900 }, colorScheme: scheme });
    }
  }
}
await browser.close();
finish(`a11y: ${checked} page views checked with axe-core and for control contrast`);

// Runs in the page: each visible form field's border, and the search box's focus ring, against what is behind.
async function controlContrast() {
  const parse = (css) => {
    const m = css.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const lin = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (x, y) => { const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p); return (a + 0.05) / (b + 0.05); };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
  });
  // The colour behind an element: its ancestors' backgrounds, composed from the page's up.
  const behind = (element) => {
    const layers = [];
    for (let e = element.parentElement; e; e = e.parentElement) layers.push(parse(getComputedStyle(e).backgroundColor));
    return layers.reverse().reduce((acc, c) => (c && c.a > 0 ? over(c, acc) : acc), { r: 255, g: 255, b: 255, a: 1 });
  };
  const problems = [];
  const fields = [...document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea')]
    .filter((f) => f.getClientRects().length > 0 && getComputedStyle(f).visibility !== 'hidden');
  for (const field of fields) {
    const style = getComputedStyle(field);
    const border = parse(style.borderBottomColor);
    const back = behind(field);
    const own = parse(style.backgroundColor);
    // A field whose fill differs enough from the page is its own boundary; otherwise the border must be.
    const fill = own && own.a > 0 ? over(own, back) : back;
    const best = Math.max(parseFloat(style.borderBottomWidth) > 0 ? ratio(over(border, back), back) : 0, ratio(fill, back));
    if (best < 3) problems.push(`#${field.id || field.name}: its boundary is ${best.toFixed(2)}:1 against the page, below 3:1`);
  }
  // The focus ring (the outline, or the border where there is none) of the search box and of a link of the header.
  for (const control of [document.querySelector('#search-input, #header-search-input'), document.querySelector('.site-nav a')]) {
    if (!control) continue;
    control.focus({ focusVisible: true });
    const style = getComputedStyle(control);
    const ring = parse(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? style.outlineColor : style.borderBottomColor);
    const contrast = ratio(over(ring, behind(control)), behind(control));
    if (contrast < 3) problems.push(`${control.id ? '#' + control.id : control.textContent} focused: its focus ring is ${contrast.toFixed(2)}:1 against the page, below 3:1`);
    control.blur();
  }
  return problems;
}
