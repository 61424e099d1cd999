/** The real program, spawned: bin shim, pipes, a pseudo-terminal, a closed or full stdout. */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, run, SEED, scratchDir, stripAnsi } from './helpers.js';

const BIN = join(ROOT, 'bin', 'article.js');
const tmp = scratchDir('article-bin-');
/** An environment without the caller's colour settings, so results do not depend on who runs the tests. */
const cleanEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? tmp, TERM: 'xterm-256color' };

function sh(command: string, env: Record<string, string> = {}) {
  const result = spawnSync('bash', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: { ...cleanEnv, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

describe('bin/article.js', () => {
  it('prints the same as the in-process CLI', async () => {
    const spawned = sh(`node ${quote(BIN)} toc`);
    assert.equal(spawned.code, 0);
    assert.equal(spawned.stdout, (await run(['toc'])).stdout);
  });

  it("loads dist/ through code caches that V8 accepts under a short run's flags (bin/v8-flags.cjs)", () => {
    // A cache written under other V8 flags is silently rejected, and start-up compiles everything again.
    const check = `
      const { readFileSync, readdirSync } = require('node:fs');
      const Module = require('node:module');
      const { setFlagsFromString } = require('node:v8');
      const { Script } = require('node:vm');
      for (const flag of require(${JSON.stringify(join(ROOT, 'bin', 'v8-flags.cjs'))}).shortRun) setFlagsFromString(flag);
      const dist = ${JSON.stringify(join(ROOT, 'dist'))};
      for (const name of readdirSync(dist).filter((n) => n.endsWith('.cjs'))) {
        const file = dist + '/' + name;
        const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(file + '.cache') });
        console.log(name, script.cachedDataRejected ? 'rejected' : 'accepted');
      }`;
    const result = spawnSync('node', ['-e', check], { encoding: 'utf8', env: cleanEnv });
    assert.equal(result.status, 0, result.stderr);
    const verdicts = result.stdout.trim().split('\n');
    assert.ok(verdicts.length >= 6, result.stdout);
    for (const verdict of verdicts) assert.match(verdict, / accepted$/);
  });

  it("loads none of Node's stream modules for output into a pipe or /dev/null (they cost milliseconds)", () => {
    // process.stdout and node:v8 both load them; the program needs neither there.
    const report = join(tmp, 'report-modules.cjs');
    writeFileSync(report, `process.on('exit', () => require('node:fs').writeSync(2, process.moduleLoadList.join('\\n')));`);
    for (const redirect of ['| cat >/dev/null', '>/dev/null']) {
      const result = sh(`node -r ${quote(report)} ${quote(BIN)} toc ${redirect}`);
      assert.equal(result.code, 0);
      assert.match(result.stderr, /NativeModule vm/, 'the report lists modules');
      assert.doesNotMatch(result.stderr, /NativeModule stream\b/, redirect);
    }
  });

  it('sets its V8 flags quietly, and through node:v8 where process.binding is gone', () => {
    const noBinding = join(tmp, 'no-binding.cjs');
    writeFileSync(noBinding, 'delete process.binding;');
    for (const node of ['node --pending-deprecation', `node -r ${quote(noBinding)}`]) {
      const result = sh(`${node} ${quote(BIN)} toc`);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, '');
      assert.match(result.stdout, /^I\. Stay committed/);
    }
  });

  it('works from any directory (the bundled article is found beside the code)', () => {
    const result = spawnSync('node', [BIN, 'section', 'lead'], { cwd: tmp, encoding: 'utf8', env: cleanEnv });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^From March 20 to 22, 2023/);
  });

  it('under a pseudo-terminal: colour, and wrapping to the terminal width', () => {
    const result = sh(`script -qfec ${quote(`stty cols 60 rows 50; node ${BIN} --no-pager section 2`)} /dev/null`);
    assert.equal(result.code, 0);
    assert.ok(result.stdout.includes('\x1b['), 'styled');
    const lines = stripAnsi(result.stdout).replace(/\r/g, '').split('\n');
    assert.ok(lines.length > 20);
    for (const line of lines) assert.ok(line.length <= 60, `line longer than the terminal: ${line}`);
  });

  it('under a pseudo-terminal with NO_COLOR: no escape codes at all', () => {
    const result = sh(`script -qfec ${quote(`stty cols 80; node ${BIN} --no-pager toc`)} /dev/null`, { NO_COLOR: '1' });
    assert.equal(result.code, 0);
    assert.ok(!result.stdout.includes('\x1b'));
    assert.match(result.stdout, /II\. Stay committed/);
  });

  it('a reader that closes the pipe early ends it quietly with status 0', () => {
    const big = join(tmp, 'big.txt');
    const article = readFileSync(SEED, 'utf8');
    writeFileSync(big, Array.from({ length: 60 }, () => article).join('\n\n'));
    const result = sh(`node ${quote(BIN)} read ${quote(big)} | head -1; echo "status \${PIPESTATUS[0]}"`);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^Home > China News\n|^A Journey/);
    assert.match(result.stdout, /status 0\n$/);
  });

  it('an unwritable stdout (/dev/full): status 74 and one line', () => {
    const result = sh(`node ${quote(BIN)} read > /dev/full`);
    assert.equal(result.code, 74);
    assert.equal(result.stderr.split('\n').length, 2, result.stderr);
    assert.match(result.stderr, /^article: cannot write output/);
  });

  it('a missing file: status 66, one line, no stack trace', () => {
    const result = sh(`node ${quote(BIN)} toc /no/such/file.txt`);
    assert.equal(result.code, 66);
    assert.equal(result.stderr, 'article: /no/such/file.txt: no such file\n');
  });
});
