/** Small text helpers shared by the parser, the selector and the renderers. */

import { lazy } from './lazy-regexp.js';

/**
 * Collapse every run of white space (line breaks included) to one space and
 * trim. JavaScript's \s covers the exotic spaces too (NBSP, EN SPACE,
 * ideographic space); zero-width characters are not white space: they are
 * shown, not hidden (see sanitize.ts).
 */
export function collapseSpace(text: string): string {
  // Most lines have nothing to collapse: a scan is cheaper than building a new string.
  return SOMETHING_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
/**
 * Two white-space characters in a row, or one that is not a plain space: `\s\s|[^\S ]` spelt out (JavaScript's
 * `\s` less the space, then two spaces), which the regexp engine scans in about half the time.
 */
const SOMETHING_TO_COLLAPSE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

const LOWERCASE = lazy(() => /\p{Ll}/u);
const LOWERCASE_FIRST = lazy(() => /^\p{Ll}/u);
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** A lower-case letter anywhere. ASCII text is settled without the Unicode class (see lazy-regexp.ts). */
export function hasLowercase(text: string): boolean {
  if (/[a-z]/.test(text)) return true;
  return !ASCII_ONLY.test(text) && LOWERCASE.test(text);
}

/** The text starts with a lower-case letter. */
export function startsLowercase(text: string): boolean {
  const first = text.charCodeAt(0);
  return first < 128 ? first >= 97 && first <= 122 : LOWERCASE_FIRST.test(text);
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** Whether `text` has an ASCII digit: a cheap check before a pattern that needs one. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

export const startsWithDigit = (text: string): boolean => isDigitCode(text.charCodeAt(0));
export const endsWithDigit = (text: string): boolean => isDigitCode(text.charCodeAt(text.length - 1));

/** No letter at all, in any script (`* * *`, `2023-03-22`). */
export function hasNoLetters(text: string): boolean {
  if (/[A-Za-z]/.test(text)) return false;
  return ASCII_ONLY.test(text) || NO_LETTERS.test(text);
}
const NO_LETTERS = lazy(() => /^[^\p{L}]*$/u);

/** Replace exotic horizontal spaces by plain spaces, keeping runs (for layout-preserving text). */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\v\f]/g, ' ');
}

const WORD = lazy(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);

/** Per byte: 1 for an ASCII letter or digit, 2 for a joiner (`'`, `-`, `.`), 0 otherwise. */
const ASCII_WORD_CLASS = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  ASCII_WORD_CLASS[c] = wordChar ? 1 : c === 39 || c === 45 || c === 46 ? 2 : 0;
}
/** Characters encoded per step: the scratch buffer stays small whatever the text's size. */
const CHUNK = 16_384;
const scratch = Buffer.allocUnsafe(CHUNK * 3);

/**
 * The same rule as WORD, for ASCII text, in one pass over bytes: a 13 MB text
 * has millions of words, and a typed array is read three times faster than
 * charCodeAt here. Returns -1 when the text is not all ASCII.
 */
function countAsciiWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let start = 0; start < text.length; start += CHUNK) {
    const piece = text.length <= CHUNK ? text : text.slice(start, start + CHUNK);
    const length = scratch.write(piece, 0, 'utf8');
    // UTF-8 takes more bytes than UTF-16 code units for anything outside ASCII.
    if (length !== piece.length) return -1;
    for (let i = 0; i < length; i++) {
      const kind = ASCII_WORD_CLASS[scratch[i] as number];
      if (kind === 1) {
        if (!inWord) count++;
        inWord = true;
      } else if (inWord && kind === 2) {
        // `don't`, `co-op`, `4.2` are one word each: a joiner between word characters keeps the word going.
        const next = i + 1 < length ? (scratch[i + 1] as number) : text.charCodeAt(start + length);
        inWord = ASCII_WORD_CLASS[next] === 1;
      } else {
        inWord = false;
      }
    }
  }
  return count;
}

/**
 * Words as a reader counts them: Chinese and Japanese characters count one
 * each (those scripts put no spaces between words); Korean, which does, counts
 * by its spaces like other scripts.
 */
export function countWords(text: string): number {
  const ascii = countAsciiWords(text);
  if (ascii >= 0) return ascii;
  let count = 0;
  const word = WORD.regexp;
  word.lastIndex = 0;
  while (word.exec(text) !== null) count++;
  return count;
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** GitHub-style slug: lower case, letters/digits/hyphens, spaces to hyphens. */
export function slugify(text: string): string {
  if (PLAIN_ASCII.test(text)) {
    // Most headings: the same result without Unicode normalisation and property classes.
    return text
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-');
  }
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}\p{M}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-');
}

/** Normalise a selector or a label for comparison: case, white space, trailing punctuation. */
export function normaliseKey(text: string): string {
  return collapseSpace(text)
    .toLowerCase()
    .replace(/[.:、．)）]+$/u, '')
    .replace(/^[(（]/u, '');
}

/** The end of a sentence, before any citation marks (`... did better.[3]`, `[citation needed]`). */
export const SENTENCE_END = /[.!?。！？…]["”’»)）]?(?:\[[\w ]{1,20}\])*$/u;

/**
 * A copyright notice: `Copyright (C) 2007 ...`, `© Copyright 1999-2023 ...`, `(c) 1990-1997 by ...`,
 * `Copyright [yyyy] ...`. (`Copyright and Licence` is a heading.)
 */
/** A line ending on an abbreviation's full stop, not a sentence's: `... ROWING CLUB, INC.`, `About Acme Widgets, Inc.` */
export const ENDS_ON_ABBREVIATION = /(?:^|\s)\p{Lu}\p{L}{0,3}\.$/u;

/** A line ending on a word no title ends on (`Sparse Retrieval Distillation for`): the title goes on below. */
export const WRAPPED_ON = /\s(?:of|and|the|in|for|with|to|on|a|an|by|from|or)$/i;

/**
 * A byline: `By` before a name (`By Anna Keller`, `by J. Smith`). `By air` and
 * `By train`, the ways to get somewhere, are a travel guide's subheads.
 */
export const BYLINE = {
  // (Asked of most heading candidates: a look at the first letter spares compiling the Unicode class on most runs.)
  test: (text: string): boolean => (text.charCodeAt(0) | 32) === 98 && BYLINE_PATTERN.test(text),
};
const BYLINE_PATTERN = /^[Bb][Yy][:\s]+\p{Lu}/u;

export const COPYRIGHT_NOTICE = /^\s*(?:(?:copyright|©|\(c\))\s*)+(?:[[\d]|by\b)/i;
