/**
 * text -> Document for plain text. A few pure passes over the lines, one module each:
 *   1. boilerplate (parse/boilerplate.ts): licence wrappers, page furniture, web chrome, printed contents;
 *   2. blocks (parse/blocks.ts): runs of lines between blank lines, classified (prose, preformatted, underlined);
 *   3. heading candidates (parse/candidates.ts): one line that stands apart and looks like a heading;
 *   4. validation (parse/validate.ts): numbered candidates must fit a sequence of siblings and have a body;
 *   5. the tree (tree.ts): levels from the numbering styles, sections holding their blocks.
 * The title (parse/title.ts) and the date (parse/dates.ts) come from the first blocks; this module
 * runs the passes and assembles the Document. Every pass is linear in the number of lines.
 */

import type { Block, Boilerplate, Document, Paragraph } from './document.js';
import { lazy } from './lazy-regexp.js';
import {
  expandTabs,
  indentation,
  isBlank,
  maxOf,
  minOf,
  removeCommonMargin,
  removeLineNumbers,
  type SourceLine,
  splitLines,
  unboxStars,
} from './lines.js';
import { matchLabel } from './numbering.js';
import { classifyBlocks, groupBlocks, proseIndent, SYMBOL_BULLETS, type TextBlock } from './parse/blocks.js';
import { findBoilerplate } from './parse/boilerplate.js';
import { ATX, BACK_MATTER, type Candidate, findCandidates, splitHeadingLines, splitTitleLines } from './parse/candidates.js';
import { findDate } from './parse/dates.js';
import { withoutModeLine } from './parse/heading-text.js';
import { dropTitleEchoes, findTitleBlock, titleLineCount } from './parse/title.js';
import { validate } from './parse/validate.js';
import { collapseSpace, plainSpaces, WRAPPED_ON } from './text.js';
import { buildTree, type HeadingInput } from './tree.js';

function blockToBlocks(block: TextBlock, proseWidth: number): Block[] {
  const line = (block.lines[0] as SourceLine).line;
  if (block.kind === 'underlined') {
    // An underline that was not taken for a heading: keep the words, drop the rule.
    return [{ type: 'paragraph', text: collapseSpace(block.lines[0]?.text ?? ''), line }];
  }
  if (block.kind === 'preformatted') {
    const texts = block.lines.map((l) => expandTabs(plainSpaces(l.text)).trimEnd());
    const common = minOf(texts.filter((t) => t.trim() !== '').map(indentation));
    return [{ type: 'preformatted', text: texts.map((t) => t.slice(common)).join('\n'), line }];
  }
  // Lines that each start a list item stay separate paragraphs rather than run together.
  const blocks: Block[] = [];
  for (const item of splitListItems(block.lines)) {
    if (keepsItsLines(item, proseWidth)) {
      blocks.push({ type: 'lines', text: item.map((l) => collapseSpace(l.text)).join('\n'), line: (item[0] as SourceLine).line });
    } else if (isLabelLine(item, proseWidth)) {
      // (Two lines: the label, and its paragraph joined.)
      const text = `${collapseSpace((item[0] as SourceLine).text)}\n${collapseSpace(joinLines(item.slice(1)))}`;
      blocks.push({ type: 'lines', text, line: (item[0] as SourceLine).line });
    } else blocks.push(new ProseParagraph(item));
  }
  return blocks;
}

/**
 * A short line set straight over a paragraph wrapped to the text's width: a speaker and a time over what
 * they said (`Maya Fischer  0:18`), a salutation (`Dear Ms Hale,`), an option over its description. Wrapping
 * would have filled it with the next line's first word; the paragraph under it starts a sentence. The two
 * stay one block, in two lines: the label and its paragraph.
 */
