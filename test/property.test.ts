/**
 * Properties of the parser over generated inputs (fast-check): it never
 * throws; every paragraph lands in exactly one place, in order; every heading
 * that `toc` lists can be selected back by its path and by its label.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Block, type Document, flattenSections, type Section } from '../src/document.js';
import { parseText } from '../src/parse.js';
import { parseMarkdown } from '../src/parse-markdown.js';
import { findSection, tocEntries, tocSections } from '../src/select.js';
import { collapseSpace, normaliseKey } from '../src/text.js';

const RUNS = 150;

/** Text that looks like documents: heading-ish lines, list items, rules and prose in any mix. */
const lineArb = fc.oneof(
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  fc.constantFrom(
    'I. Introduction',
    'II',
    '1. Scope',
    '1.2 Terms',
    '4.2.1. Deep',
    'A. Letters',
    '(a) clause',
    'B.1 Nested',
    'Chapter 3',
    'CHAPTER IV. The Title',
    'Part One',
    'Article. I.',
    'Section 2',
    'Appendix A.',
    '一、总体要求',
    '（一）指导思想',
    '第一章　总则',
    '第一条　为了规范管理，制定本办法。',
    'ALL CAPS HEADING',
    '=====',
    '-----',
    '~~~~~',
    '# Atx',
    '### Closed ###',
    '```',
    '    indented code',
    '> quote',
    'Contents',
    'Intro .......... 3',
    '*** START OF THE PROJECT GUTENBERG EBOOK X ***',
    '*** END OF THE PROJECT GUTENBERG EBOOK X ***',
    'Home > News',
    'Share this:',
    '2023-03-22 23:30',
    'Doe & Roe   Standards Track   [Page 7]',
    '\f',
    '',
    '',
  ),
);
const documentArb = fc
  .array(lineArb, { maxLength: 60 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

describe('parsing never throws', () => {
  it('on any string, as plain text and as Markdown', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        parseText(text);
        parseMarkdown(text);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('on document-like text with any line endings', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        parseText(text);
        parseMarkdown(text);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

// ---------------------------------------------------------------------------
// Paragraph conservation over generated articles

const WORDS = ['river', 'water', 'council', 'plan', 'the', 'of', 'and', 'report', 'said', 'new', 'local', 'members', 'shall'];
const sentenceArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 9, maxLength: 30 })
  .map((words) => `${(words[0] as string).replace(/^./, (c) => c.toUpperCase())} ${words.slice(1).join(' ')}.`);
/** A paragraph of one or more sentences, wrapped at about 70 columns. */
const paragraphArb = fc.array(sentenceArb, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

const headingArb = fc.oneof(
  fc.constantFrom('roman', 'decimal', 'caps', 'chapter', 'chinese').map((style) => style),
  fc.constant('decimal'),
);

interface Article {
  text: string;
  paragraphs: string[];
}

const articleArb: fc.Arbitrary<Article> = fc
  .record({
    style: headingArb,
    sections: fc.array(fc.array(paragraphArb, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 8 }),
    lead: fc.array(paragraphArb, { maxLength: 2 }),
    width: fc.integer({ min: 50, max: 200 }),
  })
  .map(({ style, sections, lead, width }) => {
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
    const chinese = ['一', '二', '三', '四', '五', '六', '七', '八'];
    const heading = (i: number): string =>
      ({
        roman: `${roman[i]}. Heading number ${i + 1}`,
        decimal: `${i + 1}. Heading number ${i + 1}`,
        caps: `HEADING NUMBER ${roman[i]}`,
        chapter: `Chapter ${i + 1}`,
        chinese: `${chinese[i]}、标题`,
      })[style] as string;
    const parts = [...lead.map((p) => wrap(p, width))];
    sections.forEach((paragraphs, i) => {
      parts.push(heading(i));
      for (const p of paragraphs) parts.push(wrap(p, width));
    });
    return { text: `${parts.join('\n\n')}\n`, paragraphs: [...lead, ...sections.flat()] };
  });

/** Every block of the document in reading order: the lead, then each section's blocks before its children. */
function blocksInOrder(document: Document): Block[] {
  const out = [...document.lead];
  for (const section of flattenSections(document.sections)) out.push(...section.blocks);
  return out;
}

describe('every paragraph lands in exactly one section (or the lead), in order', () => {
  it('for generated articles with numbered, capital, keyword and Chinese headings', () => {
    fc.assert(
      fc.property(articleArb, ({ text, paragraphs }) => {
        const document = parseText(text);
        // A heading the parser does not believe (a lone `I.`) is a paragraph too: look at the generated ones.
        const generated = new Set(paragraphs);
        const found = blocksInOrder(document)
          .map((b) => b.text)
          .filter((t) => generated.has(t));
        assert.deepEqual(found, paragraphs);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------
// toc <-> section

function checkSelectable(document: Document): void {
  const all = flattenSections(document.sections);
  const byPath = new Map<string, Section>(all.map((s) => [s.path, s]));
  for (const entry of tocEntries(tocSections(document))) {
    const section = byPath.get(entry.path) as Section;
    assert.equal(findSection(document, entry.path, 'x').sections[0], section, `section ${entry.path}`);
    if (entry.number === null) continue;
    const key = normaliseKey(entry.number);
    if (key === '' || all.filter((s) => s.number !== null && normaliseKey(s.number) === key).length !== 1) continue;
    // A trailing dot says "the label", not the position (`2.` vs `2`).
    const selector = /[.)、．]$/u.test(entry.number) ? entry.number : `${entry.number}.`;
    assert.equal(findSection(document, selector, 'x').sections[0], section, `section ${selector}`);
  }
}

describe('every heading that toc lists is what section <path> and section <number> return', () => {
  it('for generated articles', () => {
    fc.assert(
      fc.property(articleArb, ({ text }) => checkSelectable(parseText(text))),
      { numRuns: RUNS },
    );
  });

  it('for document-like text, plain and Markdown', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        checkSelectable(parseText(text));
        checkSelectable(parseMarkdown(text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('collapseSpace', () => {
  it('collapses exactly what a run of \\s would, for every UTF-16 code unit', () => {
    // (Its quick check spells out `\s` by hand; a code unit it missed would leave white space in a heading.)
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`a${c}b`, `a ${c}b`, `a${c} b`]) {
        assert.equal(collapseSpace(text), text.replace(/\s+/g, ' ').trim(), `U+${code.toString(16)}`);
      }
    }
  });
});
