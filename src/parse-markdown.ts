/**
 * Markdown -> Document. Structure comes from marked's lexer (so headings in
 * code blocks are never headings); the blocks keep their Markdown source, to
 * be rendered as Markdown.
 */

import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Boilerplate, Document } from './document.js';
import { splitLines } from './lines.js';
import { matchLabel } from './numbering.js';
import { findDateIn, matchDateLine } from './parse/dates.js';
import { parseText } from './parse.js';
import { collapseSpace } from './text.js';
import { buildTree, type HeadingInput } from './tree.js';

// A pandoc title block: `% title`, `% author(s)`, `% date`.
const PANDOC_TITLE = /^%[ \t]*(.*)\n(?:%[ \t]*(.*)\n)?(?:%[ \t]*(.*)(?:\n|$))?/;

/** Deeper than any real document nests; marked's cost grows fast past it. */
const MAX_NESTING = 64;
/**
 * Quotes and list items opened on one line (`> - > - x`): each level restyles
 * the text inside it, so the styled output grows far faster than the source
 * (30 levels of 2 KB gave 2.4 MB and took 19 s). No real document opens more
 * than a few on one line.
 */
const MAX_CONTAINERS_ON_A_LINE = 24;
const CONTAINER_MARKS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/gm;
const CONTAINER_MARK = /[>*+-]|\d{1,9}[.)]/g;
const INDENT = /^[ \t]+(?=\S)/gm;

/**
 * A paragraph of more than 10,000 characters a third of which are emphasis
 * marks (`*a*a*a...`): marked's search for the closing delimiters takes time
 * that grows with the square of such a paragraph (100 KB took 2.4 s, 1 MB
 * never finished). Prose with emphasis has far fewer. Paragraphs are found
 * by their blank lines, so the common short ones cost one indexOf each.
 */
function crowdedWithDelimiters(source: string): boolean {
  for (let start = 0; start < source.length; ) {
    const blank = source.indexOf('\n\n', start);
    const end = blank < 0 ? source.length : blank;
    if (end - start > 10_000) {
      let marks = 0;
      for (let i = start; i < end; i++) {
        const c = source.charCodeAt(i);
        if (c === 42 || c === 95) marks++;
      }
      if (marks * 3 > end - start) return true;
    }
    start = end + 2;
  }
  return false;
}

/**
 * Whether marked would not read the source in good time: a line nested too
 * deep in quotes or indentation, or opening too many quotes and list items,
 * or a paragraph crowded with emphasis marks.
 */
function tooCostlyForMarked(source: string): boolean {
  for (const m of source.matchAll(INDENT)) if (m[0].replace(/\t/g, '    ').length / 2 > MAX_NESTING) return true;
  // (One pass over the containers a line opens serves both the quotes' depth and the mix of kinds.)
  for (const m of source.matchAll(CONTAINER_MARKS)) {
    const prefix = m[0];
    if (!prefix.includes('>')) continue;
    if (prefix.split('>').length - 1 > MAX_NESTING) return true;
    // (Both kinds: `- - - - ...` alone is a rule.)
    if (prefix.length <= MAX_CONTAINERS_ON_A_LINE * 2 || !/[-*+\d]/.test(prefix)) continue;
    if ((prefix.match(CONTAINER_MARK)?.length ?? 0) > MAX_CONTAINERS_ON_A_LINE) return true;
  }
  return crowdedWithDelimiters(source);
}

const HTML_HEADING = /^\s*<h([1-6])(?:\s[^<>]*)?>((?:(?!<\/?h[1-6]\b)[\s\S])*?)<\/h\1>\s*$/i;
/** YAML front matter between `---` lines, or Hugo's TOML between `+++` lines. */
const FRONT_MATTER = /^(?:---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)|\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+)[ \t]*(?:\n|$)/;
/** A front-matter field's value, quoted or not (`title: "..."`, `title = "..."`); a date-time's date (`2024-02-18T10:30:00+01:00`). */
const frontField = (fields: string, name: string): string | null => {
  const value = new RegExp(`^${name}\\s*[:=]\\s*["']?(.+?)["']?\\s*$`, 'm').exec(fields)?.[1] ?? null;
  return value === null ? null : (/^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(value)?.[1] ?? value);
};

