/** Table of contents: plain (one heading a line, for scripts) and styled (for a terminal). */

import type { ChalkInstance } from 'chalk';
import type { Document } from '../document.js';
import type { TocEntry } from '../select.js';
import { escapeMarkdown } from './markdown.js';
import { wrapParagraph } from './wrap.js';

/** One heading per line as written, indented two spaces per level below the top. */
export function renderTocPlain(entries: readonly TocEntry[]): string {
  return entries.map((e) => `${'  '.repeat(e.level - 1)}${e.heading}\n`).join('');
}

/** A nested Markdown list of the headings. */
export function renderTocMarkdown(entries: readonly TocEntry[], syntax: Document['syntax']): string {
  return entries.map((e) => `${'  '.repeat(e.level - 1)}- ${syntax === 'markdown' ? e.heading : escapeMarkdown(e.heading)}\n`).join('');
}

/** Title, date, then each heading with its selector and word count, nested by level. */
export function renderTocTerminal(document: Document, entries: readonly TocEntry[], chalk: ChalkInstance, width: number): string {
  const out: string[] = [];
  if (document.title !== null) out.push(chalk.bold(wrapParagraph(document.title, width)));
  if (document.date !== null) out.push(chalk.dim(document.date));
  if (out.length > 0) out.push('');
  const pathWidth = Math.max(...entries.map((e) => e.path.length));
  for (const e of entries) {
    const indent = '  '.repeat(e.level - 1);
    const words = `${e.words} words`;
    const room = Math.max(10, width - pathWidth - indent.length - words.length - 4);
    const heading = e.heading.length > room ? `${e.heading.slice(0, room - 1)}…` : e.heading;
    const label = e.level === 1 ? chalk.bold(heading) : heading;
    out.push(`${chalk.cyan(e.path.padStart(pathWidth))}  ${indent}${label}  ${chalk.dim(words)}`);
  }
  return `${out.join('\n')}\n`;
}
