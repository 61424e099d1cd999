/**
 * View -> Markdown. Plain-text documents are escaped so that Markdown syntax
 * in the article (`1. ` at a line start, `2*3*4`, `<tag>`, `&amp;`) stays
 * literal; Markdown documents pass their own source through.
 */

import type { Block, Section } from '../document.js';
import type { View } from '../select.js';

/** Characters that start inline Markdown (emphasis, code, links, HTML, entities, escapes). */
const INLINE_SPECIAL = /[\\`*_[\]<>&~|]/g;
/** Line starts that would open a block: heading, quote, list item, thematic break, setext, table. */
const BLOCK_START = /^(\s*)([#>+=-]|\d{1,9}(?=[.)]))/;

export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE_SPECIAL, '\\$&');
  return inline.replace(BLOCK_START, (_match, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
  );
}

/** A fence longer than any run of backticks inside the text. */
function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(longest + 1);
}

export function blockToMarkdown(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'lines':
      // A backslash at the end of a line is CommonMark's hard line break.
      return block.text.split('\n').map(escapeMarkdown).join('\\\n');
    case 'preformatted': {
      const f = fence(block.text);
      return `${f}text\n${block.text}\n${f}`;
    }
    case 'markdown':
      return block.text;
  }
}

/** An ATX heading: level 1 is the title, sections start at 2 (`##`), and Markdown stops at six. */
export function markdownHeading(text: string, level: number, syntax: 'text' | 'markdown'): string {
  return `${'#'.repeat(Math.min(level, 6))} ${syntax === 'markdown' ? text : escapeMarkdown(text)}`;
}

function renderSection(section: Section, syntax: 'text' | 'markdown', out: string[]): void {
  out.push(markdownHeading(section.heading, section.level + 1, syntax));
  for (const block of section.blocks) out.push(blockToMarkdown(block));
  for (const child of section.children) renderSection(child, syntax, out);
}

export function renderMarkdown(view: View): string {
  const syntax = view.document.syntax;
  const out: string[] = [];
  if (view.title !== null) out.push(markdownHeading(view.title, 1, syntax));
  if (view.date !== null) out.push(`*${escapeMarkdown(view.date)}*`);
  for (const block of view.lead) out.push(blockToMarkdown(block));
  for (const section of view.sections) renderSection(section, syntax, out);
  return out.length === 0 ? '' : `${out.join('\n\n')}\n`;
}
