/** The first screens of a large text from its head, then the whole text from where they stopped. */

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Section } from '../src/document.js';
import { readInputHead } from '../src/load.js';
import { continueAfterPreview, previewBlocks } from '../src/preview.js';
import type { RenderedBlock } from '../src/render/terminal.js';
import { ROOT, scratchDir } from './helpers.js';

const heading = (text: string, line: number): RenderedBlock => ({ text, line, heading: { heading: text } as Section });
const block = (text: string, line: number): RenderedBlock => ({ text, line });
const texts = (blocks: Iterable<RenderedBlock>): string[] => [...blocks].map((b) => b.text);

/** A title, then sections of one heading and two paragraphs, each block two lines long. */
function rendered(sections: number): RenderedBlock[] {
  const out: RenderedBlock[] = [{ text: 'Title\nline' }];
  for (let s = 1; s <= sections; s++) {
    const line = s * 10;
    out.push(heading(`§ ${s}\nline`, line), block(`p${s}a\nline`, line + 2), block(`p${s}b\nline`, line + 5));
  }
  return out;
}

describe('previewBlocks', () => {
  it('never shows the head’s last block, which may be cut off, nor a heading just before it', () => {
    const preview = previewBlocks(rendered(2), 1000);
    assert.deepEqual(preview.blocks, texts(rendered(2).slice(0, -1)));
    assert.equal(preview.next, 25);
    const beforeHeading = previewBlocks([...rendered(2), heading('§ 3', 30), block('p3a', 32)], 1000);
    assert.deepEqual(beforeHeading.blocks, texts(rendered(2)));
    assert.equal(beforeHeading.next, 30);
  });

  it('shows about the lines asked for, ending on a whole block', () => {
    // Each block is two lines and a blank line: three blocks make nine lines.
    const preview = previewBlocks(rendered(10), 8);
    assert.deepEqual(preview.blocks, ['Title\nline', '§ 1\nline', 'p1a\nline']);
    assert.equal(preview.next, 15);
  });

  it('does not stop before a block without a source line (the date line under the title)', () => {
    assert.deepEqual(previewBlocks([{ text: 'Title' }, { text: 'Date' }, block('p', 3), block('q', 5)], 1), {
      blocks: ['Title', 'Date'],
      next: 3,
    });
  });

  it('shows nothing from a head of one block', () => {
    assert.deepEqual(previewBlocks([block('p', 3)], 1000), { blocks: [], next: 1 });
  });
});

describe('continueAfterPreview', () => {
  /** The head's rendering of `rendered(2)` up to its second heading. */
  const preview = { blocks: texts(rendered(2).slice(0, 4)), next: 20 };

  it('where the whole text reads the head as the head did, the result is the whole text’s rendering', () => {
    const whole = rendered(5);
    assert.deepEqual(texts(continueAfterPreview(preview, whole)), texts(whole));
  });

  it('where the whole text reads the head differently, the preview stands and the rest follows from its next line', () => {
    // The whole text finds a date the head could not, and does not take line 20 for a heading.
    const whole = [{ text: 'Title\nline' }, { text: 'Date' }, ...rendered(3).slice(1)];
    whole[5] = block('2 as text', 20);
    assert.deepEqual(texts(continueAfterPreview(preview, whole)), [...preview.blocks, '2 as text', ...texts(whole.slice(6))]);
  });

  it('a block of the whole text that runs across the preview’s end is shown again, so that nothing is lost', () => {
    // The head saw a heading at line 20; the whole text joins it to the paragraph above (line 15 on).
    const whole = [...rendered(1), block('p1b and 2 joined', 15), ...rendered(2).slice(5)];
    whole.splice(3, 1);
    assert.deepEqual(texts(continueAfterPreview(preview, whole)), [...preview.blocks, 'p1b and 2 joined', 'p2a\nline', 'p2b\nline']);
  });

  it('a block already shown in the preview is not shown twice', () => {
    // Lines 20 to 24 are page furniture in the whole text: no block starts at 20, and the one before was shown.
    const whole = rendered(2).filter((b) => b.line !== 20);
    assert.deepEqual(texts(continueAfterPreview(preview, whole)), [...preview.blocks, 'p2a\nline', 'p2b\nline']);
  });

  it('without a preview, the whole text as it is', () => {
    const whole = rendered(3);
    assert.deepEqual(texts(continueAfterPreview({ blocks: [], next: 1 }, whole)), texts(whole));
  });
});

describe('readInputHead', () => {
  const dir = scratchDir('article-head-');
  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('the head of a large file, cut after its last blank line, never inside a character', () => {
    const paragraph = 'Ünïcödé words, and more words.\nA second line.\n\n';
    const path = file('large.txt', paragraph.repeat(100));
    const head = readInputHead(path, 1000, 1000) as string;
    assert.ok(head.length > 500 && head.length <= 1000);
    assert.ok(head.endsWith('A second line.\n'));
    assert.ok(paragraph.repeat(100).startsWith(head));
  });

  it('a named pipe is not opened (that would wait for a writer, and cut it off when closed)', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // In a child process: an open that waits for a writer would stop this one.
    const load = join(ROOT, 'src', 'load.ts');
    const script = `import('${load}').then((m) => console.log(m.readInputHead('${fifo}', 0, 100)))`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(child.stdout, 'null\n');
  });

  it('nothing for a small file, a missing one, UTF-16 or a head without a blank line', () => {
    assert.equal(readInputHead(file('small.txt', 'a\n\nb\n'), 1000, 100), null);
    assert.equal(readInputHead(join(dir, 'missing.txt'), 0, 100), null);
    assert.equal(readInputHead(file('utf16.txt', Buffer.from(`\ufeff${'a\n\n'.repeat(600)}`, 'utf16le')), 1000, 100), null);
    assert.equal(readInputHead(file('one-block.txt', 'a line\n'.repeat(300)), 1000, 100), null);
  });
});
