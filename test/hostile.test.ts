/**
 * Safe with any input: every hostile fixture, through every command and
 * format, into a pipe and onto a (simulated) terminal in-process, and through
 * the real program into a pipe and under a pseudo-terminal. The invariants are
 * checked byte by byte.
 */

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs script without type declarations
import { generateHostileFixtures } from './fixtures/hostile/generate.mjs';
import { ROOT, run, scratchDir } from './helpers.js';

interface Expect {
  exit: number;
  stdoutEmpty?: boolean;
  warning?: string;
  stdoutContains?: string[];
}
interface Fixture {
  name: string;
  file: string;
  kind: string;
  description: string;
  expect: Expect;
}

const dir = scratchDir('article-hostile-');
const fixtures = generateHostileFixtures(dir) as Fixture[];

/** C0 (but TAB and LF), DEL, C1, bidi embeddings/overrides/isolates. */
const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function describeChar(text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  if (!m) return '';
  const at = m.index;
  return `U+${(m[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))}`;
}

/** Styled output may hold the renderer's SGR sequences and nothing else that controls a terminal. */
function assertSafe(text: string, where: string, styled: boolean): void {
  const rest = styled ? text.replace(/\x1b\[[0-9;]*m/g, '') : text;
  assert.ok(!FORBIDDEN.test(rest), `${where}: control character ${describeChar(rest, FORBIDDEN)}`);
  assert.ok(!LONE_SURROGATE.test(text), `${where}: not valid UTF-8 (lone surrogate)`);
}

const commands: string[][] = [['read'], ['toc'], ['section', '1'], ['section', 'lead']];
const formats = ['text', 'markdown', 'json'];
/** Multi-megabyte inputs are about surviving, not about escapes: one command each keeps the suite quick. */
const SIZE_KINDS = new Set(['huge', 'many-headings', 'deep-nesting']);

describe('hostile input, in-process, every command and format', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name}: ${fixture.description}`, async () => {
      const large = SIZE_KINDS.has(fixture.kind);
      for (const command of large ? [['read']] : commands) {
        for (const format of large ? ['text'] : formats) {
          for (const tty of [false, true]) {
            const argv = [...command, fixture.file, '--format', format];
            const where = `${fixture.name}: ${argv.slice(0, -3).join(' ')} ${format}${tty ? ' (terminal)' : ''}`;
            const result = await run(argv, tty ? { tty: { columns: 80 } } : {});
            assertSafe(result.stdout, `${where} stdout`, tty && format === 'text');
            assertSafe(result.stderr, `${where} stderr`, false);
            if (!tty) assert.ok(!result.stdout.includes('\x1b'), `${where}: ESC in a pipe`);
            if (format === 'json' && result.stdout !== '') JSON.parse(result.stdout);
            const expected = fixture.expect;
            if (command[0] === 'read') {
              assert.equal(result.code, expected.exit, `${where}: exit ${result.code}, stderr ${result.stderr}`);
              // JSON still describes the (empty) document, so scripts always get JSON.
              if (expected.stdoutEmpty && format !== 'json') assert.equal(result.stdout, '', `${where}: stdout should be empty`);
              if (expected.warning) assert.match(result.stderr, new RegExp(expected.warning), where);
              if (expected.exit !== 0) assert.equal(result.stderr.split('\n').length, 2, `${where}: one line on stderr`);
              if (format === 'text' && !tty) {
                for (const word of expected.stdoutContains ?? []) assert.ok(result.stdout.includes(word), `${where}: lost "${word}"`);
              }
            } else if (expected.exit !== 0) {
              assert.equal(result.code, expected.exit, where);
            }
          }
        }
      }
    });
  }
});

/** Run the real program; `pty` runs it under `script` with a 80-column terminal. */
function spawnArticle(args: string[], pty: boolean): Promise<{ code: number | null; stdout: Buffer; stderr: Buffer }> {
  const bin = join(ROOT, 'bin', 'article.js');
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const argv = pty
    ? ['script', ['-qfec', `stty cols 80 rows 40; node ${quote(bin)} --no-pager ${args.map(quote).join(' ')}`, '/dev/null']]
    : ['node', [bin, ...args]];
  return new Promise((resolve) => {
    const child = spawn(argv[0] as string, argv[1] as string[], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TERM: 'xterm-256color', HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}

describe('hostile input, the real program, into a pipe and under a pseudo-terminal', () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const pty of [false, true]) {
    it(pty ? 'under a pseudo-terminal' : 'into a pipe', async () => {
      // Four at a time: the machine has two cores, and each run is mostly start-up.
      const queue = [...fixtures];
      const worker = async (): Promise<void> => {
        for (let fixture = queue.shift(); fixture; fixture = queue.shift()) {
          const result = await spawnArticle(['read', fixture.file], pty);
          const where = `${fixture.name}${pty ? ' (pty)' : ''}`;
          const stdout = decoder.decode(result.stdout);
          const stderr = decoder.decode(result.stderr);
          // Under `script`, stderr and stdout share the terminal and the tty turns LF into CR LF.
          const seen = pty ? stdout.replace(/\r\n/g, '\n') : stdout;
          assertSafe(seen, `${where} stdout`, pty);
          assertSafe(stderr, `${where} stderr`, false);
          if (!pty) {
            assert.ok(!stdout.includes('\x1b'), `${where}: ESC in a pipe`);
            assert.equal(result.code, fixture.expect.exit, `${where}: ${stderr}`);
          }
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
    });
  }
});

describe('inputs that ask for much more work than their size', () => {
  it('quotes and list items opened thirty deep on one line are read as text, not styled level by level', async () => {
    const lines = ['x'];
    for (let i = 1; i <= 30; i++) lines.push(`${'> - '.repeat(i)}x`);
    const file = join(dir, 'quote-list.md');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await run(['read', file], { tty: { columns: 80 } });
    assert.equal(result.code, 0);
    // (Styled level by level, these 1.8 KB came out as 2.4 MB.)
    assert.ok(result.stdout.length < 20_000, `${result.stdout.length} characters out`);
    assert.match(result.stdout, /> - > - x/);
  });

  it('a table of more than 1,000 rows is shown as written, not laid out cell by cell', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `| ${i} | x |`);
    const file = join(dir, 'long-table.md');
    writeFileSync(file, `# Data\n\n| n | v |\n|---|---|\n${rows.join('\n')}\n`);
    const result = await run(['read', file], { tty: { columns: 80 } });
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^\| 1000 \| x \|$/m);
  });

  it('a paragraph crowded with emphasis marks (`*a*a*a...`) is read as text, not given to marked', async () => {
    const file = join(dir, 'stars.md');
    writeFileSync(file, `# Stars\n\n${'*a'.repeat(6000)}\n`);
    const result = await run(['read', file, '--format', 'json']);
    assert.equal(JSON.parse(result.stdout).syntax, 'text');
    const prose = join(dir, 'prose.md');
    writeFileSync(prose, `# Prose\n\n${'Some *emphasis* and **strong** words. '.repeat(400)}\n`);
    assert.equal(JSON.parse((await run(['read', prose, '--format', 'json'])).stdout).syntax, 'markdown');
  });
  it('a run of 200,000 form feeds and a `#` line with 100,000 spaces in it are read in one pass each', async () => {
    // (Each form feed looked for the next line with text from where it stood, and ATX's lazy title backtracked
    // over the spaces: both quadratic, 8 s for 100,000 form feeds, 2 s for 30,000 spaces.)
    const feeds = join(dir, 'form-feeds.txt');
    writeFileSync(feeds, `Title\n\n1. One\n\nText.\n${'\f'.repeat(200_000)}2. Two\n\nText.\n`);
    const paged = await run(['toc', feeds]);
    assert.equal(paged.code, 0, paged.stderr);
    assert.equal(paged.stdout, '1. One\n2. Two\n');
    const spaces = join(dir, 'atx-spaces.txt');
    writeFileSync(spaces, `# x${' '.repeat(100_000)}y\n\nbody\n`);
    const result = await run(['read', spaces, '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).lead, ['# x y']);
  });
});

