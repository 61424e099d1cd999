/** Matches of `find` -> lines for a terminal or a pipe, or JSON. */

import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { FindMatch, SectionCount } from '../find.js';
import { fitCells } from './wrap.js';

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** Cut text to `width` cells around [start, end), at word boundaries where it can, with … where it was cut. */
export function snippet(text: string, start: number, end: number, width: number): Snippet {
  let match = text.slice(start, end);
  if (stringWidth(match) > width) match = `${[...match].slice(0, Math.max(width - 1, 1)).join('')}…`;
  const room = Math.max(width - stringWidth(match), 0);
  // A third of the room before the match, the rest after (we read on from a match).
  let beforeRoom = Math.floor(room / 3);
  const fullAfter = text.slice(end);
  if (stringWidth(fullAfter) < room - beforeRoom) beforeRoom = room - stringWidth(fullAfter);
  const before = cutStart(text.slice(0, start), beforeRoom);
  const after = cutEnd(fullAfter, room - stringWidth(before));
  return { before, match, after };
}

function cutStart(text: string, room: number): string {
  if (stringWidth(text) <= room) return text;
  if (room <= 1) return '';
  const chars = [...text];
  let used = 1;
  let i = chars.length;
  while (i > 0 && used + stringWidth(chars[i - 1] as string) <= room) used += stringWidth(chars[--i] as string);
  const kept = chars.slice(i).join('');
  // Start at a whole word (drop the cut one), never right after a space.
  const word = kept.indexOf(' ');
  return `…${(word >= 0 ? kept.slice(word + 1) : kept).trimStart()}`;
}

function cutEnd(text: string, room: number): string {
  if (stringWidth(text) <= room) return text;
  if (room <= 1) return '';
  const chars = [...text];
  let used = 1;
  let i = 0;
  while (i < chars.length && used + stringWidth(chars[i] as string) <= room) used += stringWidth(chars[i++] as string);
  const kept = chars.slice(0, i).join('');
  const word = kept.lastIndexOf(' ');
  return `${(word > 0 ? kept.slice(0, word) : kept).trimEnd()}…`;
}

const sectionName = (m: Pick<FindMatch, 'path' | 'heading'>): string => (m.heading === null ? 'Lead' : m.heading);

/**
 * Grouped by section: the heading with its selector, then one line per match:
 * `¶N` (the paragraph in the section; `¶0` is the heading) and a snippet,
 * the match highlighted when there is colour.
 */
export function renderFindMatches(matches: readonly FindMatch[], chalk: ChalkInstance, width: number): string[] {
  const lines: string[] = [];
  let current: string | null = null;
  for (const m of matches) {
    if (m.path !== current) {
      if (current !== null) lines.push('');
      current = m.path;
      const where = `(section ${m.path})`;
      lines.push(`${chalk.bold(fitCells(sectionName(m), Math.max(width - where.length - 2, 10)))}  ${chalk.dim(where)}`);
    }
    const label = `¶${m.paragraph}`.padEnd(4);
    const s = snippet(m.text, m.start, m.end, Math.max(width - 2 - 4 - 1, 20));
    lines.push(`  ${chalk.cyan(label)} ${s.before}${chalk.bold.black.bgYellow(s.match)}${s.after}`);
  }
  return lines.map((l) => `${l}\n`);
}

/** `--count`: matches per section, the count first (sort -n friendly), then the selector and heading. */
export function renderFindCounts(counts: readonly SectionCount[], chalk: ChalkInstance): string {
  // reduce, not Math.max(...): a document can have more sections than a call can take arguments.
  const countWidth = counts.reduce((w, c) => Math.max(w, String(c.count).length), 0);
  const pathWidth = counts.reduce((w, c) => Math.max(w, c.path.length), 0);
  return counts
    .map((c) => `${String(c.count).padStart(countWidth)}  ${chalk.cyan(c.path.padEnd(pathWidth))}  ${c.heading ?? 'Lead'}\n`)
    .join('');
}

const JSON_SNIPPET_WIDTH = 100;

export function findJson(pattern: string, matches: readonly FindMatch[]) {
  return {
    pattern,
    total: matches.length,
    matches: matches.map((m) => {
      const s = snippet(m.text, m.start, m.end, JSON_SNIPPET_WIDTH);
      return {
        path: m.path,
        number: m.number,
        heading: m.heading,
        paragraph: m.paragraph,
        line: m.line,
        match: m.text.slice(m.start, m.end),
        snippet: `${s.before}${s.match}${s.after}`,
        // Where the match is in the snippet (UTF-16 code units, as JavaScript counts).
        snippetStart: s.before.length,
      };
    }),
  };
}

export function findCountJson(pattern: string, counts: readonly SectionCount[]) {
  return { pattern, total: counts.reduce((n, c) => n + c.count, 0), sections: counts };
}