export function parseMarkdown(text: string): Document {
  const lines = splitLines(text);
  // marked counts lines its own way (it turns a lone CR into a line break):
  // lex the split lines and map back to line numbers counted in the original.
  let source = lines.map((l) => l.text).join('\n');
  const boilerplate: Boilerplate[] = [];
  let firstLine = 0;
  let frontTitle: string | null = null;
  let frontDate: string | null = null;
  const front = FRONT_MATTER.exec(source);
  if (front) {
    const fields = front[1] ?? front[2] ?? '';
    frontTitle = frontField(fields, 'title');
    frontDate = frontField(fields, 'date') ?? frontField(fields, 'created');
    boilerplate.push({ type: 'boilerplate', kind: 'wrapper', text: collapseSpace(front[0]), line: 1 });
    firstLine = (front[0].match(/\n/g) ?? []).length;
    source = source.slice(front[0].length);
  }

  const pandoc = front ? null : PANDOC_TITLE.exec(source);
  if (pandoc) {
    frontTitle = collapseSpace(pandoc[1] ?? '') || null;
    frontDate = collapseSpace(pandoc[3] ?? '') || null;
    boilerplate.push({ type: 'boilerplate', kind: 'wrapper', text: collapseSpace(pandoc[0]), line: 1 });
    firstLine = (pandoc[0].match(/\n/g) ?? []).length;
    source = source.slice(pandoc[0].length);
  }

  // marked recurses once per nesting level and slows down steeply with depth
  // (thousands of nested `>` exhaust the heap; deep lists take minutes): such a
  // file is read as plain text instead.
  if (tooCostlyForMarked(source)) return parseText(text);
  let tokens: Token[];
  try {
    tokens = Lexer.lex(source, { gfm: true });
  } catch (error) {
    if (error instanceof RangeError) return parseText(text);
    throw error;
  }

  const lineOf = (index: number): number => lines[Math.min(index, lines.length - 1)]?.line ?? 1;
  const headings: HeadingInput[] = [];
  const headingDepths: number[] = [];
  const bodies: Block[][] = [];
  const lead: Block[] = [];
  let row = firstLine;
  for (const token of tokens) {
    const line = lineOf(row);
    row += (token.raw.match(/\n/g) ?? []).length;
    if (token.type === 'space') continue;
    // An HTML block that is one heading (`<h1 align="center">Name</h1>`, `<h2 id="setup">Setup</h2>`), as READMEs write them.
    const html = token.type === 'html' && token.raw.length < 1000 ? HTML_HEADING.exec(token.raw) : null;
    const text = html ? collapseSpace((html[2] as string).replace(/<[^<>]*>/g, '')) : '';
    if (token.type === 'heading' || (html && text !== '')) {
      const depth = html ? Number(html[1]) : (token as Tokens.Heading).depth;
      // The heading as written: links and emphasis stay (`[2.1.0] - 2023-03-22`).
      const written = html ? text : collapseSpace((token as Tokens.Heading).text);
      const label = matchLabel(written);
      headings.push({
        style: `markdown:${depth}`,
        number: label && label.title !== '' ? label.number : null,
        title: label && label.title !== '' ? label.title : written,
        heading: written,
        line,
        topLevel: false,
      });
      headingDepths.push(depth);
      bodies.push([]);
      continue;
    }
    const block: Block = { type: 'markdown', text: token.raw.replace(/\n+$/, ''), token: token.type, line, lexed: token };
    (bodies[bodies.length - 1] ?? lead).push(block);
  }

  // One `#` heading before any other heading is the document's title (front matter naming the same title or none).
  let title = frontTitle;
  const h1Count = headingDepths.filter((d) => d === 1).length;
  const first = headings[0]?.heading;
  const sameAsFront = title !== null && first !== undefined && collapseSpace(title).toLowerCase() === collapseSpace(first).toLowerCase();
  if ((title === null || sameAsFront) && headingDepths[0] === 1 && h1Count === 1) {
    title ??= (headings[0] as HeadingInput).heading;
    headings.shift();
    headingDepths.shift();
    for (const block of bodies.shift() as Block[]) lead.push(block);
  }
  // A date line early in the lead.
  let date = frontDate;
  if (date === null) {
    const plain = (b: Block): string => b.text.replace(/[*_]/g, '');
    const index = lead.slice(0, 3).findIndex((b) => matchDateLine(plain(b)) !== null);
    if (index >= 0) {
      date = matchDateLine(plain(lead[index] as Block));
      lead.splice(index, 1);
    } else {
      // A status line that ends with its date stays in the text; so does a block of fields (`**Status:** Accepted` /
      // `**Created:** 2024-01-18`), one of them a date.
      const dateIn = (b: Block): string | null => {
        if (b.type !== 'markdown' || b.token !== 'paragraph') return null;
        const text = plain(b);
        const lines = text.split('\n');
        return findDateIn(text) ?? (lines.length > 1 ? (lines.map(matchDateLine).find((d) => d !== null) ?? null) : null);
      };
      date = lead.slice(0, 3).reduce<string | null>((found, b) => found ?? dateIn(b), null);
    }
  }
  const lastLine = lines[lines.length - 1]?.line ?? 1;
  const sections = buildTree(headings, bodies, lastLine);
  return { type: 'document', syntax: 'markdown', title, date, breadcrumb: null, lead, sections, boilerplate };
}

const COMMENT_BLOCK = /^(?:#.*\n){2,}/gm;
const MARKDOWN_SIGNS = /^(#{1,6}\s+\S|```|~~~|\s{0,3}[-*+]\s+\[[ xX]\]|\[[^\]]+\]:\s*\S)/gm;

/** Markdown by name, or by content when the name says nothing (stdin, `.txt` READMEs). */
export function looksLikeMarkdown(name: string, text: string): boolean {
  if (/\.(md|markdown|mdown|mkd|mkdn|mdx)$/i.test(name)) return true;
  // (Text files, and other markups whose lines can look like Markdown: an Org `- [X]` item, an AsciiDoc list.)
  if (/\.(txt|text|org|adoc|asciidoc|rst)$/i.test(name)) return false;
  // (A run of `#` lines is a comment block, as shell scripts and GNU TODO files open with, not headings.)
  const sample = text.slice(0, 100_000).replace(COMMENT_BLOCK, '');
  const signs = sample.match(MARKDOWN_SIGNS)?.length ?? 0;
  return signs >= 2;
}