describe('inputs that never end', () => {
  it('/dev/zero, which says nothing of its size, is refused as binary on its first bytes', async () => {
    const result = await run(['toc', '/dev/zero']);
    assert.equal(result.code, 65);
    assert.equal(result.stderr, 'article: /dev/zero: binary file (NUL byte at offset 0), not text\n');
  });
});

describe('more items than a function call takes arguments', () => {
  it('200,000 list items, paragraphs under a title, or headings in a terminal listing read without a stack overflow', async () => {
    const many = 200_000;
    const cases: [string, string, string[]][] = [
      ['list-items.txt', '- a\n'.repeat(many), ['read']],
      ['title-paragraphs.md', `# Title\n\n${'text\n\n'.repeat(many)}`, ['toc']],
      ['many-headings.md', Array.from({ length: many }, (_, i) => `# H${i}\n`).join(''), ['toc']],
    ];
    for (const [name, text, command] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const result = await run([...command, file], { tty: { columns: 80 } });
      assert.equal(result.code, 0, `${name}: ${result.stderr}`);
    }
  });
});

describe('messages stay on one line whatever the user typed', () => {
  it('a line break in a file name, an option value or a pattern is shown, and a suggestion joins its error', async () => {
    const cases: [string[], number, RegExp][] = [
      [['toc', 'missing\nFAKE: line'], 66, /^article: missing␤FAKE: line: no such file\n$/],
      [['--format', 'x\nFAKE line', 'toc'], 2, /argument 'x FAKE line' is invalid/],
      [['--colr', 'toc'], 2, /^article: error: unknown option '--colr' \(Did you mean --color\?\)\n$/],
      [['find', '-E', '(\n'], 2, /invalid regular expression: .*␤/],
    ];
    for (const [argv, code, message] of cases) {
      const result = await run(argv);
      assert.equal(result.code, code, argv.join(' '));
      assert.equal(result.stderr.split('\n').length, 2, `${JSON.stringify(argv)}: ${result.stderr}`);
      assert.match(result.stderr, message);
    }
  });
});