function isLabelLine(lines: SourceLine[], proseWidth: number): boolean {
  if (lines.length < 2 || opensListItem((lines[0] as SourceLine).text)) return false;
  const label = (lines[0] as SourceLine).text.trim();
  const next = (lines[1] as SourceLine).text.trim();
  // (A line that stops on a word stops mid-phrase unless it is a name or a term: `-P, --no-pager`, `daemon`,
  // not `For more information, see the` over `PNG specification ...`, nor a title page's capitals.)
  if (ENDS_ON_LETTER.test(label) && (WRAPPED_ON.test(label) || hasSpaces(label, 4))) return false;
  // (Under it, lines wrapped to the width, or one sentence: `Jonas Berg  0:20` / `I did. Yeast. Done.`)
  const paragraph = next.length >= proseWidth * 0.7 || (lines.length === 2 && SENTENCE_END.test(next));
  return label.length + 1 + firstWordLength(next) <= proseWidth * 0.8 && paragraph && !label.endsWith('-') && !STARTS_LOWER_CASE.test(next);
}
const ENDS_ON_LETTER = lazy(() => /\p{L}$/u);
/** A list item's first line, whose next lines are its text wrapped; a command's option (`--no-pager`) is a term. */
const opensListItem = (text: string): boolean => ITEM_START.test(text) && !/^\s*--?\w/.test(text);
const firstWordLength = (text: string): number => {
  const space = text.indexOf(' ');
  return space === -1 ? text.length : space;
};

/**
 * The width the text's prose is wrapped to, in characters: the length that
 * three quarters of its characters are on lines at most as long as. Counted
 * are the lines a paragraph goes on after (wrapped lines run close to the
 * width) and paragraphs of one line with ten words or so (where paragraphs
 * are a line each, those are long). Weighing lines by their length lets a few
 * long paragraphs outweigh many short lines, and the reverse. 0 for none.
 */
function proseWidthOf(blocks: TextBlock[]): number {
  // (Counts by length, not sorted lists: a large text has hundreds of thousands of lines.)
  const characters = new Float64Array(LONGEST_COUNTED + 1);
  let total = 0;
  const count = (text: string): void => {
    const length = Math.min(text.trimEnd().length, LONGEST_COUNTED);
    characters[length] = (characters[length] as number) + length;
    total += length;
  };
  for (const block of blocks) {
    if (block.kind !== 'prose') continue;
    const lines = block.lines;
    if (lines.length > 1) for (let i = 0; i < lines.length - 1; i++) count((lines[i] as SourceLine).text);
    else if ((lines[0] as SourceLine).text.length >= 40 && hasSpaces((lines[0] as SourceLine).text, 9))
      count((lines[0] as SourceLine).text);
  }
  let seen = 0;
  for (let n = 0; n <= LONGEST_COUNTED; n++) {
    seen += characters[n] as number;
    if (total > 0 && seen >= total * 0.75) return n;
  }
  return 0;
}
const LONGEST_COUNTED = 1000;

/** Whether `text` has `wanted` spaces or more (words, roughly), reading no further than the last one needed. */
function hasSpaces(text: string, wanted: number): boolean {
  let found = 0;
  for (let at = text.indexOf(' '); at !== -1 && found < wanted; at = text.indexOf(' ', at + 1)) found++;
  return found >= wanted;
}

/**
 * Lines whose breaks are the writer's (an address, a signature, a verse, a
 * list without marks): every line well short of the width the text's prose
 * is wrapped to, so that each could have taken the next one's first word, and
 * not running on the way wrapped prose does (a line that does not end a
 * sentence, then one in lower case) at more than half the breaks, nor ever
 * after a line of 50 characters (prose wrapped narrower than the rest, or a
 * column of a page's layout). A verse whose lines open in lower case reads as
 * prose, and runs on.
 */
function keepsItsLines(lines: SourceLine[], proseWidth: number): boolean {
  // (A list item's lines are its text wrapped: `- Lease timeouts can now be configured via` / `MaxLeaseTimeSec=`.)
  if (lines.length < 2 || lines.length > 100 || opensListItem((lines[0] as SourceLine).text)) return false;
  const room = proseWidth * 0.6;
  for (const l of lines) if (l.text.trim().length > room) return false;
  let runsOn = 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = (lines[i - 1] as SourceLine).text.trim();
    if (previous.endsWith('-') || (!SENTENCE_END.test(previous) && STARTS_LOWER_CASE.test((lines[i] as SourceLine).text))) {
      if (previous.length >= 50) return false;
      runsOn++;
    }
  }
  return runsOn * 2 < lines.length - 1;
}
const SENTENCE_END = /[.!?]$/;
const STARTS_LOWER_CASE = lazy(() => /^\s*\p{Ll}/u);

