/** --help for each command, the README quoting it, the man page generated from it, and shell completions. */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAN_PAGE, renderManPage } from '../scripts/man.js';
import { ROOT, run, scratchDir } from './helpers.js';

const has = (program: string): boolean => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

describe('--help', () => {
  for (const command of ['read', 'toc', 'section', 'find', 'completion']) {
    it(`article ${command} --help: usage, options and real examples, exit 0`, async () => {
      const { code, stdout } = await run([command, '--help']);
      assert.equal(code, 0);
      assert.match(stdout, new RegExp(`^Usage: article ${command} `));
      assert.match(stdout, /\nExamples:\n {2}(source <\()?article /);
    });
  }

  it('every example in the help runs (exit 0) on the bundled article', async () => {
    const { EXAMPLES } = await import('../src/help.js');
    for (const example of Object.values(EXAMPLES).flat()) {
      // Only what can run here: no pipes, no other files, no redirections.
      if (/[|<>]|\.txt|URL/.test(example.command)) continue;
      const argv = (example.command.match(/"[^"]*"|\S+/g) ?? []).slice(1).map((w) => w.replace(/^"|"$/g, ''));
      const result = await run(argv);
      assert.equal(result.code, 0, `${example.command}: ${result.stderr}`);
    }
  });

  it('the README quotes the help word for word', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const quoted = [...readme.matchAll(/```console\n\$ (article [^\n]*--help)\n([^`]*)```/g)];
    assert.ok(quoted.length >= 2, 'the README quotes `article --help` and at least one command');
    for (const [, command, text] of quoted) {
      const { stdout } = await run((command as string).split(' ').slice(1));
      assert.equal(text, stdout, `README's ${command} is out of date`);
    }
  });
});

describe('man page', () => {
  it('man/article.1 is generated from the help (npm run man)', () => {
    assert.equal(readFileSync(MAN_PAGE, 'utf8'), renderManPage());
  });

  it('is listed in package.json and renders without warnings', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { man: string[]; files: string[] };
    assert.deepEqual(pkg.man, ['./man/article.1']);
    assert.ok(pkg.files.includes('man/'));
    if (!has('groff')) return;
    const result = spawnSync('groff', ['-ww', '-man', '-Tutf8', MAN_PAGE], { encoding: 'utf8' });
    assert.equal(result.stderr, '');
    // Strip the overstrike (bold, underline) of groff's terminal output.
    assert.match(result.stdout.replace(/.\x08/g, ''), /article find \[options\] <pattern> \[file\]/);
  });
});

describe('completion', () => {
  const tmp = scratchDir('article-completion-');
  // `article` on PATH, as an installed command would be.
  const bin = join(tmp, 'bin');
  mkdirSync(bin);
  symlinkSync(join(ROOT, 'bin', 'article.js'), join(bin, 'article'));
  chmodSync(join(ROOT, 'bin', 'article.js'), 0o755);
  const env = { PATH: `${bin}:${process.env.PATH}`, HOME: tmp };

  it('prints a script for bash, zsh and fish; anything else is a usage error', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const { code, stdout } = await run(['completion', shell]);
      assert.equal(code, 0);
      assert.match(stdout, /__selectors/);
      assert.match(stdout, /paging/);
    }
    assert.equal((await run(['completion', 'tcsh'])).code, 2);
  });

  // bash is everywhere; zsh and fish are checked where installed (.ci/run installs them, so CI always does).
  it('the scripts are valid shell (bash; zsh and fish where installed)', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      if (shell !== 'bash' && !has(shell)) continue;
      const script = join(tmp, `article.${shell}`);
      writeFileSync(script, (await run(['completion', shell])).stdout);
      const result = spawnSync(shell, ['-n', script], { encoding: 'utf8' });
      assert.equal(result.status, 0, `${shell}: ${result.stderr}`);
    }
  });

  /** What bash offers for the words typed so far (the last word is the one being completed). */
  async function bashComplete(...typed: string[]): Promise<string[]> {
    return bashCompleteAt(typed.length, typed);
  }

  /** The same, with the cursor on word `cword` (0 is `article`) and maybe words after it. */
  async function bashCompleteAt(cword: number, words: string[]): Promise<string[]> {
    const script = join(tmp, 'article.bash');
    writeFileSync(script, (await run(['completion', 'bash'])).stdout);
    const line = ['article', ...words].map((w) => `'${w}'`).join(' ');
    const program = `source ${script}; COMP_WORDS=(${line}); COMP_CWORD=${cword}; _article; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = spawnSync('bash', ['-c', program], { cwd: tmp, encoding: 'utf8', env });
    assert.equal(result.stderr, '');
    return result.stdout.split('\n').filter((w) => w !== '');
  }

  it('bash: commands, options, option values', async () => {
    assert.deepEqual(await bashComplete('s'), ['section']);
    assert.deepEqual(await bashComplete('find', '--re'), ['--regex']);
    assert.ok((await bashComplete('toc', '--')).includes('--depth'));
    assert.ok((await bashComplete('toc', '--')).includes('--no-pager'));
    assert.deepEqual(await bashComplete('--format', 'j'), ['json']);
    assert.deepEqual(await bashComplete('completion', ''), ['bash', 'zsh', 'fish']);
  });

  it('bash: the selectors of the bundled article, or of the file on the command line', async () => {
    assert.deepEqual(await bashComplete('section', ''), ['lead', '1', 'I', '2', 'II', '3', 'III']);
    assert.deepEqual(await bashComplete('read', '--at', 'I'), ['I', 'II', 'III']);
    const doc = join(tmp, 'doc.md');
    writeFileSync(doc, '# Doc\n\n## One\n\nText.\n\n### Deeper\n\nMore.\n\n## Two\n\nEnd.\n');
    assert.deepEqual(await bashCompleteAt(4, ['--width', '60', 'section', '', doc]), ['1', '1.1', '2'], 'the file after the cursor');
    assert.deepEqual(await bashComplete('section', '2', ''), [], 'after the selector: files (bash -o default)');
  });
});
