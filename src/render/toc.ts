/** Table of contents: plain (one heading a line, for scripts) and styled (for a terminal). */

import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Document } from '../document.js';
import { maxOf } from '../lines.js';
import type { TocEntry } from '../select.js';
import { escapeMarkdown } from './markdown.js';
import { fitCells, wrapParagraph } from './wrap.js';

/** What the plain and Markdown listings show of a heading (a Section or a TocEntry). */
type Listed = Pick<TocEntry, 'heading' | 'level'>;

/** One heading per line as written, indented two spaces per level below the top. */
export function renderTocPlain(entries: readonly Listed[]): string {
  return entries.map((e) => `${'  '.repeat(e.level - 1)}${e.heading}\n`).join('');
}

/** A nested Markdown list of the headings. */
export function renderTocMarkdown(entries: readonly Listed[], syntax: Document['syntax']): string {
  return entries.map((e) => `${'  '.repeat(e.level - 1)}- ${syntax === 'markdown' ? e.heading : escapeMarkdown(e.heading)}\n`).join('');
}

const BAR_WIDTH = 10;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `cells` terminal cells filled in proportion value/max, in eighths of a cell. */
export function proportionalBar(value: number, max: number, cells = BAR_WIDTH): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * cells * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] as string);
}

export interface TocSummary {
  words: number;
  minutes: number;
}

const formatMinutes = (minutes: number): string => (minutes < 1 ? '< 1 min' : `${Math.round(minutes)} min`);

/**
 * Title, then date, total words and reading time; then each heading with its
 * selector, nested by level, its word count and a bar of its length (relative
 * to the longest section listed).
 */
export function renderTocTerminal(
  document: Document,
  entries: readonly TocEntry[],
  summary: TocSummary,
  chalk: ChalkInstance,
  width: number,
): string {
  const out: string[] = [];
  if (document.title !== null) out.push(chalk.bold(wrapParagraph(document.title, width)));
  const facts = [document.date, `${summary.words.toLocaleString('en-US')} words`, `${formatMinutes(summary.minutes)} read`];
  out.push(chalk.dim(wrapParagraph(facts.filter((f) => f !== null).join(' · '), width)));
  if (entries.length > 0) out.push('');
  // (maxOf, not Math.max(...): a text can have more headings than a call can take arguments.)
  const pathWidth = maxOf(entries.map((e) => e.path.length));
  const wordsWidth = maxOf(entries.map((e) => e.words.toLocaleString('en-US').length));
  const maxWords = maxOf(entries.map((e) => e.words));
  // Narrow terminals drop the bar first, then keep at least 10 cells of heading.
  const barWidth = width >= 60 ? BAR_WIDTH : 0;
  const headingRoom = Math.max(10, width - pathWidth - 2 - 2 - wordsWidth - (barWidth > 0 ? barWidth + 1 : 0));
  for (const e of entries) {
    const indent = '  '.repeat(e.level - 1);
    const heading = fitCells(e.heading, Math.max(headingRoom - indent.length, 6));
    const label = e.level === 1 ? chalk.bold(heading) : heading;
    const pad = ' '.repeat(Math.max(headingRoom - indent.length - stringWidth(heading), 0));
    const words = e.words.toLocaleString('en-US').padStart(wordsWidth);
    const bar = barWidth > 0 ? ` ${chalk.blue(proportionalBar(e.words, maxWords, barWidth))}` : '';
    out.push(`${chalk.cyan(e.path.padStart(pathWidth))}  ${indent}${label}${pad}  ${chalk.dim(words)}${bar}`.trimEnd());
  }
  return `${out.join('\n')}\n`;
}