/**
 * A paragraph whose text is joined from its lines when first read. A table of
 * contents or one section never reads most paragraphs' text, and joining them
 * all (a white-space scan of every line) was a tenth of parsing a large text.
 */
class ProseParagraph implements Paragraph {
  readonly type = 'paragraph';
  readonly line: number;
  private lines: SourceLine[] | undefined;
  private joined: string | undefined;

  constructor(lines: SourceLine[]) {
    this.lines = lines;
    this.line = (lines[0] as SourceLine).line;
  }

  get text(): string {
    if (this.joined === undefined) {
      this.joined = collapseSpace(joinLines(this.lines as SourceLine[]));
      this.lines = undefined;
    }
    return this.joined;
  }
}

/**
 * A paragraph's lines joined with spaces, except that a word broken at a
 * hyphen (`in-` / `creased`, `well-` / `known`) is joined without one. The
 * hyphen stays: whether it was the typesetter's or the word's cannot be told.
 * groff's hyphenation mark, U+2010 (`frobni‐` / `cate`), is the typesetter's: it goes.
 */
function joinLines(lines: SourceLine[]): string {
  if (lines.length === 1) return (lines[0] as SourceLine).text;
  // (Each line is tested on its own: testing the text joined so far would copy it once per line.)
  const parts: string[] = [(lines[0] as SourceLine).text];
  let widest = 0;
  for (const l of lines) widest = Math.max(widest, l.text.length);
  for (let i = 1; i < lines.length; i++) {
    const previous = (lines[i - 1] as SourceLine).text;
    const next = (lines[i] as SourceLine).text;
    const broken = previous.endsWith('-') && BROKEN_WORD_END.test(previous) && BROKEN_WORD_START.test(next);
    // (Before a capital too: `COMMAND EXE‐` / `CUTION ENVIRONMENT`.)
    const hyphenated = previous.endsWith('\u2010') && /^\s*[^\s\d]/.test(next);
    if (hyphenated) parts[parts.length - 1] = (parts[parts.length - 1] as string).slice(0, -1);
    parts.push(broken || hyphenated || runsOnWide(previous, next, widest) ? next.trimStart() : ` ${next}`);
  }
  return parts.join('');
}

/**
 * Chinese and Japanese wrapped to the width run on with no space; a line that
 * ends early (a field's) or on a sentence's end (it may have ended on purpose)
 * keeps one. The next line's first character settles Latin text at once.
 */
function runsOnWide(previous: string, next: string, widest: number): boolean {
  if (!isWideCharacter(next.trimStart().charCodeAt(0))) return false;
  const end = previous.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  return end.length >= 20 && end.length >= widest * 0.8 && isWideCharacter(last) && last !== 0x3002 && last !== 0xff01 && last !== 0xff1f;
}

/** Han, kana, CJK punctuation and full-width forms (not the full-width space, which opens a paragraph). */
function isWideCharacter(code: number): boolean {
  return (code > 0x3000 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff01 && code <= 0xffef);
}
const BROKEN_WORD_END = lazy(() => /\p{L}-$/u);
const BROKEN_WORD_START = lazy(() => /^\s*\p{Ll}/u);

// (A number or a letter marks an item only with a space after it, `G.H.P. Oude Essink` goes on; a clause's number
// `2.1` only before a capital: `Clause` / `14.2 provides:` goes on.)
const BULLET_START = /^\s*[-*•·‣◦▪–]\s+\S/u;
/** Cells apart: a wide gap of spaces, or tabs (`Senior Data Engineer\t\t\tMar 2021 – Present`). */
const COLUMNS = /\S(?: {3,}|\t+)\S/;
const ITEM_START =
  // (Ranges, not Unicode classes: this is compiled on every run, and `\p{...}` classes are slow to compile.)
  // (Bullets of word processors and Korean reports, `○`, `●`, `■`; a Brazilian law's incisos, `I –`, `II –`.)
  new RegExp(
    `^\\s*(?:[-*•·‣◦▪–]|[${SYMBOL_BULLETS}](?=\\s)|[IVXLC]{1,7} [–—-](?= )|\\d{1,3}[.)](?=[\\s\\u3400-\\u9fff])|\\d{1,3}(?:\\.\\d{1,3})+\\.?(?=\\s+[A-Z\\u00c0-\\u00de\\u0391-\\u03a9\\u0410-\\u042f"“'‘(])|\\d{1,3}[、．]|[a-zA-Z][.)](?=\\s)|\\(\\w{1,4}\\)|\\[\\d{1,4}\\]|（\\S{1,3}）|[一二三四五六七八九十]+、)\\s*\\S`,
  );

