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
  let width = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\u00a0' || ch === '\u2002' || ch === '\u3000') width++;
    else if (ch === '\t') width += 8 - (width % 8);
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

export function isBlank(text: string): boolean {
  // A line that starts with a visible ASCII character, as most do, is settled at once.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return /^[\s\u00a0\u2000-\u200a\u3000]*$/.test(text);
}

/** Smallest and largest of a list without spreading it into arguments (which overflows the stack on huge lists). */
export function minOf(values: readonly number[], empty = 0): number {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < min) min = v;
  return values.length === 0 ? empty : min;
}

export function maxOf(values: readonly number[], empty = 0): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  return values.length === 0 ? empty : max;
}
