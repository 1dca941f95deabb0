// node stemmer.mjs WORDS CSHARP_STEMS
// Every word of the list, lowercased, through the real lunr.stemmer, lunr.trimmer and lunr.stopWordFilter,
// against search-core.js (the browser) and the C# side's output (one "word<TAB>stem<TAB>stop or nothing"
// line per word, from LunrStemmer and LunrAnalysis.StopWords).
import fs from 'node:fs';
import { lunr, core, fail, finish } from './common.mjs';

const [wordsFile, csharpFile] = process.argv.slice(2);
const words = fs.readFileSync(wordsFile, 'utf8').split('\n').filter(Boolean).map((w) => w.toLowerCase());
const csharp = fs.readFileSync(csharpFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
if (csharp.length !== words.length) fail(`C# stemmed ${csharp.length} words, the list has ${words.length}`);

const mismatches = { browser: [], csharp: [], trimmer: [], stopWords: [], csharpStopWords: [] };
words.forEach((word, i) => {
  const expected = lunr.stemmer(new lunr.Token(word)).toString();
  if (core.stem(word) !== expected) mismatches.browser.push(`${word}: lunr ${expected}, search-core.js ${core.stem(word)}`);
  const [csWord, csStem, csStop] = csharp[i] ?? [];
  if (csWord !== word || csStem !== expected) mismatches.csharp.push(`${word}: lunr ${expected}, C# ${csWord} -> ${csStem}`);
  const trimmed = lunr.trimmer(new lunr.Token(word)).toString();
  if (core.trim(word) !== trimmed) mismatches.trimmer.push(`${word}: lunr ${trimmed}, search-core.js ${core.trim(word)}`);
  const stopped = lunr.stopWordFilter(new lunr.Token(word)) === undefined;
  if (stopped !== core.stopWords.has(word)) mismatches.stopWords.push(`${word}: lunr ${stopped ? 'drops' : 'keeps'} it`);
  if (stopped !== (csStop === 'stop')) mismatches.csharpStopWords.push(`${word}: lunr ${stopped ? 'drops' : 'keeps'} it, C# does not`);
});
for (const word of core.stopWords) {
  if (lunr.stopWordFilter(new lunr.Token(word)) !== undefined) mismatches.stopWords.push(`${word}: lunr keeps it`);
}
for (const [name, list] of Object.entries(mismatches)) {
  if (list.length) fail(`${name}: ${list.length} of ${words.length} words differ from lunr, e.g.\n  ${list.slice(0, 15).join('\n  ')}`);
}
finish(`stemmer: ${words.length} words, lunr.stemmer = search-core.js = C# (${core.stopWords.size} stop words)`);
