/**
 * The one normalisation every stage applies before testing a line as a
 * heading, a title or a date, and the length beyond which it does not bother.
 */

import { collapseSpace } from '../text.js';

/** Lines longer than this are never headings, titles or dates: they are not even normalised to check. */
export const LONGEST_HEADING = 400;

/** The line normalised, or '' when it is too long to be a heading. */
export function headingText(line: string): string {
  if (line.length > LONGEST_HEADING) return '';
  const text = collapseSpace(line);
  // A heading copied from a wiki page carries its edit link (`History[edit]`), one from Sphinx its
  // permalink mark (`Abstract¶`): chrome, not title.
  if (text.endsWith(']')) return text.replace(EDIT_LINK, '');
  if (text.endsWith('-*-')) return withoutModeLine(text);
  return text.endsWith('¶') ? text.slice(0, -1).trimEnd() : text;
}

/** An Emacs mode line is no part of its file's title (`GNU sed NEWS   -*- outline -*-`). */
export function withoutModeLine(text: string): string {
  return text.includes('-*-') ? text.replace(MODE_LINE, '') : text;
}

const EDIT_LINK = /\s*\[edit(?: source)?\]$/;
const MODE_LINE = /\s*-\*-.*-\*-.*$/;

/** A heading copied from a wiki page: `History[edit]`. */
export function hasEditLink(line: string): boolean {
  const end = line.trimEnd();
  return end.endsWith(']') && EDIT_LINK.test(end);
}
