/** Paging: which pager with which flags, when, streaming, a missing or failing pager, --at, Ctrl-C. */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { planOutput, printChunks } from '../src/output.js';
import { HEADING_PATTERN, pagerCommand, pagerSetting } from '../src/pager.js';
import { ROOT, run, SEED, scratchDir, stripAnsi } from './helpers.js';

const BIN = join(ROOT, 'bin', 'article.js');
const tmp = scratchDir('article-pager-');
let counter = 0;
const outFile = (): string => join(tmp, `paged-${++counter}.txt`);
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** A fake `less` on PATH that records its arguments and what it was given. */
const fakeBin = join(tmp, 'bin');
mkdirSync(fakeBin);
writeFileSync(join(fakeBin, 'less'), `#!/bin/sh\nprintf '%s\\n' "$@" > "$RECORD.args"\ncat > "$RECORD.out"\n`);
chmodSync(join(fakeBin, 'less'), 0o755);
const fakePath = `${fakeBin}:${process.env.PATH}`;

const big = join(tmp, 'big.txt');
writeFileSync(big, Array.from({ length: 30 }, () => readFileSync(SEED, 'utf8')).join('\n\n'));

describe('choosing the pager', () => {
  it('--pager > $ARTICLE_PAGER > $PAGER > less', () => {
    assert.equal(pagerSetting('most', { ARTICLE_PAGER: 'a', PAGER: 'p' }), 'most');
    assert.equal(pagerSetting(undefined, { ARTICLE_PAGER: 'a', PAGER: 'p' }), 'a');
    assert.equal(pagerSetting(undefined, { PAGER: 'p' }), 'p');
    assert.equal(pagerSetting(undefined, {}), 'less');
  });

  it('less gets -R -K (-F in auto) -X before the user’s own flags, then the heading pattern and the start line', () => {
    assert.deepEqual(pagerCommand('less', { quitIfOneScreen: true }).args, ['-R', '-K', '-F', '-X', '-p', HEADING_PATTERN, '+1g']);
    assert.deepEqual(pagerCommand('/usr/bin/less -+X -S', { quitIfOneScreen: false, startLine: 42 }).args, [
      '-R',
      '-K',
      '-X',
      '-+X',
      '-S',
      '-p',
      HEADING_PATTERN,
      '+42g',
    ]);
  });

  it('any other pager runs as given; shell syntax runs through sh -c', () => {
    assert.deepEqual(pagerCommand('more -d', { quitIfOneScreen: true }), { display: 'more -d', file: 'more', args: ['-d'], less: false });
    assert.deepEqual(pagerCommand('cat > "a b"', { quitIfOneScreen: true }).args, ['-c', 'cat > "a b"']);
  });

  it('paging auto means a terminal only; --paging always pages a pipe too; an empty pager means none', () => {
    const tty = { isTTY: true, columns: 80, rows: 24, write: () => true };
    const pipe = { write: () => true };
    assert.equal(planOutput(tty, {}, { color: 'auto' }).paging, 'auto');
    assert.equal(planOutput(pipe, {}, { color: 'auto' }).paging, 'never');
    assert.equal(planOutput(pipe, {}, { color: 'auto', paging: 'always' }).paging, 'always');
    assert.equal(planOutput(tty, { PAGER: '' }, { color: 'auto' }).paging, 'never');
  });
});

