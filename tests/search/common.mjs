// Shared by the search tests: the real lunr 2.3.9, the site's own search-core.js, and a guard that turns
// any lunr warning into a failure.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const lunr = require('lunr');
export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const core = require(path.join(repo, 'theme/assets/search-core.js'));

export const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));

let failures = 0;
export function fail(message) {
  failures++;
  console.log('FAIL ' + message);
}
export function finish(summary) {
  if (warnings.length) fail('lunr warned: ' + warnings.join(' | '));
  console.log(summary);
  process.exit(failures ? 1 : 0);
}
