// Reads a bibliography file with citation-js and prints it in another format, so the xUnit suite can check
// SiteGen's exports and importers against an independent implementation (CitationRoundTripTests).
// Usage: node convert.mjs FILE bibtex|ris|csl csl|ris|bibtex
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

const [file, from, to] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const input = from === 'csl' ? JSON.parse(text) : text;
const forceType = { bibtex: '@biblatex/text', ris: '@ris/file', csl: '@csl/list+object' }[from];
const cite = await Cite.async(input, { forceType });
if (to === 'csl') {
  // Only the CSL items, without citation-js's own bookkeeping (_graph).
  process.stdout.write(JSON.stringify(cite.data.map(({ _graph, ...item }) => item), null, 2));
} else {
  process.stdout.write(cite.format(to === 'ris' ? 'ris' : 'bibtex', { format: 'text' }));
}