describe('paging (in-process, real pager processes)', () => {
  it('a text taller than the screen goes to the pager, styled, and nothing to stdout', async () => {
    const out = outFile();
    const result = await run(['read', '--pager', `cat > ${quote(out)}`], { tty: { columns: 80, rows: 24 }, pager: true });
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, '');
    const paged = readFileSync(out, 'utf8');
    assert.ok(paged.includes('\x1b['), 'styled');
    assert.match(stripAnsi(paged), /^A Journey of Friendship/);
    assert.match(stripAnsi(paged), /\n§ II\. Stay committed to good neighborliness/);
  });

  it('a text that fits on the screen is printed directly', async () => {
    const out = outFile();
    const result = await run(['section', 'lead', '--pager', `cat > ${quote(out)}`], { tty: { columns: 100, rows: 60 }, pager: true });
    assert.equal(result.code, 0);
    assert.match(stripAnsi(result.stdout), /^From March 20/);
    assert.ok(!existsSync(out));
  });

  it('$ARTICLE_PAGER wins over $PAGER; a pipe is never paged unless --paging always', async () => {
    const a = outFile();
    const p = outFile();
    await run(['read'], {
      tty: { columns: 80, rows: 24 },
      pager: true,
      env: { ARTICLE_PAGER: `cat > ${quote(a)}`, PAGER: `cat > ${quote(p)}` },
    });
    assert.ok(existsSync(a) && !existsSync(p));
    const piped = await run(['read'], { pager: true, env: { PAGER: `cat > ${quote(p)}` } });
    assert.ok(!existsSync(p));
    assert.match(piped.stdout, /^A Journey/);
    const always = await run(['toc', '--paging', 'always'], { pager: true, env: { PAGER: `cat > ${quote(p)}` } });
    assert.equal(always.stdout, '');
    assert.match(stripAnsi(readFileSync(p, 'utf8')), /2,645 words/);
  });

  it('--no-pager and --paging never print to stdout', async () => {
    for (const flags of [['--no-pager'], ['--paging', 'never']]) {
      const out = outFile();
      const result = await run(['read', '--pager', `cat > ${quote(out)}`, ...flags], { tty: { columns: 80, rows: 24 }, pager: true });
      assert.match(stripAnsi(result.stdout), /^A Journey/);
      assert.ok(!existsSync(out));
    }
  });

  it('a missing pager: one warning, then everything on stdout, exit 0', async () => {
    const result = await run(['read'], { tty: { columns: 80, rows: 24 }, pager: true, env: { PAGER: '/no/such/pager' } });
    assert.equal(result.code, 0);
    assert.equal(result.stderr, 'article: pager "/no/such/pager" not found; printing to standard output\n');
    assert.equal(stripAnsi(result.stdout), stripAnsi((await run(['read', '--no-pager'], { tty: { columns: 80, rows: 24 } })).stdout));
  });

  it('a failing pager: one warning, then everything on stdout, exit 0', async () => {
    const result = await run(['read', big, '--pager', 'false'], { tty: { columns: 80, rows: 24 }, pager: true });
    assert.equal(result.code, 0);
    assert.equal(result.stderr, 'article: pager "false" failed (exit status 1); printing to standard output\n');
    assert.equal(result.stdout, (await run(['read', big, '--no-pager'], { tty: { columns: 80, rows: 24 } })).stdout);
  });

  it('a reader who quits early (EPIPE) ends the program quietly with 0, without rendering the rest', async () => {
    const out = outFile();
    const started = Date.now();
    const result = await run(['read', big, '--pager', `head -c 2000 > ${quote(out)}`], { tty: { columns: 80, rows: 24 }, pager: true });
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, '');
    assert.equal(readFileSync(out).length, 2000);
    assert.ok(Date.now() - started < 5000);
  });

  it('a pager that dies of SIGINT (Ctrl-C) makes the exit status 130', async () => {
    const result = await run(['read', '--pager', 'kill -INT $$'], { tty: { columns: 80, rows: 24 }, pager: true });
    assert.equal(result.code, 130);
    assert.equal(result.stdout, '');
  });
});

/** A pager process that takes everything it is given and exits with `status` (or dies of `signal`) when its input ends. */
function fakePager(status: number | null, signal: string | null = null) {
  const child = new EventEmitter() as EventEmitter & { stdin: unknown };
  const received: string[] = [];
  child.stdin = {
    write: (chunk: string) => received.push(chunk) > 0,
    end: () => setImmediate(() => child.emit('exit', status, signal)),
    once: () => child,
    on: () => child,
  };
  return { child, received };
}

