/** View -> plain UTF-8 text: one paragraph a line (or reflowed to a width), a blank line between blocks. */

import type { Block, Section } from '../document.js';
import type { View } from '../select.js';
import { wrapEachLine, wrapParagraph } from './wrap.js';

export interface TextOptions {
  /** Reflow paragraphs to this many cells; undefined: one paragraph per line. */
  width?: number | undefined;
}

function renderBlock(block: Block, options: TextOptions): string {
  if (block.type === 'paragraph') return wrapParagraph(block.text, options.width);
  if (block.type === 'lines') return wrapEachLine(block.text, options.width);
  // Preformatted text and Markdown source keep their lines.
  return block.text;
}

function* sectionBlocks(section: Section, options: TextOptions): Generator<string> {
  yield wrapParagraph(section.heading, options.width);
  for (const block of section.blocks) yield renderBlock(block, options);
  for (const child of section.children) yield* sectionBlocks(child, options);
}

function* blocks(view: View, options: TextOptions): Generator<string> {
  if (view.title !== null) yield wrapParagraph(view.title, options.width);
  if (view.date !== null) yield view.date;
  for (const block of view.lead) yield renderBlock(block, options);
  for (const section of view.sections) yield* sectionBlocks(section, options);
}

/**
 * The text in pieces, block by block, so that a large document streams out
 * instead of being built whole in memory first. Joined, the pieces are
 * renderText's result.
 */
export function* renderTextPieces(view: View, options: TextOptions = {}): Generator<string> {
  let first = true;
  for (const block of blocks(view, options)) {
    yield first ? block : `\n\n${block}`;
    first = false;
  }
  if (!first) yield '\n';
}

export function renderText(view: View, options: TextOptions = {}): string {
  return [...renderTextPieces(view, options)].join('');
}
