/**
 * Document + pattern -> every match with its section and paragraph. Pure.
 * Text is searched with its white space collapsed, so a phrase matches
 * across the line breaks and double spaces of the source.
 */

import { type Block, flattenSections, type Section } from './document.js';
import { ArticleError, ExitCode } from './errors.js';
import { oneLine } from './sanitize.js';
import { collapseSpace } from './text.js';

export type CaseMode = 'smart' | 'sensitive' | 'insensitive';

export interface FindOptions {
  /** The pattern is a JavaScript regular expression, not literal text. */
  regex: boolean;
  /** smart: case-insensitive unless the pattern has a capital letter (as in ripgrep and less -i). */
  caseMode: CaseMode;
}

export interface FindMatch {
  /** The section's path, or `lead` for the paragraphs before the first heading. */
  path: string;
  number: string | null;
  /** The section's heading as written (null for the lead). */
  heading: string | null;
  /** 0: the heading itself; 1...: the paragraph (block) in the section. */
  paragraph: number;
  /** 1-based source line where the paragraph starts. */
  line: number;
  /** The paragraph with its white space collapsed, and the match in it. */
  text: string;
  start: number;
  end: number;
}

const escapeRegex = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

export function compilePattern(pattern: string, options: FindOptions): RegExp {
  const wanted = options.regex ? pattern : collapseSpace(pattern);
  if (wanted === '') throw new ArticleError('find: empty pattern', ExitCode.usage);
  const insensitive = options.caseMode === 'insensitive' || (options.caseMode === 'smart' && !/\p{Lu}/u.test(wanted));
  // Any run of white space in a literal pattern matches any run in the text.
  const source = options.regex ? wanted : wanted.split(' ').map(escapeRegex).join('\\s+');
  try {
    return new RegExp(source, `gu${insensitive ? 'i' : ''}`);
  } catch (error) {
    throw new ArticleError(`find: invalid regular expression: ${oneLine((error as Error).message)}`, ExitCode.usage);
  }
}

function* matchesIn(text: string, regex: RegExp): Generator<[number, number]> {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0] === '') {
      regex.lastIndex++;
      continue;
    }
    yield [m.index, m.index + m[0].length];
  }
}

export function findMatches(document: { lead: Block[]; sections: Section[] }, pattern: string, options: FindOptions): FindMatch[] {
  const regex = compilePattern(pattern, options);
  const out: FindMatch[] = [];
  const search = (where: Pick<FindMatch, 'path' | 'number' | 'heading'>, paragraph: number, line: number, raw: string): void => {
    const text = collapseSpace(raw);
    for (const [start, end] of matchesIn(text, regex)) out.push({ ...where, paragraph, line, text, start, end });
  };
  const lead = { path: 'lead', number: null, heading: null };
  for (const [i, block] of document.lead.entries()) search(lead, i + 1, block.line, block.text);
  for (const section of flattenSections(document.sections)) {
    const where = { path: section.path, number: section.number, heading: section.heading };
    search(where, 0, section.line, section.heading);
    for (const [i, block] of section.blocks.entries()) search(where, i + 1, block.line, block.text);
  }
  return out;
}

export interface SectionCount {
  path: string;
  number: string | null;
  heading: string | null;
  count: number;
}

/** Matches per section, in document order. */
export function countBySection(matches: readonly FindMatch[]): SectionCount[] {
  const counts = new Map<string, SectionCount>();
  for (const m of matches) {
    const entry = counts.get(m.path) ?? { path: m.path, number: m.number, heading: m.heading, count: 0 };
    entry.count++;
    counts.set(m.path, entry);
  }
  return [...counts.values()];
}