describe('Ctrl-C while the pager runs (a fake pager process, no real one)', () => {
  it('the interrupt is held while the pager runs, then the program exits 130 without a fallback', async () => {
    // As less -K exits after Ctrl-C: status 2.
    const { child, received } = fakePager(2);
    let held = 0;
    const warnings: string[] = [];
    const stdout = { isTTY: true, columns: 80, rows: 5, write: () => assert.fail('nothing goes to stdout') };
    // `less` is found on PATH (the fake one above), but never run: spawnPager returns the fake process.
    const plan = planOutput(stdout, { PATH: fakePath }, { color: 'never', pager: 'less' });
    const code = await printChunks(
      {
        stdout,
        env: { PATH: fakePath },
        warn: (m) => warnings.push(m),
        spawnPager: () => child as never,
        holdInterrupts: () => {
          held++;
          return () => true;
        },
      },
      plan,
      Array.from({ length: 10 }, (_, i) => ({ text: `line ${i}\n` })),
      'text',
    );
    assert.equal(code, 130);
    assert.equal(held, 1);
    assert.deepEqual(warnings, []);
    assert.equal(received.join(''), Array.from({ length: 10 }, (_, i) => `line ${i}\n`).join(''));
  });
});

describe('a pager whose own reader goes away (`--paging always | head -1`)', () => {
  it('dies of SIGPIPE: the program ends quietly, exit 0, and does not print the text again', async () => {
    const { child } = fakePager(null, 'SIGPIPE');
    const warnings: string[] = [];
    const stdout = { isTTY: false, columns: 80, rows: 24, write: () => assert.fail('nothing goes to stdout') };
    const plan = planOutput(stdout, { PATH: fakePath }, { color: 'never', pager: 'less', paging: 'always' });
    const code = await printChunks(
      { stdout, env: { PATH: fakePath }, warn: (m) => warnings.push(m), spawnPager: () => child as never },
      plan,
      [{ text: 'line 1\n' }, { text: 'line 2\n' }],
      'text',
    );
    assert.equal(code, 0);
    assert.deepEqual(warnings, []);
  });
});

describe('a text of 1 MB or more in the pager: the first screens from its head', () => {
  const large = join(tmp, 'large.txt');
  writeFileSync(large, Array.from({ length: 60 }, () => readFileSync(SEED, 'utf8')).join('\n\n'));

  it('reach the pager before the whole text is parsed, and the pager gets in the end what --no-pager prints', async () => {
    const { child, received } = fakePager(0);
    let pagedBeforeParse = '';
    const tty = { columns: 80, rows: 24 };
    const result = await run(['read', large], {
      tty,
      env: { PATH: fakePath },
      spawnPager: () => child as never,
      // Called just before the whole text is parsed.
      prepareForLargeInput: () => {
        pagedBeforeParse = received.join('');
      },
    });
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, '');
    const direct = await run(['read', large, '--no-pager'], { tty });
    assert.ok(stripAnsi(pagedBeforeParse).split('\n').length >= 2 * tty.rows, 'two screens before the parse');
    assert.ok(direct.stdout.startsWith(pagedBeforeParse));
    assert.equal(received.join(''), direct.stdout);
  });
});

describe('read --at: structure in the pager', () => {
  it('less opens at the heading (+Ng) and searches headings (-p) for n/N', async () => {
    const record = join(tmp, 'at');
    const result = await run(['read', '--at', 'II'], {
      tty: { columns: 80, rows: 24 },
      pager: true,
      env: { PATH: fakePath, RECORD: record },
    });
    assert.equal(result.code, 0, result.stderr);
    const args = readFileSync(`${record}.args`, 'utf8').trim().split('\n');
    assert.deepEqual(args.slice(0, 4), ['-R', '-K', '-F', '-X']);
    assert.equal(args.at(-3), '-p');
    assert.equal(args.at(-2), HEADING_PATTERN);
    const startLine = Number(/^\+(\d+)g$/.exec(args.at(-1) as string)?.[1]);
    const lines = stripAnsi(readFileSync(`${record}.out`, 'utf8')).split('\n');
    assert.match(lines[startLine - 1] as string, /^§ II\. Stay committed to good neighborliness/);
    assert.match(lines[0] as string, /^A Journey/, 'the whole text, not just the section');
    // Every heading line, and only those, matches the pattern.
    const pattern = new RegExp(HEADING_PATTERN);
    assert.deepEqual(
      lines.filter((l) => pattern.test(l)).map((l) => l.slice(0, 6)),
      ['§ I. S', '§ II. ', '§ III.'],
    );
  });

  it('without less (another pager, or a pipe), the output starts at the heading', async () => {
    const out = outFile();
    await run(['read', '--at', 'II', '--pager', `cat > ${quote(out)}`], { tty: { columns: 80, rows: 24 }, pager: true });
    assert.match(stripAnsi(readFileSync(out, 'utf8')), /^§ II\. Stay committed[\s\S]*§ III\./);
    const piped = await run(['read', '--at', 'II']);
    assert.match(piped.stdout, /^II\. Stay committed[\s\S]*\nIII\. Stay committed/);
    assert.ok(!piped.stdout.includes('I. Stay committed to independence'));
  });
});

