/**
 * The first screens of a large text before the whole is parsed: the head of
 * the file is parsed and shown at once, then the whole text continues from
 * the source line where the preview stopped. Pure functions over rendered
 * blocks; cli.ts does the reading.
 */

import type { RenderedBlock } from './render/terminal.js';

export interface Preview {
  /** The blocks shown before the whole text is read. */
  blocks: string[];
  /** The source line the whole text continues from: where the first block not shown starts. */
  next: number;
}

/**
 * What of a head's rendering to show first: about `lines` lines of it, and
 * never its last block, which the cut may have shortened, nor a heading
 * just before it, which may need the lines after it to be told from text.
 */
export function previewBlocks(head: Iterable<RenderedBlock>, lines: number): Preview {
  const all = [...head];
  let end = all.length - 1;
  while (end > 0 && all[end - 1]?.heading !== undefined) end--;
  let shown = 0;
  let count = 0;
  while (shown < end && count < lines) count += lineCount((all[shown++] as RenderedBlock).text) + 1;
  // The rest starts at a block that knows its source line (the title and the date line do not).
  while (shown < end && all[shown]?.line === undefined) shown++;
  const next = all[shown]?.line;
  return next === undefined || shown === 0 ? { blocks: [], next: 1 } : { blocks: all.slice(0, shown).map((b) => b.text), next };
}

const lineCount = (text: string): number => text.split('\n').length;

/**
 * The preview's blocks, then the whole text's from the preview's `next` line
 * on. The whole text settles what the head could not (a numbering run, the
 * commonest indentation), so the two may differ in places; nothing is left
 * out: where no block of the whole starts at `next`, the block that runs
 * across it is shown again.
 */
export function* continueAfterPreview(preview: Preview, whole: Iterable<RenderedBlock>): Generator<RenderedBlock> {
  for (const text of preview.blocks) yield { text };
  let before: RenderedBlock | undefined;
  let started = preview.blocks.length === 0;
  for (const block of whole) {
    if (!started) {
      if (block.line === undefined || block.line < preview.next) {
        if (block.line !== undefined) before = block;
        continue;
      }
      started = true;
      if (block.line > preview.next && before !== undefined && !preview.blocks.includes(before.text)) yield before;
    }
    yield block;
  }
  if (!started && before !== undefined && !preview.blocks.includes(before.text)) yield before;
}
