/** The CLI in-process: commands, options, colour and width decisions, errors and exit codes. */

import assert from 'node:assert/strict';
import { chmodSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { VERSION } from '../src/version.js';
import { ROOT, run, SEED, scratchDir, stripAnsi } from './helpers.js';

const ESC = '\x1b';
const tmp = scratchDir('article-cli-');
function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('reading', () => {
  it('prints the bundled article with no file, starting with its title and date', async () => {
    const { code, stdout, stderr } = await run([]);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    const lines = stdout.split('\n');
    assert.equal(lines[0], 'A Journey of Friendship, Cooperation and Peace that Attracts Worldwide Attention');
    assert.equal(lines[2], '2023-03-22 23:30');
    assert.ok(!stdout.includes('Suggest To A Friend'), 'the footer is chrome, not body');
    assert.ok(!stdout.includes('Home'), 'the breadcrumb is chrome, not body');
  });

  it('`read FILE` and `article FILE` are the same', async () => {
    const a = await run(['read', SEED]);
    const b = await run([SEED]);
    assert.equal(a.stdout, b.stdout);
    assert.equal((await run([])).stdout, a.stdout);
  });

  it('every paragraph of the article appears exactly once, in order, with white space normalised', async () => {
    const { stdout } = await run(['read']);
    const source = readFileSync(SEED, 'utf8').split('\n').slice(5, 34);
    const paragraphs = source.map((l) => l.replace(/[\s\u00a0\u2002]+/g, ' ').trim()).filter((l) => l !== '' && !/^I+\. /.test(l));
    assert.equal(paragraphs.length, 12);
    let from = 0;
    for (const p of paragraphs) {
      const at = stdout.indexOf(`${p}\n`, from);
      assert.ok(at >= from, `paragraph not found in order: ${p.slice(0, 40)}`);
      assert.equal(stdout.indexOf(p, at + 1), -1, 'paragraph printed twice');
      from = at + p.length;
    }
    assert.ok(!/[\u00a0\u2002]| {2}/.test(stdout), 'no NBSP, EN SPACE or double spaces in output');
  });

  it('reads standard input only when asked with -', async () => {
    const { code, stdout } = await run(['toc', '-'], { stdin: 'Title\n\nI. One\n\nText.\n\nII. Two\n\nMore text.\n' });
    assert.equal(code, 0);
    assert.equal(stdout, 'I. One\nII. Two\n');
  });

  it('keeps a run of short lines as its lines in every format, and wraps each line on its own', async () => {
    const prose = 'This letter is about the bill for the quarter, which was higher than any before it and which nobody here can explain.';
    const stdin = `${prose}\n\nMargaret A. Hollis\n14 Orchard Lane, Bridport, Dorset DT6 3QJ\n\n${prose}\n`;
    const text = await run(['read', '-'], { stdin });
    assert.match(text.stdout, /\n\nMargaret A\. Hollis\n14 Orchard Lane, Bridport, Dorset DT6 3QJ\n\n/);
    const narrow = await run(['read', '-', '--width', '24'], { stdin });
    assert.match(narrow.stdout, /\n\nMargaret A\. Hollis\n14 Orchard Lane,\nBridport, Dorset DT6 3QJ\n\n/);
    const markdown = await run(['read', '-', '--format', 'markdown'], { stdin });
    assert.match(markdown.stdout, /\n\nMargaret A\. Hollis\\\n14 Orchard Lane, Bridport, Dorset DT6 3QJ\n\n/);
    const json = JSON.parse((await run(['read', '-', '--format', 'json'], { stdin })).stdout);
    assert.ok(json.lead.includes('Margaret A. Hollis\n14 Orchard Lane, Bridport, Dorset DT6 3QJ'), JSON.stringify(json.lead));
    const styled = await run(['read', '-', '--color=always', '--width', '24'], { stdin });
    assert.match(stripAnsi(styled.stdout), /Margaret A\. Hollis\n14 Orchard Lane,\nBridport, Dorset DT6 3QJ\n/);
  });

  it('wraps to --width in a pipe, in cells, with no trailing spaces', async () => {
    const { stdout } = await run(['section', '1', '--width', '40']);
    for (const line of stdout.split('\n')) {
      assert.ok(line.length <= 40, `too long: ${line}`);
      assert.ok(!/ $/.test(line), 'trailing space');
    }
    assert.ok(stdout.split('\n').length > 20);
  });
});

describe('colour and terminal decisions', () => {
  it('a pipe gets no escape codes', async () => {
    for (const argv of [[], ['toc'], ['section', '2']]) {
      const { stdout } = await run(argv);
      assert.ok(!stdout.includes(ESC), `ESC in ${argv.join(' ')}`);
    }
  });

  it('a terminal gets colour and wrapping to min(columns, 100)', async () => {
    const { stdout } = await run([], { tty: { columns: 60 } });
    assert.ok(stdout.includes(`${ESC}[`));
    const plain = stripAnsi(stdout);
    assert.ok(plain.split('\n').every((l) => l.length <= 60));
    const wide = stripAnsi((await run([], { tty: { columns: 200 } })).stdout);
    const longest = Math.max(...wide.split('\n').map((l) => l.length));
    assert.ok(longest <= 100 && longest > 90, `longest line ${longest}`);
  });

  it('NO_COLOR turns colour off on a terminal, --color=always turns it on in a pipe', async () => {
    const noColor = await run([], { tty: { columns: 80 }, env: { NO_COLOR: '' } });
    assert.ok(!noColor.stdout.includes(ESC));
    const always = await run(['--color=always']);
    assert.ok(always.stdout.includes(`${ESC}[`));
    const never = await run(['--color', 'never'], { tty: { columns: 80 } });
    assert.ok(!never.stdout.includes(ESC));
  });

  it('styles the title and headings, dims the date, on a terminal', async () => {
    const { stdout } = await run(['--color=always', '--width', '200']);
    assert.match(stdout, new RegExp(`${ESC}\\[2m2023-03-22 23:30${ESC}\\[22m`));
    assert.match(stdout, new RegExp(`${ESC}\\[[0-9;]*m[^\\n]*II\\. Stay committed to good neighborliness`));
  });

  it('renders what the article says: Markdown-looking text stays literal', async () => {
    const path = file('literal.txt', 'Title\n\n1. not a list 2*3*4 `tick` <b>tag</b> &amp; :smile: _x_\n\n    indented line\n');
    const { stdout } = await run(['read', path, '--color=always', '--width', '200']);
    const plain = stripAnsi(stdout);
    assert.ok(plain.includes('1. not a list 2*3*4 `tick` <b>tag</b> &amp; :smile: _x_'), plain);
  });

  it('toc on a terminal shows title, date, selectors and word counts', async () => {
    const { stdout } = await run(['toc'], { tty: { columns: 100 } });
    const plain = stripAnsi(stdout);
    assert.match(plain, /^A Journey of Friendship/);
    assert.match(plain, /2023-03-22 23:30 · 2,645 words/);
    assert.match(plain, /2 +II\. Stay committed to good neighborliness.* 772 /);
  });
});

describe('sections', () => {
  it('`section lead` prints the paragraphs before the first heading', async () => {
    const { stdout } = await run(['section', 'lead']);
    assert.ok(stdout.startsWith('From March 20 to 22, 2023'));
    assert.equal(stdout.split('\n\n').length, 2);
  });

  it('ambiguous words exit 1 and list the candidates', async () => {
    const { code, stdout, stderr } = await run(['section', 'stay committed']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /matches 3 sections/);
    assert.match(stderr, /\n {2}1 +I\. Stay/);
  });

  it('a label carried at several levels names the highest; at one level it is ambiguous', async () => {
    const file = join(tmp, 'labels.txt');
    const body = 'This paragraph is the running text of the section, long enough to read as prose.';
    const parts = [
      '报告',
      '一、工作情况',
      '（一）建设',
      body,
      '（二）保障',
      body,
      '二、存在问题',
      body,
      '三、工作计划',
      '（一）更新',
      body,
      '（二）管理',
      body,
    ];
    writeFileSync(file, `${parts.join('\n\n')}\n`);
    const top = await run(['section', '二', file]);
    assert.equal(top.code, 0);
    assert.match(top.stdout, /^二、存在问题\n/);
    const sub = await run(['section', '（二）', file]);
    assert.equal(sub.code, 1);
    assert.match(sub.stderr, /matches 2 sections/);
  });

  it('a range that ends before it starts exits 1; a selection of only commas is a usage error', async () => {
    const backwards = await run(['section', '3..2']);
    assert.equal(backwards.code, 1);
    assert.equal(backwards.stdout, '');
    assert.match(backwards.stderr, /the range "3\.\.2" ends before it starts/);
    const commas = await run(['section', ' , ']);
    assert.equal(commas.code, 2);
    assert.match(commas.stderr, /empty section selector/);
  });

  it('no match exits 1 and lists the sections, closest first', async () => {
    const { code, stdout, stderr } = await run(['section', 'neighbourliness']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^article: journey-of-friendship.txt: no section "neighbourliness"/);
    const listed = stderr.split('\n').filter((l) => /^ {2}\d/.test(l));
    assert.equal(listed.length, 3);
    assert.match(listed[0] as string, /neighborliness/);
  });

  it('a position wins over a label that reads the same; a trailing dot means the label', async () => {
    const path = file('numbered.txt', 'Report\n\nAbstract\n\n1. Scope\n\nText one.\n\n2. Terms\n\nText two.\n');
    const toc = await run(['toc', path, '--format', 'json']);
    const headings = JSON.parse(toc.stdout).headings as { path: string; number: string | null; title: string }[];
    assert.deepEqual(
      headings.map((h) => [h.path, h.number, h.title]),
      [
        ['1', '1', 'Scope'],
        ['2', '2', 'Terms'],
      ],
    );
  });
});

describe('errors and exit codes', () => {
  it('a missing file: 66, one line naming it', async () => {
    const { code, stdout, stderr } = await run(['read', join(tmp, 'nope.txt')]);
    assert.equal(code, 66);
    assert.equal(stdout, '');
    assert.equal(stderr, `article: ${join(tmp, 'nope.txt')}: no such file\n`);
  });

  it('a directory: 66', async () => {
    const { code, stderr } = await run(['toc', tmp]);
    assert.equal(code, 66);
    assert.match(stderr, /is a directory\n$/);
  });

  it('no permission: 66 (unless running as root, where reading succeeds)', async () => {
    const path = file('secret.txt', 'Secret\n');
    chmodSync(path, 0o000);
    const { code, stderr } = await run(['read', path]);
    if (process.getuid?.() === 0) assert.equal(code, 0);
    else {
      assert.equal(code, 66);
      assert.match(stderr, /permission denied/);
    }
  });

  it('a binary file: 65 and nothing on stdout', async () => {
    const path = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const { code, stdout, stderr } = await run(['read', path]);
    assert.equal(code, 65);
    assert.equal(stdout, '');
    assert.match(stderr, /binary file/);
    assert.equal(stderr.split('\n').length, 2);
  });

  it('invalid UTF-8: replacement characters, one warning with the byte offset, exit 0', async () => {
    const path = file('latin1.txt', Buffer.concat([Buffer.from('Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    const { code, stdout, stderr } = await run(['read', path]);
    assert.equal(code, 0);
    assert.ok(stdout.includes('Caf\ufffd au lait.'));
    assert.equal(stderr, `article: ${path}: invalid UTF-8 at byte 10; shown as U+FFFD\n`);
  });

  it('an unknown option or command value: 2, with a usage message', async () => {
    const bad = await run(['toc', '--frobnicate']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown option/);
    const format = await run(['--format', 'yaml']);
    assert.equal(format.code, 2);
    const width = await run(['--width', 'wide']);
    assert.equal(width.code, 2);
    assert.match(width.stderr, /10 to 1000/);
  });

  it('--help and --version exit 0', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Examples:/);
    const version = await run(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.stdout, `${VERSION}\n`);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(VERSION, pkg.version);
  });

  it('an empty file: exit 0, nothing on stdout; toc notes it on stderr', async () => {
    const path = file('empty.txt', '');
    const read = await run(['read', path]);
    assert.deepEqual([read.code, read.stdout], [0, '']);
    const toc = await run(['toc', path]);
    assert.deepEqual([toc.code, toc.stdout], [0, '']);
    assert.match(toc.stderr, /no headings/);
  });
});

describe('nroff overstrikes', () => {
  it('a man page saved with its bold and underline reads as plain text; a lone backspace stays visible', async () => {
    const page =
      'N\bNA\bAM\bME\bE\n       widget - make \b widgets\n\nD\bDE\bES\bSC\bCR\bRI\bIP\bPT\bTI\bIO\bON\bN\n       Run _\bw_\bi_\bd_\bg_\be_\bt now. A\bB.\n\n       +\bo one item\n';
    const { code, stdout } = await run(['read', '-'], { stdin: page });
    assert.equal(code, 0);
    assert.match(stdout, /^DESCRIPTION$/m);
    assert.match(stdout, /Run widget now\. A\u2408B\./);
    assert.match(stdout, /^• one item$/m);
  });
});

describe('tuning for a large text', () => {
  it('the process is asked to prepare once for a text of a million characters, not for a short one', async () => {
    let calls = 0;
    const prepareForLargeInput = (): void => {
      calls++;
    };
    const large = `Title\n\n1. One\n\n${'A sentence of running text in the first section. '.repeat(21_000)}\n`;
    assert.equal((await run(['toc', '-'], { stdin: large, prepareForLargeInput })).code, 0);
    assert.equal(calls, 1);
    assert.equal((await run(['toc'], { prepareForLargeInput })).code, 0);
    assert.equal(calls, 1);
  });
});

describe('terminal styles saved in a text', () => {
  it('style sequences are removed; any other escape sequence stays visible and inert', async () => {
    const page = '\x1b[1mNAME\x1b[0m\n       widget - make \x1b[4mwidgets\x1b[24m\n\nMove the cursor: \x1b[2J done.\n';
    const { code, stdout } = await run(['read', '-', '--color=always'], { stdin: page });
    assert.equal(code, 0);
    assert.match(stdout, /widget - make widgets/);
    assert.match(stdout, /Move the cursor: \u241b\[2J done\./);
    assert.ok(!stdout.includes('\x1b[2J'));
  });
});

describe('files that cannot be read whole', () => {
  it('a symbolic link loop: 66, one line', async () => {
    const loop = join(tmp, 'loop.txt');
    symlinkSync(loop, loop);
    const { code, stdout, stderr } = await run(['read', loop]);
    assert.equal(code, 66);
    assert.equal(stdout, '');
    assert.equal(stderr, `article: ${loop}: too many levels of symbolic links\n`);
  });

  it('a file past the 512 MiB string limit: 65 and a clear message, without reading it', async () => {
    // A sparse file: 600 MiB long, nothing on disk.
    const huge = join(tmp, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1024 * 1024);
    const { code, stdout, stderr } = await run(['toc', huge]);
    assert.equal(code, 65);
    assert.equal(stdout, '');
    assert.match(stderr, /^article: .*huge\.txt: file is too large \(629145600 bytes; the limit is 512 MiB\)\n$/);
  });
});
