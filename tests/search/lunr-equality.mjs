// node lunr-equality.mjs FIXTURE...
// Each FIXTURE folder holds documents.json (raw field texts, written by the C# test) and site/ (a build).
// For each: lunr.js 2.3.9 builds an index from the documents after search-core.js's normalisation; its
// JSON must equal site/search/lunr-index.json byte for byte, and Index.load must take ours without a
// warning. Then 50 queries run in lunr.js on our lunr index and in search-core.js on our shards: the same
// papers must match, in the same order for the top 10, with the same scores.
import fs from 'node:fs';
import path from 'node:path';
import { lunr, core, fail, finish } from './common.mjs';

let queriesRun = 0;
for (const folder of process.argv.slice(2)) {
  const name = path.basename(folder);
  const data = JSON.parse(fs.readFileSync(path.join(folder, 'documents.json'), 'utf8'));
  const site = path.join(folder, 'site');
  const ours = fs.readFileSync(path.join(site, 'search', 'lunr-index.json'));

  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.trimmer, lunr.stemmer);
  builder.ref('ref');
  data.fields.forEach((field, i) => builder.field(field, { boost: data.boosts[i] }));
  for (const doc of data.documents) {
    const fields = Object.fromEntries(data.fields.map((f, i) => [f, core.normalise(doc.fields[i])]));
    builder.add({ ref: doc.ref, ...fields });
  }
  const theirs = Buffer.from(JSON.stringify(builder.build()), 'utf8');
  if (!theirs.equals(ours)) {
    let at = 0;
    while (at < ours.length && ours[at] === theirs[at]) at++;
    fail(`${name}: lunr-index.json differs from lunr.js at byte ${at} of ${ours.length} (lunr.js ${theirs.length}):\n` +
      `  ours:    ${ours.subarray(Math.max(0, at - 80), at + 80).toString()}\n  lunr.js: ${theirs.subarray(Math.max(0, at - 80), at + 80).toString()}`);
  }
  const idx = lunr.Index.load(JSON.parse(ours.toString('utf8')));

  const manifestDir = fs.readdirSync(path.join(site, 'search')).find((f) => fs.existsSync(path.join(site, 'search', f, 'manifest.json')));
  const engine = new core.Engine(path.join(site, 'search', manifestDir, 'manifest.json'),
    async (file) => JSON.parse(fs.readFileSync(file, 'utf8')));

  const queries = makeQueries(data);
  if (data.documents.length >= 50 && queries.length !== 50) fail(`${name}: made ${queries.length} queries, not 50`);
  let matched = 0, early = 0, someTiers = 0;
  for (const query of queries) {
    const expected = idx.search(core.normalise(query)).map((r) => ({ ref: Number(r.ref), score: r.score }));
    const actual = (await engine.search(query)).hits;
    queriesRun++;
    matched += expected.length > 0 ? 1 : 0;
    compare(`${name} "${query}"`, expected, actual);
    // As the page asks: the certain first papers from the heads of common terms must be lunr's first papers.
    const tiers = new Set();
    const fresh = new core.Engine(engine.manifestUrl, async (file) => {
      if (/\/x\d+\.json$/.test(file)) tiers.add(file);
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    });
    const first = await fresh.search(query, { partial: 10 });
    if (!first.complete) {
      early++;
      if (tiers.size) someTiers++;
      const want = ranked(expected).slice(0, first.hits.length), got = ranked(first.hits);
      if (first.atLeast > expected.length) fail(`${name} "${query}": at least ${first.atLeast} papers said, lunr.js finds ${expected.length}`);
      if (want.some((h, i) => h.ref !== got[i].ref || Math.abs(h.score - got[i].score) > 1e-6))
        fail(`${name} "${query}": the ${first.hits.length} certain first papers differ from lunr.js's`);
    }
  }
  if (name === 'generated' && early === 0) fail('generated: no query was answered before its terms\' tails were all fetched');
  // Tails come in tiers, strongest first: some first pages need a common term's strongest tiers, not all of it.
  if (name === 'generated' && someTiers === 0) fail('generated: no query was answered after fetching only some tiers of a tail');
  if (queries.length && matched < queries.length * 0.8) fail(`${name}: only ${matched} of ${queries.length} queries found anything; the query set is too weak`);
  await mustShow(name, data, idx, engine);
  await everyKeyFound(name, path.dirname(engine.manifestUrl), engine);
  console.log(`${name}: ${data.documents.length} papers, lunr-index.json ${ours.length} bytes identical to lunr.js, ${queries.length} queries ranked alike (${early} answered first without whole tails, ${someTiers} of them after some of their tiers)`);
}
finish(`lunr-equality: ${queriesRun} queries compared`);

