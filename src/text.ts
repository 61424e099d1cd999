/** Small text helpers shared by the parser, the selector and the renderers. */

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
/** Two white-space characters in a row, or one that is not a plain space. */
const SOMETHING_TO_COLLAPSE = /\s\s|[^\S ]/;

/** Replace exotic horizontal spaces by plain spaces, keeping runs (for layout-preserving text). */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\v\f]/g, ' ');
}

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

const isAsciiWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The same rule as WORD, for ASCII text, in one pass over char codes: no
 * regex to compile and no match objects (a 13 MB text has millions of words).
 * Returns -1 at the first non-ASCII character.
 */
function countAsciiWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return -1;
    if (isAsciiWordChar(c)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 45 || c === 46) && isAsciiWordChar(text.charCodeAt(i + 1)))) {
      // `don't`, `co-op`, `4.2` are one word each: a joiner between word characters keeps the word going.
      inWord = false;
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
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
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
