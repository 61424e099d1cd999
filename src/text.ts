/** Small text helpers shared by the parser, the selector and the renderers. */

/**
 * Collapse every run of white space (line breaks included) to one space and
 * trim. JavaScript's `\s` covers tabs, NBSP, EN SPACE, ideographic space and the
 * rest (zero-width characters are not white space: they are shown, see
 * sanitize.ts), so one pass does it (this runs over every paragraph of a 10 MB text).
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Replace exotic horizontal spaces by plain spaces, keeping runs (for layout-preserving text). */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\v\f]/g, ' ');
}

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them: CJK characters count one each. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

/** GitHub-style slug: lower case, letters/digits/hyphens, spaces to hyphens. */
export function slugify(text: string): string {
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
