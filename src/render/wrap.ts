/**
 * Reflowing text to a width in terminal cells, ANSI-aware.
 *
 * wrap-ansi (and marked-terminal's own reflow) track only the last escape
 * code, so a line break inside nested styles leaks colour into the next line
 * or the margin; marked-terminal also counts CJK as one cell. Here the styles
 * are taken out, the plain text is wrapped by cell width (string-width), and
 * the styles are put back with every line closed (`ESC[0m`) and reopened on
 * the next.
 */

import stringWidth from 'string-width';

const SGR = /\x1b\[([0-9;]*)m/g;
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
const WIDE = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
/** Closing punctuation that must not start a line (CJK kinsoku): it stays with what it follows. */
const CLOSING = '\\u3001\\u3002\\u3009\\u300b\\u300d\\u300f\\u3011\\u3015\\uff01\\uff09\\uff0c\\uff0e\\uff1a\\uff1b\\uff1f';
/** Units between break opportunities: white space, a wide (CJK) character, or a run of anything else, with any closing punctuation after it. */
const UNITS = new RegExp(`[ \\t\\n]+|[${WIDE}][${CLOSING}]*|[^ \\t\\n${WIDE}]+[${CLOSING}]*`, 'gu');
const SPACE = /^[ \t\n]/;

function cells(text: string): number {
  return ASCII_PRINTABLE.test(text) ? text.length : stringWidth(text);
}

/** Cells of one character, remembered: a long word cut by cells asks for the same few characters again and again. */
const CHARACTER_CELLS = new Map<string, number>();
function characterCells(ch: string): number {
  let w = CHARACTER_CELLS.get(ch);
  if (w === undefined) {
    w = cells(ch);
    if (CHARACTER_CELLS.size < 10_000) CHARACTER_CELLS.set(ch, w);
  }
  return w;
}

const ASCII_TEXT = /^[\x20-\x7e\t\n]*$/;

/**
 * The same greedy wrap for ASCII text, by char codes: one cell per character,
 * no regex per word (a 13 MB text has millions of words).
 */
function wrapAsciiRanges(plain: string, width: number): [number, number][] {
  const lines: [number, number][] = [];
  const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10;
  let start = 0;
  let end = 0;
  let used = 0;
  for (let i = 0; i < plain.length; ) {
    if (isSpace(plain.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < plain.length && !isSpace(plain.charCodeAt(j))) j++;
    const w = j - i;
    if (used > 0 && used + 1 + w <= width) {
      end = j;
      used += 1 + w;
    } else {
      if (used > 0) lines.push([start, end]);
      // A word wider than the line is cut into whole lines.
      let from = i;
      while (j - from > width) {
        lines.push([from, from + width]);
        from += width;
      }
      start = from;
      end = j;
      used = j - from;
    }
    i = j;
  }
  if (used > 0) lines.push([start, end]);
  return lines;
}

/** Printable ASCII words, one space between them, none at either end: a paragraph as the parser leaves it. */
const SINGLE_SPACED_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/**
 * The greedy wrap of wrapAsciiRanges for single-spaced ASCII text, where a
 * line's width is its length: each break is the last space that fits, found
 * by lastIndexOf (a native search) instead of character by character.
 */
function wrapSingleSpaced(plain: string, width: number): string {
  const lines: string[] = [];
  let start = 0;
  while (plain.length - start > width) {
    const space = plain.lastIndexOf(' ', start + width);
    if (space > start) {
      lines.push(plain.slice(start, space));
      start = space + 1;
      continue;
    }
    // A word wider than the line is cut into whole lines; the rest of it starts the next line.
    const next = plain.indexOf(' ', start);
    const wordEnd = next < 0 ? plain.length : next;
    while (wordEnd - start > width) {
      lines.push(plain.slice(start, start + width));
      start += width;
    }
  }
  if (start < plain.length) lines.push(plain.slice(start));
  return lines.join('\n');
}

/** [start, end) ranges of the plain text, one per output line. */
export function wrapRanges(plain: string, width: number): [number, number][] {
  if (ASCII_TEXT.test(plain)) return wrapAsciiRanges(plain, width);
  const lines: [number, number][] = [];
  let start = 0;
  let end = 0;
  let used = 0;
  let spaceBefore = false;
  UNITS.lastIndex = 0;
  for (let m = UNITS.exec(plain); m !== null; m = UNITS.exec(plain)) {
    const unit = m[0];
    const at = m.index;
    if (SPACE.test(unit)) {
      spaceBefore = true;
      continue;
    }
    // (A word far longer than the line is cut whatever its width: measuring a long non-ASCII word whole takes
    // string-width time that grows faster than the word.)
    const w = unit.length > 4 * width ? Number.POSITIVE_INFINITY : cells(unit);
    const gap = spaceBefore && used > 0 ? 1 : 0;
    spaceBefore = false;
    if (used > 0 && used + gap + w <= width) {
      end = at + unit.length;
      used += gap + w;
      continue;
    }
    if (used > 0) lines.push([start, end]);
    start = at;
    used = 0;
    if (w <= width) {
      end = at + unit.length;
      used = w;
      continue;
    }
    // A word wider than the line (a URL, a long token): cut it by cells at character boundaries.
    let offset = at;
    for (const ch of unit) {
      const chWidth = characterCells(ch);
      if (used + chWidth > width && used > 0) {
        lines.push([start, offset]);
        start = offset;
        used = 0;
      }
      used += chWidth;
      offset += ch.length;
    }
    end = offset;
  }
  if (used > 0) lines.push([start, end]);
  return lines;
}

interface Code {
  /** Position in the plain text. */
  at: number;
  code: string;
  params: string;
}

/** SGR parameters that close a style, and the openers each closes. */
function closes(params: string, opener: string): boolean {
  const first = Number(opener.split(';')[0]);
  switch (params) {
    case '22':
      return first === 1 || first === 2;
    case '23':
      return first === 3;
    case '24':
      return first === 4;
    case '27':
      return first === 7;
    case '28':
      return first === 8;
    case '29':
      return first === 9;
    case '39':
      return (first >= 30 && first <= 38) || (first >= 90 && first <= 97);
    case '49':
      return (first >= 40 && first <= 48) || (first >= 100 && first <= 107);
    default:
      return false;
  }
}

function apply(active: string[], code: Code): string[] {
  if (code.params === '' || code.params === '0') return [];
  if (/^(22|23|24|27|28|29|39|49)$/.test(code.params)) return active.filter((a) => !closes(code.params, a));
  return [...active, code.params];
}

/** Lines (joined by `\n`) wrapped one by one: a line group's breaks stay where they are. */
export function wrapEachLine(text: string, width: number | undefined): string {
  if (width === undefined || width <= 0) return text;
  return text
    .split('\n')
    .map((line) => wrapParagraph(line, width))
    .join('\n');
}

/**
 * Reflow one paragraph to `width` cells. Leading and trailing white space of
 * each line is dropped; styles never run past a line end.
 */
export function wrapParagraph(text: string, width: number | undefined): string {
  if (width === undefined || width <= 0) return text;
  if (!text.includes('\x1b') && SINGLE_SPACED_ASCII.test(text)) return wrapSingleSpaced(text, width);
  const codes: Code[] = [];
  let plain = '';
  let last = 0;
  SGR.lastIndex = 0;
  for (let m = SGR.exec(text); m !== null; m = SGR.exec(text)) {
    plain += text.slice(last, m.index);
    codes.push({ at: plain.length, code: m[0], params: m[1] as string });
    last = m.index + m[0].length;
  }
  plain += text.slice(last);
  const ranges = wrapRanges(plain, width);
  if (codes.length === 0) return ranges.map(([s, e]) => plain.slice(s, e)).join('\n');

  const out: string[] = [];
  let active: string[] = [];
  let c = 0;
  for (const [s, e] of ranges) {
    // Styles switched on or off in the dropped white space before this line.
    while (c < codes.length && (codes[c] as Code).at < s) active = apply(active, codes[c++] as Code);
    let line = active.map((p) => `\x1b[${p}m`).join('');
    let pos = s;
    while (c < codes.length && (codes[c] as Code).at <= e) {
      const code = codes[c++] as Code;
      line += plain.slice(pos, code.at) + code.code;
      pos = code.at;
      active = apply(active, code);
    }
    line += plain.slice(pos, e);
    if (active.length > 0) line += '\x1b[0m';
    out.push(line);
  }
  return out.join('\n');
}

/** Cut one line of plain text to `room` cells (CJK counts two), with an ellipsis when cut. */
export function fitCells(text: string, room: number): string {
  if (cells(text) <= room) return text;
  let out = '';
  let used = 1;
  for (const ch of text) {
    const w = cells(ch);
    if (used + w > room) break;
    out += ch;
    used += w;
  }
  return `${out.trimEnd()}…`;
}
