/**
 * The fixture corpus: every `test/fixtures/corpus/NAME.expected.json` names a
 * document (`NAME.txt` or `NAME.md`) and the title, date and heading list the
 * parser must recover from it. A failure prints the whole list, expected beside
 * actual, so the first divergence is easy to see.
 */

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Document, flattenSections } from '../src/document.js';
import { parseText } from '../src/parse.js';
import { looksLikeMarkdown, parseMarkdown } from '../src/parse-markdown.js';
import { FIXTURES } from './helpers.js';

const CORPUS = join(FIXTURES, 'corpus');

interface ExpectedHeading {
  number: string | null;
  title: string;
  level: number;
}

interface Expected {
  title: string | null;
  date: string | null;
  headings: ExpectedHeading[];
  notes: string;
}

export function parseFile(name: string, text: string): Document {
  return looksLikeMarkdown(name, text) ? parseMarkdown(text) : parseText(text);
}

const show = (h: ExpectedHeading | undefined): string => (h ? `${'  '.repeat(h.level - 1)}[${h.number ?? '-'}] ${h.title}` : '(none)');

/** Expected and actual lists side by side, the first difference marked. */
function headingDiff(expected: ExpectedHeading[], actual: ExpectedHeading[]): string {
  const rows: string[] = [];
  let first = -1;
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const same = JSON.stringify(expected[i]) === JSON.stringify(actual[i]);
    if (!same && first < 0) first = i;
    rows.push(`${same ? '  ' : '! '}${String(i + 1).padStart(3)}  ${show(expected[i]).padEnd(60)} | ${show(actual[i])}`);
  }
  return [`headings differ first at #${first + 1} (expected | actual):`, ...rows].join('\n');
}

const fixtures = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();

describe('fixture corpus', () => {
  it('has fixtures', () => assert.ok(fixtures.length >= 20, `only ${fixtures.length} fixtures in ${CORPUS}`));

  for (const name of fixtures) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), 'utf8')) as Expected;
      const file = ['.txt', '.md'].map((ext) => `${name}${ext}`).find((f) => existsSync(join(CORPUS, f)));
      assert.ok(file, `no document for ${name}.expected.json`);
      const document = parseFile(file, readFileSync(join(CORPUS, file), 'utf8'));
      const actual = flattenSections(document.sections).map(({ number, title, level }) => ({ number, title, level }));
      assert.equal(document.title, expected.title, 'title');
      assert.equal(document.date, expected.date, 'date');
      if (JSON.stringify(actual) !== JSON.stringify(expected.headings)) assert.fail(headingDiff(expected.headings, actual));
    });
  }
});
