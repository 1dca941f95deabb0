// node bench/search-bench.mjs FOLDER
// What a browser downloads and computes for typical queries on the sharded index in FOLDER/site/search/
// (written by `SiteGen.Bench search`): for 20 one-word and 20 two-word queries made of title words, the
// gzip bytes of the manifest, the term shards and the result-store shards for the first page of 10
// results (a cold cache each time), and the client's scoring time with the files already loaded. Queries run
// as the search page runs them without filters: only the certain first page (tails fetched only when needed).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const core = require(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../theme/assets/search-core.js'));
const searchDir = path.join(process.argv[2], 'site', 'search');
const build = fs.readdirSync(searchDir).find((f) => fs.existsSync(path.join(searchDir, f, 'manifest.json')));
const dir = path.join(searchDir, build);
const gz = new Map(fs.readdirSync(dir).map((f) => [f, zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 6 }).length]));
const read = async (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// Title words of papers spread over the collection: what visitors type after seeing a paper somewhere.
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const titleWords = [];
for (let i = 0; titleWords.length < 60; i++) {
  const ref = (i * 7919) % manifest.documents;
  const row = JSON.parse(fs.readFileSync(path.join(dir, `r${Math.floor(ref / manifest.rows)}.json`), 'utf8'))[ref % manifest.rows];
  const words = core.tokens(row[0]).map(core.trim).filter((w) => w.length > 3 && !core.stopWords.has(w));
  titleWords.push(words[i % words.length]);
}
const oneWord = titleWords.slice(0, 20);
const twoWords = oneWord.map((w, i) => `${w} ${titleWords[20 + i]}`);

async function measure(query) {
  const fetched = new Set();
  const engine = new core.Engine(path.join(dir, 'manifest.json'), (file) => { fetched.add(path.basename(file)); return read(file); });
  // As the search page asks: the first page of certain results, common terms' tails only when needed.
  const result = await engine.search(query, { partial: 10 });
  await engine.documents(result.hits.slice(0, 10).map((h) => h.ref));
  const bytes = [...fetched].reduce((sum, f) => sum + gz.get(f), 0);
  const of = (kind) => [...fetched].filter((f) => f.startsWith(kind)).reduce((sum, f) => sum + gz.get(f), 0);
  const [termBytes, tailBytes, rowBytes] = [of('t'), of('x'), of('r')];
  const files = fetched.size;
  // Scoring alone, files cached: the median of five runs.
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    await engine.search(query);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { bytes, termBytes, tailBytes, rowBytes, files, ms: times.sort((a, b) => a - b)[2], hits: result.hits.length };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (b) => (b / 1024).toFixed(1);
const total = [...gz.values()].reduce((a, b) => a + b, 0);
console.log(`papers=${manifest.documents} shards=${manifest.shards.split(' ').length} manifest_gzip_kb=${kb(gz.get('manifest.json'))} ` +
  `facets_gzip_kb=${kb(gz.get('facets.json'))} all_files_gzip_kb=${kb(total)}`);
for (const [label, queries] of [['1-word', oneWord], ['2-word', twoWords]]) {
  const runs = [];
  for (const q of queries) runs.push(await measure(q));
  console.log(`${label} queries=${queries.length} download_gzip_kb median=${kb(median(runs.map((r) => r.bytes)))} ` +
    `max=${kb(Math.max(...runs.map((r) => r.bytes)))} of_which_term_shards_median=${kb(median(runs.map((r) => r.termBytes)))} ` +
    `tails_median=${kb(median(runs.map((r) => r.tailBytes)))} results_median=${kb(median(runs.map((r) => r.rowBytes)))} files_median=${median(runs.map((r) => r.files))} ` +
    `scoring_ms median=${median(runs.map((r) => r.ms)).toFixed(2)} max=${Math.max(...runs.map((r) => r.ms)).toFixed(2)} ` +
    `hits_median=${median(runs.map((r) => r.hits))}`);
}
