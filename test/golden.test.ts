/**
 * Exact plain output of the bundled article, per command and format.
 * Regenerate with `UPDATE_GOLDEN=1 npm test`, then review the diff.
 */

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, run } from './helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const extension = { text: 'txt', markdown: 'md', json: 'json' } as const;

const cases: [name: string, argv: string[]][] = [
  ['read', ['read']],
  ['toc', ['toc']],
  ['section-2', ['section', '2']],
  ['section-lead', ['section', 'lead']],
];

describe('golden output of the bundled article (pipe, no colour)', () => {
  for (const [name, argv] of cases) {
    for (const format of ['text', 'markdown', 'json'] as const) {
      it(`${argv.join(' ')} --format ${format}`, async () => {
        const result = await run([...argv, '--format', format]);
        assert.equal(result.code, 0);
        assert.equal(result.stderr, '');
        const file = join(GOLDEN, `${name}.${extension[format]}`);
        if (update || !existsSync(file)) {
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(file, result.stdout);
          if (!update) assert.fail(`${file} did not exist; written now: review it and run again`);
        }
        assert.equal(result.stdout, readFileSync(file, 'utf8'));
      });
    }
  }
});

describe('every way to address section II prints the same as `section 2`', () => {
  const selectors = [
    'II',
    'ii',
    'II.',
    'good neighborliness',
    'GOOD   Neighborliness',
    'stay-committed-to-good-neighborliness-and-draw-a-blueprint-for-china-russia-relations',
  ];
  for (const format of ['text', 'markdown', 'json'] as const) {
    for (const selector of selectors) {
      it(`section ${JSON.stringify(selector)} --format ${format}`, async () => {
        const expected = readFileSync(join(GOLDEN, `section-2.${extension[format]}`), 'utf8');
        const result = await run(['section', selector, '--format', format]);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout, expected);
      });
    }
  }
});