// The manifest names each shard by a separator (the shortest start of its first key after the previous shard's last):
// every key of every shard must be found in its shard by the engine, and each key's last five-letter start,
// typed as a prefix, must cover the shard it ends in.
async function everyKeyFound(name, dir, engine) {
  await engine.load();
  let keys = 0;
  for (let i = 0; i < engine.manifest.shards.length; i++) {
    const shard = JSON.parse(fs.readFileSync(path.join(dir, `t${i}.json`), 'utf8'));
    for (const entry of shard) {
      keys++;
      if (engine.shardOf(entry[0]) !== i) fail(`${name}: "${entry[0]}" is in shard ${i} but the manifest points to ${engine.shardOf(entry[0])}`);
      const start = entry[0].slice(0, 5);
      if (start.length === 5 && !engine.shardsOfPrefix(start).includes(i) && engine.shardsOfPrefix(start).length < 10)
        fail(`${name}: the prefix "${start}" does not reach shard ${i}, which holds "${entry[0]}"`);
    }
  }
  if (engine.manifest.shards.length > 1 && keys === 0) fail(`${name}: no keys in the shards`);
}

function ranked(hits) {
  // Papers with equal scores may come in either order: lunr keeps insertion order, the client sorts by ref.
  return hits.map((h) => ({ ref: h.ref, score: h.score, key: Math.round(h.score * 1e6) }))
    .sort((a, b) => b.key - a.key || a.ref - b.ref);
}

function compare(label, lunrHits, clientHits) {
  if (lunrHits.length !== clientHits.length) {
    fail(`${label}: lunr.js finds ${lunrHits.length} papers, the client ${clientHits.length}`);
    return;
  }
  const a = ranked(lunrHits).slice(0, 10), b = ranked(clientHits).slice(0, 10);
  for (let i = 0; i < a.length; i++) {
    if (a[i].ref !== b[i].ref || Math.abs(a[i].score - b[i].score) > 1e-6) {
      fail(`${label}: rank ${i + 1} is ${a[i].ref} (${a[i].score}) in lunr.js but ${b[i].ref} (${b[i].score}) in the client`);
      return;
    }
  }
}

// Words a visitor would type, taken from the collection: title words, surnames, topic names, and
// two-word, required and excluded combinations. Letters only, so lunr's query syntax cannot trip.
function makeQueries(data) {
  const words = (text) => core.tokens(text).map(core.trim).filter((w) => /^[a-z]{4,}$/.test(w) && !core.stopWords.has(w));
  const docs = data.documents;
  const pick = (n, f) => {
    const out = [];
    for (let i = 0; out.length < n && i < docs.length * 3; i++) {
      const q = f(docs[(i * 7919) % docs.length], i);
      if (q && !out.includes(q)) out.push(q);
    }
    return out;
  };
  const title = (d, i) => words(d.fields[0])[i % Math.max(1, words(d.fields[0]).length)];
  const surname = (d, i) => { const a = d.fields[1].split(', ').filter(Boolean); return a.length ? words(a[i % a.length]).pop() : null; };
  const abstract = (d, i) => words(d.fields[4])[(i * 3) % Math.max(1, words(d.fields[4]).length)];
  const topics = data.topics.map((t) => t.title).slice(0, 5);
  return [
    ...pick(15, title),
    ...pick(10, surname),
    ...topics,
    ...pick(15 - topics.length, (d, i) => title(d, i) && abstract(d, i) && `${title(d, i)} ${abstract(d, i)}`),
    ...pick(5, (d, i) => title(d, i) && abstract(d, i) && `+${title(d, i)} ${abstract(d, i)}`),
    ...pick(5, (d, i) => title(d, i) && abstract(d, i) && `${abstract(d, i)} -${title(d, i)}`),
  ].filter(Boolean).slice(0, 50);
}

