/** Small text helpers shared by the parser, the selector and the renderers. */

/**
 * Collapse every run of white space (line breaks included) to one space and
 * trim. JavaScript's \s covers the exotic spaces too (NBSP, EN SPACE,
 * ideographic space); zero-width characters are not white space: they are
 * shown, not hidden (see sanitize.ts).
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Replace exotic horizontal spaces by plain spaces, keeping runs (for layout-preserving text). */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\v\f]/g, ' ');
}

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
// The same rule for ASCII text: a plain regex compiles in a fraction of the Unicode one's time.
const ASCII_WORD = /[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Words as a reader counts them: CJK characters count one each. */
export function countWords(text: string): number {
  const pattern = ASCII_ONLY.test(text) ? ASCII_WORD : WORD;
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
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
