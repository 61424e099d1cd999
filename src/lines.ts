/**
 * Splitting text into source lines. Line numbers count `\n` in the original
 * text, whatever the line endings: a lone CR or a form feed also ends a line
 * (so nothing can overprint), but does not advance the count.
 */

export interface SourceLine {
  /** The line's text, without its terminator. */
  text: string;
  /** 1-based line number, counting `\n`. */
  line: number;
  /** A form feed came before this line: a page boundary. */
  pageBreak: boolean;
}

const BREAK = /\r\n|\n|\r|\f/g;

export function splitLines(text: string): SourceLine[] {
  // Most texts end lines with `\n` alone: finding those is far cheaper than the general pattern.
  if (!text.includes('\r') && !text.includes('\f')) return splitAtNewlines(text);
  const lines: SourceLine[] = [];
  let line = 1;
  let start = 0;
  let pageBreak = false;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    lines.push({ text: text.slice(start, m.index), line, pageBreak });
    const sep = m[0];
    pageBreak = sep === '\f';
    if (sep !== '\r' && sep !== '\f') line++;
    start = m.index + sep.length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), line, pageBreak });
  return lines;
}

function splitAtNewlines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let line = 1;
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    lines.push({ text: text.slice(start, end), line: line++, pageBreak: false });
    start = end + 1;
  }
  if (start < text.length) lines.push({ text: text.slice(start), line, pageBreak: false });
  return lines;
}

/** Width of leading white space, tabs to the next multiple of 8. */
export function indentation(text: string): number {
  // (By index, not `for...of`: this runs for every line, and a string iterator allocates at each step.)
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0 || code === 0x2002 || code === 0x3000) width++;
    else if (code === 0x09) width += 8 - (width % 8);
    else break;
  }
  return width;
}

/** Expand tabs to spaces (tab stops every 8 columns), for layout-preserving blocks. */
export function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  for (const ch of text) {
    if (ch === '\t') out += ' '.repeat(8 - (out.length % 8));
    else out += ch;
  }
  return out;
}

const BLANK = /^[\s\u00a0\u2000-\u200a\u3000]*$/;

export function isBlank(text: string): boolean {
  // An empty line, or one that starts with a visible ASCII character, as most do, is settled at once.
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return BLANK.test(text);
}

/** Smallest and largest of a list without spreading it into arguments (which overflows the stack on huge lists). */
export function minOf(values: readonly number[], empty = 0): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) < min) min = values[i] as number;
  return values.length === 0 ? empty : min;
}

export function maxOf(values: readonly number[], empty = 0): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > max) max = values[i] as number;
  return values.length === 0 ? empty : max;
}

const STAR_RULE = /^\s*\*{20,}\s*$/;

/**
 * A box of asterisks around text (`*****` / `*  6. Disclaimer  *` / `*****`,
 * as licences set their warranty disclaimers): the frame goes and the text
 * stays in its columns, so the heading and paragraphs inside read as any other.
 */
export function unboxStars(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let top = 0; top < lines.length; top++) {
    const rule = (lines[top] as SourceLine).text;
    if (rule.charCodeAt(rule.length - 1) !== 42 || !STAR_RULE.test(rule)) continue;
    // The sides: every line up to the bottom rule starts and ends with a star in the rule's first and last columns.
    const left = rule.indexOf('*');
    const right = rule.lastIndexOf('*');
    let bottom = top + 1;
    while (bottom < lines.length) {
      const text = (lines[bottom] as SourceLine).text.trimEnd();
      if (text.length !== right + 1 || text.charAt(left) !== '*' || text.charAt(right) !== '*' || text.slice(0, left).trim() !== '') break;
      if (STAR_RULE.test(text)) break;
      bottom++;
    }
    if (bottom === top + 1 || bottom >= lines.length || !STAR_RULE.test((lines[bottom] as SourceLine).text)) continue;
    out ??= lines.slice();
    for (let i = top; i <= bottom; i++) {
      const line = lines[i] as SourceLine;
      const text = i === top || i === bottom ? '' : `${line.text.slice(0, left)} ${line.text.slice(left + 1, right)}`.trimEnd();
      out[i] = { ...line, text };
    }
    top = bottom;
  }
  return out ?? lines;
}