// What the issue asks the search to show on a collection: a paper's distinctive title word, an author's
// surname typed without accents and a topic's name each bring the expected papers first, in lunr.js on
// our lunr index and in the client on our shards alike.
async function mustShow(name, data, idx, engine) {
  const docs = data.documents;
  const stemsOf = (text) => new Set(core.indexTerms(text));
  const checks = [];

  // Distinctive title words: a title word no other paper uses anywhere.
  const everywhere = docs.map((d) => stemsOf(d.fields.join(' ')));
  for (const doc of docs.slice(0, 100)) {
    const word = core.tokens(doc.fields[0]).map(core.trim).find((w) => /^[a-z]{5,}$/.test(w) &&
      !core.stopWords.has(w) && everywhere.filter((s) => s.has(core.stem(w))).length === 1);
    if (word) checks.push({ query: word, why: `title word of ${doc.slug}`, ok: (d) => d.ref === doc.ref });
  }
  // Surnames with accents, typed in plain ASCII.
  const accented = new Set(docs.flatMap((d) => d.fields[1].split(', ')).filter((a) => /[^\x00-\x7f]/.test(a) && /^[\p{Script=Latin}\s.'-]+$/u.test(a)));
  const surnameOf = (author) => core.normalise(author.split(' ').pop()).toLowerCase();
  for (const author of [...accented].slice(0, 8)) {
    const ascii = surnameOf(author);
    if (ascii === author.split(' ').pop().toLowerCase() || !/^[a-z]+$/.test(ascii) || checks.some((c) => c.query === ascii)) continue;
    checks.push({ query: ascii, why: `surname of ${author}`, ok: (d) => core.tokens(d.fields[1]).map(core.trim).includes(ascii) });
  }
  // Topic names: a paper of the topic or of one of its subtopics, as on the topic's page.
  const within = (slug, topic) => slug === topic || data.topics.some((t) => t.slug === slug && t.parent && within(t.parent, topic));
  for (const topic of data.topics) {
    if (docs.some((d) => d.topics.includes(topic.slug)))
      checks.push({ query: topic.title, why: `topic ${topic.slug}`, ok: (d) => d.topics.some((s) => within(s, topic.slug)) });
  }
  if (name === 'seed') {
    const wanted = ['languini', 'gwozdz', 'mixture of experts'];
    for (const w of wanted) if (!checks.some((c) => c.query.toLowerCase() === w)) fail(`seed: no must-show check for "${w}"`);
  }

  const byRef = new Map(docs.map((d) => [Number(d.ref), d]));
  for (const check of checks) {
    const lunrTop = idx.search(core.normalise(check.query))[0];
    const clientTop = (await engine.search(check.query)).hits[0];
    if (!lunrTop || !check.ok(byRef.get(Number(lunrTop.ref))))
      fail(`${name}: lunr.js does not put the expected paper first for "${check.query}" (${check.why}); got ${lunrTop && byRef.get(Number(lunrTop.ref)).slug}`);
    if (!clientTop || !check.ok(byRef.get(clientTop.ref)))
      fail(`${name}: the client does not put the expected paper first for "${check.query}" (${check.why}); got ${clientTop && byRef.get(clientTop.ref).slug}`);
  }
  console.log(`${name}: ${checks.length} must-show queries (${checks.map((c) => c.query).join(', ')})`);
}