const REFERENCE_KEY = /^\s*\[[A-Z][\w+.-]{0,15}\]\s+\S/;

const SYMBOL_BULLET = new RegExp(`^\\s*[${SYMBOL_BULLETS}]\\s`);

function splitListItems(lines: SourceLine[]): SourceLine[][] {
  if (lines.length < 2) return [lines];
  // (A Chinese or Japanese paragraph opens with a full-width space: each such line starts one.)
  const indented = lines.filter((l) => l.text.charCodeAt(0) === 0x3000).length;
  if (indented >= 2) return splitBefore(lines, (l) => l.text.charCodeAt(0) === 0x3000 || ITEM_START.test(l.text));
  // (References keyed by name, `[KT] J. Kleinberg ...`, where the block opens with one: a line that wraps to a
  // `[DHCPv6] section` inside a list is not an entry.)
  if (REFERENCE_KEY.test((lines[0] as SourceLine).text) && lines.filter((l) => REFERENCE_KEY.test(l.text)).length >= 2) {
    return splitBefore(lines, (l) => REFERENCE_KEY.test(l.text));
  }
  const starts = lines.filter((l) => ITEM_START.test(l.text)).length;
  if (starts < 2) return [lines];
  const first = lines.findIndex((l) => ITEM_START.test(l.text));
  // Above the items: a lead-in (`For the sauce:` / `- 1 onion`), or short lines that each stand alone, as an entry's
  // heading lines do over its bullets (`Senior Data Engineer   Mar 2021 – Present` / `Glovo, Barcelona` / `  • Led ...`).
  const above = lines.slice(0, first);
  const leadIn = above.length === 1 && /[:：]\s*$/.test((above[0] as SourceLine).text);
  // (Short against the block's widest line, and over bullets: wrapped prose over `- + unary minus` is not that.)
  const width = maxOf(lines.map((l) => l.text.trimEnd().length));
  const headingLines =
    above.length <= 2 &&
    BULLET_START.test((lines[first] as SourceLine).text) &&
    above.every((l) => COLUMNS.test(l.text) || l.text.trim().length <= width * 0.6);
  if (above.length > 0 && !leadIn && !headingLines) return [lines];
  // (Under a word processor's bullet, a line that wraps to `-q to turn it off` goes on: only such a bullet starts one.)
  const itemStart = SYMBOL_BULLET.test((lines[first] as SourceLine).text) ? SYMBOL_BULLET : ITEM_START;
  return [...above.map((l) => [l]), ...splitBefore(lines.slice(first), (l) => itemStart.test(l.text))];
}

/** Lines in runs, a new run at each line that `starts` one. */
function splitBefore(lines: SourceLine[], starts: (line: SourceLine) => boolean): SourceLine[][] {
  const runs: SourceLine[][] = [];
  for (const l of lines) {
    if (starts(l) || runs.length === 0) runs.push([l]);
    else (runs[runs.length - 1] as SourceLine[]).push(l);
  }
  return runs;
}