describe('under a pseudo-terminal (script), the real program', () => {
  const cleanEnv = { PATH: fakePath, HOME: tmp, TERM: 'xterm-256color' };
  const pty = (command: string, env: Record<string, string> = {}) =>
    spawnSync('bash', ['-c', `script -qfec ${quote(command)} /dev/null`], { cwd: ROOT, encoding: 'utf8', env: { ...cleanEnv, ...env } });

  it('pages with $PAGER when the text is taller than the terminal, coloured and wrapped to its width', () => {
    const out = outFile();
    const result = pty(`stty cols 60 rows 20; node ${BIN} read; echo "status $?"`, { PAGER: `cat > ${quote(out)}` });
    assert.match(result.stdout, /status 0/);
    assert.ok(!result.stdout.includes('A Journey'), 'nothing printed directly');
    const paged = readFileSync(out, 'utf8');
    assert.ok(paged.includes('\x1b[35m'), 'coloured');
    const lines = stripAnsi(paged).split('\n');
    assert.ok(lines.every((l) => [...l].length <= 60));
    assert.ok(lines.some((l) => [...l].length > 50));
  });

  it('does not page what fits on the screen', () => {
    const out = outFile();
    const result = pty(`stty cols 100 rows 60; node ${BIN} toc; echo "status $?"`, { PAGER: `cat > ${quote(out)}` });
    assert.match(stripAnsi(result.stdout), /2,645 words/);
    assert.ok(!existsSync(out));
  });

  it('the fake less gets our flags and the whole text; --no-pager prints directly', () => {
    const record = join(tmp, 'pty');
    const result = pty(`stty cols 80 rows 24; node ${BIN} read --at 3; echo "status $?"`, { RECORD: record });
    assert.match(result.stdout, /status 0/);
    assert.match(readFileSync(`${record}.args`, 'utf8'), /^-R\n-K\n-F\n-X\n-p\n/);
    const direct = pty(`stty cols 80 rows 24; node ${BIN} --no-pager read`);
    assert.match(stripAnsi(direct.stdout), /A Journey/);
  });

  it('a text of 1 MB or more: the pager gets what --no-pager prints', () => {
    const large = join(tmp, 'large-pty.txt');
    writeFileSync(large, Array.from({ length: 60 }, () => readFileSync(SEED, 'utf8')).join('\n\n'));
    const out = outFile();
    const paged = pty(`stty cols 80 rows 24; node ${BIN} read ${quote(large)}; echo "status $?"`, { PAGER: `cat > ${quote(out)}` });
    assert.match(paged.stdout, /status 0/);
    const direct = spawnSync('node', [BIN, 'read', large, '--color=always', '--width', '80'], { encoding: 'utf8', env: cleanEnv });
    assert.equal(readFileSync(out, 'utf8'), direct.stdout);
  });

  it('Ctrl-C in the pager: exit 130', () => {
    const result = pty(`stty cols 80 rows 24; node ${BIN} read --pager 'kill -INT $$'; echo "status $?"`);
    assert.match(result.stdout, /status 130/);
  });
});
