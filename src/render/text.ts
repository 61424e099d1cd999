/** View -> plain UTF-8 text: one paragraph a line (or reflowed to a width), a blank line between blocks. */

import type { Block, Section } from '../document.js';
import type { View } from '../select.js';
import { wrapParagraph } from './wrap.js';

export interface TextOptions {
  /** Reflow paragraphs to this many cells; undefined: one paragraph per line. */
  width?: number | undefined;
}

function renderBlock(block: Block, options: TextOptions): string {
  // Preformatted text and Markdown source keep their lines.
  return block.type === 'paragraph' ? wrapParagraph(block.text, options.width) : block.text;
}

function renderSection(section: Section, options: TextOptions, out: string[]): void {
  out.push(wrapParagraph(section.heading, options.width));
  for (const block of section.blocks) out.push(renderBlock(block, options));
  for (const child of section.children) renderSection(child, options, out);
}

export function renderText(view: View, options: TextOptions = {}): string {
  const out: string[] = [];
  if (view.title !== null) out.push(wrapParagraph(view.title, options.width));
  if (view.date !== null) out.push(view.date);
  for (const block of view.lead) out.push(renderBlock(block, options));
  for (const section of view.sections) renderSection(section, options, out);
  return out.length === 0 ? '' : `${out.join('\n\n')}\n`;
}
