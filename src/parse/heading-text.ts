/**
 * The one normalisation every stage applies before testing a line as a
 * heading, a title or a date, and the length beyond which it does not bother.
 */

import { collapseSpace } from '../text.js';

/** Lines longer than this are never headings, titles or dates: they are not even normalised to check. */
export const LONGEST_HEADING = 400;

/** The line normalised, or '' when it is too long to be a heading. */
export function headingText(line: string): string {
  return line.length > LONGEST_HEADING ? '' : collapseSpace(line);
}