export function parseText(text: string): Document {
  const lines = unboxStars(splitLines(text));
  // (A bill's lines numbered in the margin: the numbers go, and a paragraph starts where a line is set in.)
  const numberedLines = removeLineNumbers(lines);
  const { kinds, contentsHeaders, listed, outline, asciidoc, titleField, headerTitle, dateField, mailDate, breadcrumb } =
    findBoilerplate(lines);
  removeCommonMargin(lines, kinds);
  const boilerplate: Boilerplate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    const line = lines[i] as SourceLine;
    if (kind !== undefined && !isBlank(line.text)) {
      boilerplate.push({ type: 'boilerplate', kind, text: collapseSpace(line.text), line: line.line });
    }
  }

  const grouped = groupBlocks(lines, kinds, asciidoc, numberedLines);
  const baseIndent = proseIndent(grouped);
  // Headings are taken off their bodies first, so a table or a tabbed list under a heading does not hide it.
  const hints = { listed, outline, asciidoc };
  const blocks = splitHeadingLines(splitTitleLines(grouped), baseIndent, hints);
  classifyBlocks(blocks, baseIndent);

  const candidates = findCandidates(blocks, baseIndent, contentsHeaders, hints);
  let headings = dropFootnotes(validate(candidates, blocks, baseIndent, listed), lines);

  // Title and date come from the first blocks, before any heading.
  const consumed = new Set<number>();
  let title: string | null = null;
  const titleBlock = headerTitle === null ? findTitleBlock(blocks, headings, candidates) : -1;
  if (titleBlock >= 0) {
    const block = blocks[titleBlock] as TextBlock;
    const count = titleLineCount(block);
    title = collapseSpace(
      block.lines
        .slice(0, count)
        .map((l) => l.text)
        .join(' '),
    );
    title = withoutModeLine(ATX.exec(title)?.[2] ?? title);
    // A centred title page block: the title is its first line (or lines), the rest stays.
    if (block.kind === 'prose' && block.lines.length > count) blocks[titleBlock] = { lines: block.lines.slice(count), kind: 'prose' };
    else consumed.add(titleBlock);
    headings = dropTitleEchoes(headings, blocks, titleBlock, title);
    // The title's underline is the outermost style (rST): `=` under the title outranks the `-` seen before the next `=`.
    if (block.kind === 'underlined') for (const c of headings) if (c.style === block.underlineStyle) c.topLevel = true;
  } else if (headerTitle !== null || titleField !== null) {
    title = headerTitle ?? titleField;
  }
  // A message's own header dates it, whatever dates the messages quoted under it carry.
  const found = mailDate === null ? findDate(blocks, Math.max(0, titleBlock), headings[0]?.block ?? blocks.length) : null;
  const date = mailDate ?? found?.date ?? dateField;
  if (found?.whole) consumed.add(found.block);

  for (const c of headings) {
    consumed.add(c.block);
    if (c.titleBlock !== undefined) consumed.add(c.titleBlock);
  }
  const proseWidth = proseWidthOf(blocks);
  const lead: Block[] = [];
  const bodies: Block[][] = headings.map(() => []);
  let h = -1;
  for (let b = 0; b < blocks.length; b++) {
    while (h + 1 < headings.length && (headings[h + 1] as Candidate).block <= b) h++;
    if (consumed.has(b)) continue;
    const block = blocks[b] as TextBlock;
    // (A loop, not push(...): one block may hold more list items than a call can take arguments.)
    const body = h >= 0 ? (bodies[h] as Block[]) : lead;
    for (const b of blockToBlocks(block, proseWidth)) body.push(b);
  }

  // Wiki headings nest as the page's numbered contents box says (`1.1 Origins` under `1 History`).
  if (headings.some((c) => c.style === 'wiki')) {
    const depth = contentsDepths(boilerplate);
    for (const c of headings) if (c.style === 'wiki') c.style = `wiki:${depth.get(c.title.toLowerCase()) ?? 1}`;
  }
  // Under a heading in capitals (`DIRECTORS' REPORT`, then `Going concern`), a plain line is its subhead, not front matter.
  let underCaps = false;
  for (const c of headings) {
    if (c.style === 'plain' && underCaps && !c.centred && !BACK_MATTER.test(c.heading)) c.topLevel = false;
    else underCaps = c.style === 'caps';
  }
  // Capitals with no text of their own over a numbered run from 1 (or 0), with capitals again after the run
  // (`BACKGROUND OF THE INVENTION`, `1. Field ...`, `2. Related Art`, `SUMMARY`): the run is their subsections.
  const holds = new Set<Candidate>();
  headings.forEach((c, i) => {
    const next = headings[i + 1];
    if (c.style !== 'caps' || next?.label == null || next.label.ordinal > 1 || next.block !== c.block + 1) return;
    // (Or another unnumbered heading of the top level: `How to Apply These Terms` after a licence's numbered terms.)
    let j = i + 1;
    while (j < headings.length && !((headings[j] as Candidate).label === null && (headings[j] as Candidate).topLevel)) j++;
    if (j < headings.length) holds.add(c);
  });
  nestAsListed(headings, listed);
  // Among `#` headings, a setext underline ranks as Markdown ranks it: `===` as `#`, `---` as `##`.
  if (headings.some((c) => c.style.startsWith('atx:'))) {
    for (const c of headings)
      if (c.style === 'underline:=' || c.style === 'underline:-') c.style = c.style === 'underline:=' ? 'atx:1' : 'atx:2';
  }
  const headingInputs: HeadingInput[] = headings.map((c) => ({
    holds: holds.has(c),
    style: c.style,
    number: c.number,
    title: c.title,
    heading: c.heading,
    line: c.line,
    topLevel: c.topLevel,
  }));
  const lastLine = lastContentLine(lines, kinds) ?? lines[lines.length - 1]?.line ?? 1;
  const sections = buildTree(headingInputs, bodies, lastLine);
  return { type: 'document', syntax: 'text', title, date, breadcrumb, lead, sections, boilerplate };
}

