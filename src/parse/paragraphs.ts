/**
 * Paragraphs: each prose block's lines joined into running text (a word broken
 * at a hyphen joins without a space), split where each line starts a list
 * item, and kept as lines where the writer broke them: a run of short lines
 * (an address, a verse, a synopsis), or a short line set over its paragraph
 * (a speaker, a term). Run by src/parse.ts once headings are known.
 */

import type { Block, Paragraph } from '../document.js';
import { lazy } from '../lazy-regexp.js';
import { expandTabs, indentation, maxOf, minOf, type SourceLine } from '../lines.js';
import { collapseSpace, plainSpaces, SENTENCE_END, startsLowercase, WRAPPED_ON } from '../text.js';
import { firstWordLength, SYMBOL_BULLETS, type TextBlock } from './blocks.js';

/** What the paragraphs of one text share. */
export interface TextFacts {
  /** The width the text's prose is wrapped to (proseWidthOf), worked out on first asking. */
  proseWidth: () => number;
  /** Whether a word (in lower case) occurs in the text. */
  hasWord: (word: string) => boolean;
}

/**
 * The facts of a text, each worked out only if a paragraph asks: the prose width by a paragraph of several lines
 * (a text whose paragraphs are a line each never needs it), the words by a word broken at a line's end.
 */
export function textFacts(blocks: TextBlock[], text: string): TextFacts {
  let width: number | undefined;
  let words: Set<string> | undefined;
  return {
    proseWidth: () => {
      width ??= proseWidthOf(blocks);
      return width;
    },
    hasWord: (word) => {
      if (words === undefined) {
        words = new Set();
        for (const m of text.matchAll(WORD)) words.add(m[0].toLowerCase());
      }
      return words.has(word);
    },
  };
}
const WORD = /\p{L}{3,}/gu;

export function blockToBlocks(block: TextBlock, facts: TextFacts): Block[] {
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
    if (item.length === 1) {
      blocks.push(new ProseParagraph(item, facts));
      continue;
    }
    const proseWidth = facts.proseWidth();
    if (keepsItsLines(item, proseWidth)) {
      blocks.push({ type: 'lines', text: item.map((l) => collapseSpace(l.text)).join('\n'), line: (item[0] as SourceLine).line });
    } else if (isLabelLine(item, proseWidth)) {
      // (Two lines: the label, and its paragraph joined.)
      const text = `${collapseSpace((item[0] as SourceLine).text)}\n${collapseSpace(joinLines(item.slice(1), facts))}`;
      blocks.push({ type: 'lines', text, line: (item[0] as SourceLine).line });
    } else blocks.push(new ProseParagraph(item, facts));
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
  return label.length + 1 + firstWordLength(next) <= proseWidth * 0.8 && paragraph && !label.endsWith('-') && !startsLowercase(next);
}
const ENDS_ON_LETTER = lazy(() => /\p{L}$/u);
/** A list item's first line, whose next lines are its text wrapped; a command's option (`--no-pager`) is a term. */
const opensListItem = (text: string): boolean => ITEM_START.test(text) && !/^\s*--?\w/.test(text);

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
    if (previous.endsWith('-') || (!SENTENCE_END.test(previous) && startsLowercase((lines[i] as SourceLine).text.trimStart()))) {
      if (previous.length >= 50) return false;
      runsOn++;
    }
  }
  return runsOn * 2 < lines.length - 1;
}

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

  constructor(
    lines: SourceLine[],
    private readonly facts: TextFacts,
  ) {
    this.lines = lines;
    this.line = (lines[0] as SourceLine).line;
  }

  get text(): string {
    if (this.joined === undefined) {
      this.joined = collapseSpace(joinLines(this.lines as SourceLine[], this.facts));
      this.lines = undefined;
    }
    return this.joined;
  }
}

/**
 * A paragraph's lines joined with spaces, except that a word broken at a
 * hyphen (`in-` / `creased`, `well-` / `known`) is joined without one. The
 * hyphen goes where the word occurs whole elsewhere in the text (`ran-` /
 * `dom`, when `random` is there too): the typesetter put it in. Otherwise it
 * stays, as it may be the word's own (`well-known`). groff's hyphenation
 * mark, U+2010 (`frobni‐` / `cate`), is always the typesetter's: it goes.
 */
function joinLines(lines: SourceLine[], facts: TextFacts): string {
  if (lines.length === 1) return (lines[0] as SourceLine).text;
  // (Each line is tested on its own: testing the text joined so far would copy it once per line.)
  const parts: string[] = [(lines[0] as SourceLine).text];
  let widest = 0;
  for (const l of lines) widest = Math.max(widest, l.text.length);
  for (let i = 1; i < lines.length; i++) {
    const previous = (lines[i - 1] as SourceLine).text;
    const next = (lines[i] as SourceLine).text;
    const broken = previous.endsWith('-') && BROKEN_WORD_END.test(previous) && startsLowercase(next.trimStart());
    // (Before a capital too: `COMMAND EXE‐` / `CUTION ENVIRONMENT`.)
    const hyphenated = (previous.endsWith('\u2010') && /^\s*[^\s\d]/.test(next)) || (broken && facts.hasWord(brokenWord(previous, next)));
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
/**
 * The word a line break split at a hyphen, whole and in lower case (`ran-` and `dom variable` give `random`),
 * or '' when either half is part of a name or an address rather than a word: `git-` / `config(1)`,
 * `www.info-` / `zip.org`, `man-` / `db-2.2`.
 */
function brokenWord(previous: string, next: string): string {
  const start = STEM_BEFORE_HYPHEN.exec(previous);
  const end = WORD_AT_START.exec(next);
  if (start === null || end === null) return '';
  return `${start[1]}${end[1]}`.toLowerCase();
}
const STEM_BEFORE_HYPHEN = lazy(() => /(?:^|\s)(\p{L}+)-$/u);
const WORD_AT_START = lazy(() => /^\s*(\p{L}+)[.,;:!?)"'’”]*(?:\s|$)/u);

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