/**
 * A text whose every line is set in by the same margin (a linuxdoc HOWTO
 * rendered to text, a document quoted in an indented block) is moved back to
 * the left, so its headings stand at the margin and its indented parts keep
 * their depth relative to it. Most texts have a line at the margin near the
 * top, which ends the scan at once. `furniture`: per line, whether it is page
 * furniture or other boilerplate, which keeps its place and does not count.
 */
export function removeCommonMargin(lines: SourceLine[], furniture: readonly unknown[] = []): void {
  let margin = Number.POSITIVE_INFINITY;
  for (let i = 0; i < lines.length; i++) {
    // (Page furniture keeps its place: a running head at the margin of a page whose text is set in.)
    if (furniture[i] !== undefined) continue;
    const line = lines[i] as SourceLine;
    const first = line.text.charCodeAt(0);
    // (A line starting with anything but white space is at the margin: nothing to remove.)
    if (first !== 32 && first !== 9 && first !== 0xa0 && first !== 0x2002 && first !== 0x3000) {
      if (!Number.isNaN(first)) return;
      continue;
    }
    if (isBlank(line.text)) continue;
    margin = Math.min(margin, indentation(line.text));
  }
  if (margin === Number.POSITIVE_INFINITY) return;
  // (In place: the boilerplate found already holds these lines by identity.)
  lines.forEach((line, i) => {
    if (isBlank(line.text) || furniture[i] !== undefined) return;
    const lead = line.text.length - line.text.trimStart().length;
    const expanded = expandTabs(line.text.slice(0, lead)).replace(/\t/g, ' ');
    line.text = expanded.slice(margin) + line.text.slice(lead);
  });
}

/** A number in the left margin (`12  terms of the license`), or alone on its line. */
const MARGIN_NUMBER = /^ {0,2}(\d{1,2})(?: {2,}(?=\S)| *$)/;

/**
 * Bills, pleadings and transcripts number the lines of each page in the left margin (` 1  AN ACT relating to`,
 * ..., `25  terms.`). When most lines with text carry such numbers, counting up from 1 and starting again on each
 * page, and many of the lines go on in lower case (prose broken into lines, not a list numbered `1  Foo`), the
 * column of numbers is taken off in place: as wide as its narrowest line (` 1  `), so that a paragraph's first
 * line stays set in past the others. Returns whether it was.
 */
export function removeLineNumbers(lines: SourceLine[]): boolean {
  let numbered = 0;
  let goingOn = 0;
  let withText = 0;
  let previous = 0;
  let column = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    withText++;
    // (Most texts show in their first lines that they number none: the rest need not be read.)
    if (withText === 60 && numbered < 20) return false;
    const m = MARGIN_NUMBER.exec(line.text);
    const n = m ? Number(m[1]) : 0;
    if (m && (n === previous + 1 || n === 1)) {
      numbered++;
      if (/^[a-z]/.test(line.text.slice(m[0].length))) goingOn++;
      if (m[0].length < line.text.length) column = Math.min(column, m[0].length);
      previous = n;
    }
  }
  if (numbered < 20 || numbered * 2 < withText || goingOn * 4 < numbered) return false;
  previous = 0;
  for (const line of lines) {
    const m = isBlank(line.text) ? null : MARGIN_NUMBER.exec(line.text);
    const n = m ? Number(m[1]) : 0;
    if (m === null || (n !== previous + 1 && n !== 1)) continue;
    previous = n;
    line.text = m[0].length >= line.text.length ? '' : line.text.slice(Math.min(column, m[0].length));
  }
  return true;
}