/**
 * Notes under a rule at the foot of a text (`____________________`, then `1) Směrnice ...`, `2) Nařízení ...`)
 * are footnotes, not headings: numbered ones in a style that no heading above the rule uses go.
 */
function dropFootnotes(headings: Candidate[], lines: SourceLine[]): Candidate[] {
  let rule = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = (lines[i] as SourceLine).text;
    // (Set apart by a blank line above: not a heading's underline.)
    if (text.length >= 5 && text.length <= 80 && FOOTNOTE_RULE.test(text) && isBlank(lines[i - 1]?.text ?? '')) {
      rule = (lines[i] as SourceLine).line;
      break;
    }
  }
  // (At the foot: a rule with the text going on long after it is the text's own.)
  const last = lines[lines.length - 1]?.line ?? 0;
  if (rule < 0 || last - rule > Math.max(40, last * 0.1)) return headings;
  const stylesAbove = new Set(headings.filter((c) => c.line < rule).map((c) => c.style));
  return headings.filter((c) => c.line < rule || c.label === null || stylesAbove.has(c.style));
}
const FOOTNOTE_RULE = /^\s*_{5,}\s*$/;

/**
 * Where the document's own contents lists the top of its unnumbered headings
 * (a web page's `Jump to:` list), those are its sections, and an unnumbered
 * heading it does not list, after one it does, is a subsection of that one
 * (`Getting there`, then `By air` and `By train`). Three listed headings at
 * least: a contents that names fewer is not this text's.
 */
function nestAsListed(headings: Candidate[], listed: ReadonlyMap<string, number>): void {
  const top = (c: Candidate): boolean => c.label === null && listed.get(c.title.toLowerCase()) === 0;
  // (Numbered headings nest by their numbers: a DocBook chapter's own contents lists its subsections at its top.)
  if (headings.filter(top).length < 3 || headings.some((c) => c.label !== null)) return;
  const last = headings.findLastIndex(top);
  let parent: Candidate | null = null;
  headings.forEach((c, i) => {
    if (top(c)) {
      c.topLevel = true;
      parent = c;
    } else if (parent !== null && i < last && c.style === parent.style && !listed.has(c.title.toLowerCase())) {
      // (Only between listed headings: after the last, a heading in its style is as likely a part of its
      // own, `TRUSTEES` and `THANK YOU` closing a report whose contents stops at its last chapter.)
      c.style = `${c.style}:unlisted`;
      c.topLevel = false;
    }
  });
}

/** From a printed contents' numbered entries (`1.1 Origins`): each title's depth. */
function contentsDepths(boilerplate: Boilerplate[]): Map<string, number> {
  const depth = new Map<string, number>();
  for (const entry of boilerplate) {
    const label = entry.kind === 'contents' ? matchLabel(entry.text) : null;
    if (label?.path !== undefined) depth.set(label.title.toLowerCase(), label.path.length);
  }
  return depth;
}

function lastContentLine(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (kinds[i] === undefined && !isBlank((lines[i] as SourceLine).text)) return (lines[i] as SourceLine).line;
  }
  return null;
}
