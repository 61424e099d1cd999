/**
 * Pass 2: blocks. Runs of lines between blank lines, with underlined lines as
 * blocks of their own, classified as prose, preformatted or underlined.
 */

import type { Boilerplate } from '../document.js';
import { indentation, isBlank, maxOf, minOf, type SourceLine } from '../lines.js';
import { matchLabel } from '../numbering.js';
import { countWords, hasLowercase, SENTENCE_END, startsLowercase } from '../text.js';

export interface TextBlock {
  lines: SourceLine[];
  kind: 'prose' | 'preformatted' | 'underlined';
  /** For underlined blocks: the underline style, e.g. `underline:=`. */
  underlineStyle?: string;
  /** A plain subhead taken off the top of its paragraph (`Warnings and precautions` over its text). */
  subhead?: boolean;
  /** The lines indented under a keyword heading taken off them (`Week 1: ...` over `  Read: ...`): text, not a heading. */
  body?: boolean;
}

/** (Texinfo's plain text underlines its fourth level with dots: `3.2.1 Regular expressions` / `.........`.) */
const UNDERLINE = /^\s*([=\-~^*+#`'":_.])\1{2,}\s*$/;

/**
 * Text saved from an editor that wraps on screen (a Google Docs export) has a paragraph to a line, and often
 * no blank line between a heading, its paragraph and a list: no line there goes on from the one above. A
 * block with a line of prose wider than text is wrapped at, where every wide line ends a sentence and the
 * line after it does not go on in lower case, is taken apart at each line, keeping runs of list items and of
 * table rows together; a short line over a paragraph or a list is a subhead set on its text. (Wrapped text,
 * pdftotext's too, breaks lines inside sentences. Set in from the margin, a block is code or a layout: kept.)
 */
function unwrappedRuns(lines: SourceLine[]): TextBlock[] {
  const whole: TextBlock[] = [{ lines, kind: 'prose' }];
  // (Items may be set in: `<tab>●<tab>Sit with a senior agent`.)
  const setIn = lines.some((l) => indentation(l.text) > 0 && !ITEM_LINE.test(l.text));
  // (Or, short lines and all, items as word processors set them, a tab on either side of the mark: `<tab>•<tab>Treat ...`.)
  if (lines.length < 2 || setIn || !lines.some((l) => isUnwrappedProse(l.text) || TABBED_ITEM.test(l.text))) return whole;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text.trimEnd();
    if (text.length < 90 || isColumnRow(text) || ITEM_LINE.test(text)) continue;
    if (!/[.!?:]["”’)]?$/.test(text) || startsLowercase(lines[i + 1]?.text ?? '')) return whole;
  }
  const kindOf = (text: string): 'item' | 'row' | 'short' | 'prose' =>
    ITEM_LINE.test(text)
      ? 'item'
      : text.includes('\t') || isColumnRow(text)
        ? 'row'
        : text.length < 90 && !SENTENCE_END.test(text.trimEnd())
          ? 'short'
          : 'prose';
  const lineKinds = lines.map((l) => kindOf(l.text));
  // A line that ends a sentence with more than a paragraph's tail after it: a subhead, a list, a table, or a line
  // into which the next one's first word would have fitted. (Wrapped at 200 columns, a paragraph may break after
  // a sentence too; its last line, shorter, ends one.)
  const hardBreak = lines.some((line, i) => {
    const next = lines[i + 1];
    if (next === undefined || !SENTENCE_END.test(line.text.trimEnd())) return false;
    const width = line.text.trimEnd().length;
    return lineKinds[i + 1] !== 'prose' || width + 1 + firstWordLength(next.text) <= next.text.trimEnd().length;
  });
  if (!hardBreak) return whole;
  const runs: TextBlock[] = [];
  // What the last run goes on with: more list items, table rows or short lines.
  let goesOn: (typeof lineKinds)[number] | null = null;
  lines.forEach((line, i) => {
    const kind = lineKinds[i] as (typeof lineKinds)[number];
    const next = lineKinds[i + 1];
    // (A short line over a paragraph or a list is its subhead, the last of a run of short lines too.)
    const subhead = kind === 'short' && (next === 'prose' || next === 'item');
    const last = runs[runs.length - 1];
    if (last !== undefined && !subhead && kind !== 'prose' && goesOn === kind) last.lines.push(line);
    else runs.push(subhead ? { lines: [line], kind: 'prose', subhead: true } : { lines: [line], kind: 'prose' });
    goesOn = subhead || kind === 'prose' ? null : kind;
  });
  return runs;
}
export const firstWordLength = (text: string): number => /^\s*(\S*)/.exec(text)?.[1]?.length ?? 0;
/** Word processors' and Korean reports' bullets (`●`, `○`, `■`), which plain text's lists do not use. */
export const SYMBOL_BULLETS = '○●■◆◇▶►➢✓✔';
const TABBED_ITEM = new RegExp(`^\\t+(?:[-•·◦▪${SYMBOL_BULLETS}]|\\d{1,3}[.)]|[a-z][.)])\\t\\S`);
/** A line of 120 characters or more, in 15 words or more, and no columns. */
const isUnwrappedProse = (text: string): boolean => text.length >= 120 && !isColumnRow(text) && countWords(text) >= 15;
/** A bulleted or numbered list item (`●\tText`, `1. Text`, `a) Text`; `□` a checkbox). */
const ITEM_LINE = new RegExp(`^\\s*(?:[-*•‣◦▪+□${SYMBOL_BULLETS}]|\\d{1,3}[.)]|[a-z][.)])\\s`);

/**
 * `asciidoc`: the text is AsciiDoc, whose `----`, `....` and `|===` lines delimit blocks kept as written.
 * `indentedParagraphs`: paragraphs are marked by setting in their first line, not by blank lines (a bill).
 */
export function groupBlocks(
  lines: SourceLine[],
  kinds: (Boilerplate['kind'] | undefined)[],
  asciidoc = false,
  indentedParagraphs = false,
): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: SourceLine[] = [];
  const nearFurniture = blanksNearFurniture(lines, kinds);
  const flush = (): void => {
    // (A block of one line, most blocks of a long text, has nothing to take apart.)
    if (current.length === 1) blocks.push({ lines: current, kind: 'prose' });
    else if (current.length > 1) {
      const runs = unwrappedRuns(current);
      for (let r = 0; r < runs.length; r++) blocks.push(runs[r] as TextBlock);
    }
    current = [];
  };
  let acrossPage = false;
  const fenceEnd = fencedCode(lines, asciidoc);
  // (Where paragraphs are set in on their first line, the margin their other lines keep.)
  let textMargin = Number.POSITIVE_INFINITY;
  if (indentedParagraphs) {
    for (let i = 0; i < lines.length; i++) {
      const text = (lines[i] as SourceLine).text;
      if (kinds[i] === undefined && !isBlank(text)) textMargin = Math.min(textMargin, indentation(text));
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    // Code between Markdown fences in a text file (a README saved as .txt), or in an Org block, is one block,
    // blank lines and all.
    const end = fenceEnd.get(i);
    if (end !== undefined) {
      flush();
      blocks.push({ lines: lines.slice(i, end + 1), kind: 'preformatted' });
      i = end;
      continue;
    }
    if (kinds[i] !== undefined) {
      // Page furniture does not end a paragraph that runs across pages.
      if (kinds[i] !== 'page-furniture') flush();
      else acrossPage = true;
      continue;
    }
    if (isBlank(line.text)) {
      // Blank lines around page furniture are part of the page break, not a paragraph end.
      if (!nearFurniture[i]) flush();
      else acrossPage = true;
      continue;
    }
    // ...but only a line that goes on at the same indentation after an unfinished one goes on: a line
    // at another indentation, or after a finished sentence, starts a new block (a heading or a paragraph
    // at the top of the next page; GNU licences part their sections with a form feed).
    const last = current[current.length - 1];
    if (line.pageBreak) acrossPage = true;
    // (A line set in past the text's margin after one that ends a sentence or a clause starts a paragraph.)
    if (indentedParagraphs && last !== undefined && indentation(line.text) > textMargin && /[.:;]\s*$/.test(last.text)) flush();
    // (Nor does text go on from a line with no lower-case letter: a box's border, a rule, a heading; nor from
    // a short line, a paragraph's last, unless the next goes on in lower case; nor into a heading in capitals
    // or a numbered one at the top of the page.)
    const parted =
      last !== undefined &&
      (indentation(last.text) !== indentation(line.text) ||
        SENTENCE_END.test(last.text.trimEnd()) ||
        !hasLowercase(last.text) ||
        (last.text.trim().length < 40 && !startsLowercase(line.text.trim())));
    if (acrossPage && (parted || (/[A-Z]/.test(line.text) && !hasLowercase(line.text)) || matchLabel(line.text.trim()) !== null)) flush();
    acrossPage = false;
    // Underlined (setext / reStructuredText) headings are blocks of their own.
    const next = lines[i + 1];
    // (An indented block is code or program output: its underlines are not headings.)
    if (next && kinds[i + 1] === undefined && UNDERLINE.test(next.text) && !UNDERLINE.test(line.text) && !indentedBlock(line)) {
      const marker = next.text.trim();
      const text = line.text.trim();
      const over = current.length > 0 && UNDERLINE.test((current[current.length - 1] as SourceLine).text);
      // (An underline starts where its words do, or left of them, and runs under most of them: a rule set off
      // to the right, `     ______` over a boxed command, is not one.)
      // (Nor is the rule under a table's header row: `Engine     Efficiency     T_h / K`.)
      const under =
        indentation(next.text) <= indentation(line.text) + 1 && marker.length >= Math.min(3, text.length / 2) && !isTableRow(line.text);
      // (Straight after a paragraph, only an underline of the line's own length makes it a heading: NEWS
      // files put a release's underlined heading right under the last line of the release before.)
      // (A box's last row over its bottom border is not one: `| location.   |` / `*****`.)
      const ownLength =
        Math.abs(marker.length - text.length) <= 2 &&
        // (Dots underline only as long as their line: `...` under a line of program output is an ellipsis.)
        (marker[0] !== '.' || marker.length >= 4) &&
        text.length >= 4 &&
        !SENTENCE_END.test(text) &&
        !/^[|+]/.test(text) &&
        !current.some((l) => UNDERLINE.test(l.text));
      const dots = marker[0] === '.';
      if (under && text.length <= 100 && (dots ? ownLength : current.length === 0 || over || ownLength)) {
        let style = `underline:${marker[0]}`;
        if (over) {
          current.pop();
          style = `overline:${marker[0]}`;
        }
        flush();
        blocks.push({ lines: [line, next], kind: 'underlined', underlineStyle: style });
        i++;
        continue;
      }
    }
    current.push(line);
  }
  flush();
  return blocks;
}

/** The code of a line's first character after spaces and tabs, without copying the line (this runs on every line). */
function firstMark(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return text.charCodeAt(i);
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const ORG_BLOCK = /^\s*#\+(begin|end)_(\w+)/i;

/** An AsciiDoc block delimiter: listing `----`, literal `....`, example `====`, sidebar `****`, table `|===`... */
const ASCIIDOC_DELIMITER = /^(?:-{4,}|\.{4,}|={4,}|\*{4,}|\+{4,}|_{4,}|\/{4,}|\|={3,})\s*$/;

/** AsciiDoc delimited blocks: each opening line with the same line that closes it. */
function asciidocBlocks(lines: SourceLine[]): Map<number, number> {
  const ends = new Map<number, number>();
  let open = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    if (!ASCIIDOC_DELIMITER.test(text)) continue;
    if (open < 0) open = i;
    else if (text.trimEnd() === (lines[open] as SourceLine).text.trimEnd()) {
      ends.set(open, i);
      open = -1;
    }
  }
  return ends;
}

interface OrgMark {
  at: number;
  begin: boolean;
  name: string;
}

/** Org blocks (`#+begin_src sh` ... `#+end_src`): each opening line with the line that closes it. */
function orgBlocks(marks: OrgMark[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (let k = 0; k + 1 < marks.length; k++) {
    const open = marks[k] as (typeof marks)[number];
    const close = marks[k + 1] as (typeof marks)[number];
    if (open.begin && !close.begin && close.name === open.name) {
      ends.set(open.at, close.at);
      k++;
    }
  }
  return ends;
}

/**
 * Markdown code fences: for each opening fence line (```` ```sh ````), the
 * line of the bare fence that closes it, of the same character and at least
 * as long. A fence that is never closed opens nothing: a text file is not
 * Markdown, and an odd run of backticks in it is just text. Linear: a suffix
 * table says at once whether a closer lies ahead.
 */
function fencedCode(lines: SourceLine[], asciidoc: boolean): Map<number, number> {
  const fences: { at: number; mark: string; bare: boolean }[] = [];
  const orgMarks: OrgMark[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    const c = firstMark(text);
    if (c === 35) {
      const org = ORG_BLOCK.exec(text);
      if (org) orgMarks.push({ at: i, begin: (org[1] as string).toLowerCase() === 'begin', name: (org[2] as string).toLowerCase() });
      continue;
    }
    if (c !== 96 && c !== 126) continue;
    const mark = FENCE.exec(text)?.[1];
    // (An opening backtick fence has no backtick after it: ```` ```a` ```` is inline code.)
    if (mark !== undefined && !(c === 96 && text.indexOf('`', text.indexOf(mark) + mark.length) >= 0)) {
      fences.push({ at: i, mark, bare: text.trim() === mark });
    }
  }
  const ends = orgBlocks(orgMarks);
  if (asciidoc) for (const [open, close] of asciidocBlocks(lines)) ends.set(open, close);
  // The longest bare fence of each character at or after each fence.
  const longestAhead: { '`': number; '~': number }[] = new Array(fences.length + 1);
  longestAhead[fences.length] = { '`': 0, '~': 0 };
  for (let k = fences.length - 1; k >= 0; k--) {
    const f = fences[k] as (typeof fences)[number];
    const ahead = { ...(longestAhead[k + 1] as { '`': number; '~': number }) };
    const c = f.mark.charAt(0) as '`' | '~';
    if (f.bare) ahead[c] = Math.max(ahead[c], f.mark.length);
    longestAhead[k] = ahead;
  }
  for (let k = 0; k < fences.length; k++) {
    const open = fences[k] as (typeof fences)[number];
    if (ends.has(open.at)) continue;
    const c = open.mark.charAt(0) as '`' | '~';
    if ((longestAhead[k + 1] as { '`': number; '~': number })[c] < open.mark.length) continue;
    let j = k + 1;
    for (; ; j++) {
      const f = fences[j] as (typeof fences)[number];
      if (f.bare && f.mark.charAt(0) === c && f.mark.length >= open.mark.length) break;
    }
    ends.set(open.at, (fences[j] as (typeof fences)[number]).at);
    k = j;
  }
  return ends;
}

/**
 * For each blank line: whether its run of blank lines touches a page break or
 * page furniture. One pass over the runs, so a million blank lines stay linear.
 */
/** A line indented like code (four columns or more) that is not centred. */
function indentedBlock(line: SourceLine): boolean {
  return indentation(line.text) >= 4 && !allCentred([line.text]);
}

function blanksNearFurniture(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): boolean[] {
  const near: boolean[] = new Array(lines.length).fill(false);
  const marks = (j: number): boolean => j >= 0 && j < lines.length && (kinds[j] === 'page-furniture' || (lines[j] as SourceLine).pageBreak);
  for (let start = 0; start < lines.length; start++) {
    if (!isBlank((lines[start] as SourceLine).text)) continue;
    let end = start;
    let flag = marks(start - 1);
    while (end < lines.length && isBlank((lines[end] as SourceLine).text)) {
      if (marks(end)) flag = true;
      end++;
    }
    if (marks(end)) flag = true;
    for (let j = start; j < end; j++) near[j] = flag;
    start = end;
  }
  return near;
}

/** The indentation of ordinary prose lines: RFCs indent body text by 3, most texts by 0. */
export function proseIndent(blocks: TextBlock[]): number {
  const manPage = manPageIndent(blocks);
  if (manPage !== null) return manPage;
  const counts = new Map<number, number>();
  /** Where paragraphs of two lines or more start. */
  const starts = new Map<number, number>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as TextBlock;
    // (A list item's lines hang under its text: that is the list's indentation, not the prose's.)
    if (BULLET_ITEM.test((block.lines[0] as SourceLine).text)) continue;
    if (block.lines.length >= 2) {
      const start = indentation((block.lines[0] as SourceLine).text);
      starts.set(start, (starts.get(start) ?? 0) + 1);
    }
    // (A paragraph written as one long line counts too: editors that wrap on screen save text that way.)
    if (block.lines.length < 2 && (block.lines[0]?.text.length ?? 0) < 60) continue;
    for (let i = 0; i < block.lines.length; i++) {
      const text = (block.lines[i] as SourceLine).text;
      // Chinese paragraphs open with full-width spaces that headings share: that is not a layout of indented prose.
      if (text.length < 40 || /^\s*\u3000/u.test(text)) continue;
      const ind = indentation(text);
      counts.set(ind, (counts.get(ind) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestCount = 0;
  for (const [ind, count] of counts) {
    if (count > bestCount || (count === bestCount && ind < best)) {
      best = ind;
      bestCount = count;
    }
  }
  // Where prose is indented, text hung deeper under terms may outnumber it (a man page's option
  // descriptions at 14 under its terms and paragraphs at 7): then paragraphs start shallower.
  const start = commonest(starts);
  return start >= 2 && start < best ? start : best;
}

function commonest(counts: Map<number, number>): number {
  let best = 0;
  for (const [key, count] of counts) if (count > (counts.get(best) ?? 0) || (count === counts.get(best) && key < best)) best = key;
  return best;
}

/**
 * A man page rendered to text opens with `NAME` at the margin over its one
 * line indented as all its text is (`       ls - list directory contents`).
 * That indentation is the prose's, however many option descriptions hang
 * deeper (curl's outnumber its paragraphs three to one).
 */
function manPageIndent(blocks: TextBlock[]): number | null {
  for (const block of blocks.slice(0, 3)) {
    const [name, next] = block.lines;
    if (name?.text.trimEnd() !== 'NAME' || next === undefined) continue;
    const indent = indentation(next.text);
    return indent >= 2 && indent <= 12 && / - |\\- | — /.test(next.text) ? indent : null;
  }
  return null;
}

/** A line that opens a bulleted list item (`- item`, `• item`). */
export const BULLET_ITEM = /^\s*[-*•‣◦▪+]\s+\S/;
const BOX_DRAWING = /[|+]-{2,}|-{2,}[|+]|[│┌┐└┘├┤┬┴┼─═║]|^\s*[|+].*[|+]\s*$/;
const BOX_CHARACTER = /[│┌┐└┘├┤┬┴┼─═║]/;
/** Every form of BOX_DRAWING needs `|`, `+` or a box character: those cheap scans settle most lines. */
const isBoxDrawing = (text: string): boolean =>
  (text.includes('|') || text.includes('+') || BOX_CHARACTER.test(text)) && BOX_DRAWING.test(text);
const COLUMN_GAP = /\S( {3,}|\t)\S/;

/**
 * Words set apart by a wide gap are columns: a row of a table (`PROBLEM     CAUSE     SOLUTION`), two
 * parties side by side over a signature block; never a heading in capitals.
 */
export const isColumnRow = (line: string): boolean => COLUMN_GAP.test(line);
/**
 * Cells on a line, a run of tabs counting as one gap (`NORTHFIELD DAIRY COOPERATIVE\t\tSTANDARD OPERATING
 * PROCEDURE`): no heading has them. (Prose blocks are not judged by it: `col -b` writes a justified man page's
 * spaces as runs of tabs.)
 */
export const hasCells = (line: string): boolean => COLUMN_GAP.test(line) || TAB_RUN_GAP.test(line);
const TAB_RUN_GAP = /\S\t{2,}\S/;

/** Two wide gaps or more: a table row even after a number (`1.0.3     2009-06-05    Spelling fixes`). */
export const isTableRow = (line: string): boolean => (line.trim().match(COLUMN_GAPS)?.length ?? 0) >= 2;
const COLUMN_GAPS = /\S(?: {3,}|\t)(?=\S)/g;

export function classifyBlocks(blocks: TextBlock[], baseIndent: number): void {
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as TextBlock;
    if (block.kind !== 'prose') continue;
    const { lines } = block;
    // (One line is neither indented code nor columns: most paragraphs of a long text need no more.)
    if (lines.length === 1) {
      if (isBoxDrawing((lines[0] as SourceLine).text)) block.kind = 'preformatted';
      continue;
    }
    const texts = lines.map((l) => l.text);
    const minIndent = minOf(texts.map(indentation));
    const indented =
      (lines.length >= 2 && minIndent >= baseIndent + 4 && !allCentred(texts)) ||
      opensCode(texts) ||
      closesBrace(texts) ||
      isAsciiArt(texts);
    // (Columns only count in a block of several lines: one line with gaps is not a table.)
    const columnar = lines.length >= 2 && texts.filter(isColumnRow).length >= Math.max(2, lines.length / 2);
    if (indented || columnar || texts.some(isBoxDrawing)) {
      block.kind = 'preformatted';
    }
  }
}

/**
 * Lines drawn in punctuation, a banner's letters (`|_____/ \__\___|`): a quarter of their marks letters or digits
 * at most. (Rules, one mark repeated, do not count: `-----` over `Sed 4.2.1` is a heading's.)
 */
function isAsciiArt(texts: string[]): boolean {
  // (A banner is a few lines; a paragraph of thousands need not be counted mark by mark.)
  if (texts.length > 40) return false;
  let drawn = 0;
  let marks = 0;
  let alphanumeric = 0;
  for (const text of texts) {
    if (/^\s*(\S)\1*\s*$/.test(text)) continue;
    drawn++;
    marks += text.replace(/\s+/g, '').length;
    alphanumeric += text.replace(/[^\p{L}\p{N}]+/gu, '').length;
  }
  return drawn >= 2 && marks >= 20 && alphanumeric * 4 <= marks;
}

/**
 * A bracket left open at the end of a line and closed at the start of a later one (`mq.addEventListener("change",
 * (e) => {` ... `});`; a JSON object; a CSS rule), with nothing above it but statements, a label or a comment:
 * code, whatever its first line. (Under a sentence, it is an example run on into its paragraph: left as it was.)
 */
function closesBrace(texts: string[]): boolean {
  const open = texts.slice(0, 3).findIndex((t) => /[{([]\s*$/.test(t));
  if (open < 0 || !texts.slice(open + 1).some((t) => /^\s*[})\]]/.test(t))) return false;
  return texts.slice(0, open).every((t) => /[;,]\s*$|^\s*(?:\/[/*]|#|\*)/.test(t) || countWords(t) <= 3);
}

/** A line that opens a block of code: a keyword's statement ending in `:` or `{`, or a call's or a signature's `) {`. */
const CODE_OPENER =
  /^\s*(?:(?:(?:async\s+)?(?:def|class|function|fn|func|if|elif|else|for|while|switch|try|except|catch|with|public|private|protected|static|void|struct|impl|interface)\b.*[:{])|.*\)\s*\{)\s*$/;

/**
 * Code copied flush left whose body is indented under its first line
 * (`async def fetch(i):` over `    await ...`), as a web page's code
 * block comes out of a browser: kept as written, not run into a line.
 */
function opensCode(texts: string[]): boolean {
  // (A C comment block, `/*` ... ` */`, whose ` * ` lines would read as bullets.)
  if (texts.length >= 2 && /^\s*\/\*/.test(texts[0] as string) && /\*\/\s*$/.test(texts[texts.length - 1] as string)) return true;
  // (Most first lines end in a letter or a stop: the pattern is not needed.)
  const opener = (texts[0] as string).trimEnd();
  const end = opener.charCodeAt(opener.length - 1);
  if (texts.length < 2 || (end !== 58 && end !== 123) || !CODE_OPENER.test(opener)) return false;
  const first = indentation(texts[0] as string);
  // (A closing brace comes back to the opener's column.)
  return texts.slice(1).every((t) => isBlank(t) || indentation(t) > first || /^\s*[}\])];?\s*$/.test(t));
}

/**
 * Lines set in the middle of the page: indented, and (for several lines) with
 * their centres close together although their indentations differ.
 */
export function allCentred(texts: string[]): boolean {
  const lines = texts.filter((t) => !isBlank(t)).map((t) => ({ indent: indentation(t), centre: indentation(t) + t.trim().length / 2 }));
  if (lines.length === 0 || lines.some((l) => l.indent < 4)) return false;
  if (lines.length === 1) return (lines[0]?.indent ?? 0) >= 8 && Math.abs((lines[0]?.centre ?? 0) - 38) <= 10;
  const centres = lines.map((l) => l.centre);
  const indents = new Set(lines.map((l) => l.indent));
  // (Their centre is the page's: code hung under its first line, `    def f():` over `        return x`, lines up
  // as well, but near the margin.)
  return indents.size > 1 && maxOf(centres) - minOf(centres) <= 8 && minOf(centres) >= 24;
}
