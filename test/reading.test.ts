/** Reading features: the rich table of contents, find, several sections and navigation, parts, wrapping. */

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { snippet } from '../src/render/find.js';
import { proportionalBar } from '../src/render/toc.js';
import { wrapParagraph, wrapRanges } from '../src/render/wrap.js';
import { run, scratchDir, stripAnsi } from './helpers.js';

const ESC = '\x1b';
const tmp = scratchDir('article-reading-');
function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const nested = file(
  'nested.md',
  '# Handbook\n\nIntro text here.\n\n## Setup\n\nInstall it.\n\n### Linux\n\nUse the package.\n\n### macOS\n\nUse brew, then\nrestart the shell.\n\n## Usage\n\nRun it daily.\n',
);

describe('toc', () => {
  it('on a terminal: title; date, words and reading time; selectors, word counts and bars', async () => {
    const { stdout } = await run(['toc'], { tty: { columns: 100 } });
    const lines = stripAnsi(stdout).split('\n');
    assert.equal(lines[0], 'A Journey of Friendship, Cooperation and Peace that Attracts Worldwide Attention');
    assert.equal(lines[1], '2023-03-22 23:30 · 2,645 words · 12 min read');
    assert.match(lines[3] as string, /^1 {2}I\. Stay committed to independence.* {2,}637 █+▎$/);
    assert.match(lines[5] as string, /^3 {2}III\. Stay committed.*… {2}1,019 ██████████$/, 'the longest section fills the bar');
    for (const line of lines) assert.ok(stringWidth(line) <= 100, line);
  });

  it('nests by level, and --depth limits the levels', async () => {
    const all = stripAnsi((await run(['toc', nested], { tty: { columns: 80 } })).stdout);
    assert.match(all, /\n {2}1 {2}Setup {2,}14 █{10}\n1\.1 {4}Linux/);
    const top = stripAnsi((await run(['toc', nested, '--depth', '1'], { tty: { columns: 80 } })).stdout);
    assert.ok(!top.includes('Linux'));
    assert.equal((await run(['toc', nested, '-d', '1'])).stdout, 'Setup\nUsage\n');
    assert.equal((await run(['toc', '--depth', '0'])).code, 2);
  });

  it('a narrow terminal drops the bars and keeps every line within the width', async () => {
    const { stdout } = await run(['toc'], { tty: { columns: 40 } });
    for (const line of stripAnsi(stdout).split('\n')) assert.ok(stringWidth(line) <= 40, line);
    assert.ok(!stdout.includes('█'));
  });

  it('--format json keeps the flat list with line, and adds startLine, words and minutes', async () => {
    const json = JSON.parse((await run(['toc', nested, '--format', 'json'])).stdout);
    assert.equal(json.words, 21, 'headings count as words of their section');
    const linux = json.headings[1];
    assert.deepEqual(
      { path: linux.path, level: linux.level, line: linux.line, startLine: linux.startLine, endLine: linux.endLine },
      { path: '1.1', level: 2, line: 9, startLine: 9, endLine: 12 },
    );
    assert.equal(typeof linux.minutes, 'number');
  });

  it('bars are proportional, in eighths of a cell', () => {
    assert.equal(proportionalBar(10, 10, 4), '████');
    assert.equal(proportionalBar(5, 10, 4), '██');
    assert.equal(proportionalBar(1, 16, 2), '▏');
    assert.equal(proportionalBar(0, 16, 2), '');
  });
});

describe('find', () => {
  it('lists each match with its section (label and title), paragraph number and a snippet', async () => {
    const { code, stdout } = await run(['find', 'Qin Gang said that the changes']);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      'I. Stay committed to independence and defend international fairness and justice  (section 1)\n' +
        '  ¶1   Qin Gang said that the changes unseen in a century have been accelerated and the…\n',
    );
  });

  it('matches across line breaks and runs of white space in the source', async () => {
    const path = file('wrapped.txt', 'Title\n\nThe quick brown\nfox   jumps over\nthe lazy dog.\n');
    const { code, stdout } = await run(['find', 'brown fox jumps', path]);
    assert.equal(code, 0);
    assert.match(stdout, /¶1 {3}The quick brown fox jumps over the lazy dog\./);
    // The seed has "connotations  and" (two spaces) in its source.
    assert.equal((await run(['find', 'connotations and'])).code, 0);
  });

  it('smart case: lower case ignores case, a capital makes it exact; -i and -s force it', async () => {
    const count = async (...argv: string[]) => JSON.parse((await run(['find', ...argv, '-f', 'json'])).stdout).total as number;
    const lower = await count('the');
    const capital = await count('The');
    assert.ok(lower > capital && capital > 0, `${lower} ${capital}`);
    assert.equal(await count('The', '-i'), lower);
    assert.equal(await count('the', '-s'), lower - capital);
  });

  it('--regex takes a regular expression; a bad one is a usage error', async () => {
    const { stdout } = await run(['find', '--regex', 'peace (talks|process)', '-f', 'json']);
    const json = JSON.parse(stdout);
    assert.ok(json.total >= 4);
    assert.ok(json.matches.every((m: { match: string }) => /^peace (talks|process)$/i.test(m.match)));
    const bad = await run(['find', '--regex', '(']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /invalid regular expression/);
  });

  it('no match: exit 1 and nothing on stdout (JSON: an empty list)', async () => {
    const { code, stdout, stderr } = await run(['find', 'zebra']);
    assert.deepEqual([code, stdout, stderr], [1, '', '']);
    const json = await run(['find', 'zebra', '-f', 'json']);
    assert.equal(json.code, 1);
    assert.equal(JSON.parse(json.stdout).total, 0);
  });

  it('--count: matches per section, the count first', async () => {
    const { stdout } = await run(['find', 'Putin', '--count']);
    assert.equal(
      stdout,
      '1  lead  Lead\n1  1     I. Stay committed to independence and defend international fairness and justice\n' +
        '6  2     II. Stay committed to good neighborliness, and draw a blueprint for China-Russia relations\n' +
        "1  3     III. Stay committed to promoting peace through talks, demonstrating China's responsibilities as a major country\n",
    );
    const json = JSON.parse((await run(['find', 'Putin', '--count', '-f', 'json'])).stdout);
    assert.equal(json.total, 9);
    assert.deepEqual(json.sections[2], { path: '2', number: 'II', heading: json.sections[2].heading, count: 6 });
  });

  it('highlights the match on a terminal, and snippets fit the width', async () => {
    const { stdout } = await run(['find', 'Putin'], { tty: { columns: 50 } });
    assert.ok(stdout.includes(`${ESC}[43m`), 'yellow background on the match');
    for (const line of stripAnsi(stdout).split('\n')) if (line.startsWith('  ¶')) assert.ok(stringWidth(line) <= 50, line);
  });

  it('snippets: cut at words, measured in cells', () => {
    const text = '一二三四五六七八九十 needle 一二三四五六七八九十';
    const s = snippet(text, text.indexOf('needle'), text.indexOf('needle') + 6, 20);
    assert.equal(s.match, 'needle');
    assert.ok(stringWidth(s.before + s.match + s.after) <= 20);
  });
});

describe('section: several, ranges, next and previous', () => {
  const headings = (text: string): string[] =>
    text
      .split('\n')
      .filter((l) => /^I+\. /.test(l))
      .map((l) => l.split('.')[0] as string);

  it('commas select several; ranges go in document order', async () => {
    assert.deepEqual(headings((await run(['section', '1,3'])).stdout), ['I', 'III']);
    assert.deepEqual(headings((await run(['section', 'II..III'])).stdout), ['II', 'III']);
    assert.deepEqual(headings((await run(['section', '2..'])).stdout), ['II', 'III']);
    const fromStart = (await run(['section', '..I'])).stdout;
    assert.match(fromStart, /^From March 20/, 'a range from the start includes the lead');
    assert.deepEqual(headings(fromStart), ['I']);
  });

  it('a section inside another selected one is printed once; JSON says "sections"', async () => {
    const { stdout } = await run(['section', '1,1.1', nested]);
    assert.equal(stdout.match(/Linux/g)?.length, 1);
    const json = JSON.parse((await run(['section', '1..2', nested, '-f', 'json'])).stdout);
    assert.equal(json.part, 'sections');
    assert.deepEqual(
      json.sections.map((s: { path: string }) => s.path),
      ['1', '2'],
    );
  });

  it('--next and --prev step through the contents in reading order', async () => {
    const first = async (...argv: string[]) => (await run(['section', ...argv])).stdout.split('\n')[0];
    assert.match((await first('II', '--next')) as string, /^III\./);
    assert.match((await first('II', '--prev')) as string, /^I\./);
    assert.match((await first('lead', '--next')) as string, /^I\./);
    assert.match((await first('1', '--prev')) as string, /^From March 20/);
    assert.match((await first('1', '--next', nested)) as string, /^Usage/, 'after a section comes what follows its sub-sections');
    assert.match((await first('1.1', '--next', nested)) as string, /^macOS/);
    const end = await run(['section', '3', '--next']);
    assert.equal(end.code, 1);
    assert.match(end.stderr, /no section after section 3/);
    assert.equal((await run(['section', '2', '--next', '--prev'])).code, 2);
  });

  it('a heading with a comma can still be named by its words', async () => {
    const path = file('comma.txt', 'Report\n\n1. Goods, services and trade\n\nText.\n\n2. Other\n\nMore.\n');
    assert.match((await run(['section', 'goods, services', path])).stdout, /^1\. Goods, services and trade/);
  });
});

describe('read --part', () => {
  it('prints just the title, the date, the lead or the body', async () => {
    assert.equal(
      (await run(['read', '--part', 'title'])).stdout,
      'A Journey of Friendship, Cooperation and Peace that Attracts Worldwide Attention\n',
    );
    assert.equal((await run(['read', '--part', 'date'])).stdout, '2023-03-22 23:30\n');
    const lead = (await run(['read', '--part', 'lead'])).stdout;
    assert.equal(lead, (await run(['section', 'lead'])).stdout);
    const body = (await run(['read', '--part', 'body'])).stdout;
    assert.ok(body.startsWith(lead.trimEnd()));
    assert.ok(body.includes('III. Stay committed'));
    assert.equal(JSON.parse((await run(['read', '--part', 'title', '-f', 'json'])).stdout).part, 'title');
  });

  it('a part the text lacks: exit 1 and a message', async () => {
    const { code, stdout, stderr } = await run(['read', '--part', 'date', nested]);
    assert.deepEqual([code, stdout], [1, '']);
    assert.match(stderr, /has no date/);
    assert.equal((await run(['read', '--part', 'summary'])).code, 2);
  });
});

describe('wrapping in terminal cells', () => {
  it('CJK counts two cells, combining marks none; no trailing spaces', () => {
    const cjk = wrapParagraph('中文字符测试 '.repeat(10), 20);
    for (const line of cjk.split('\n')) {
      assert.ok(stringWidth(line) <= 20, line);
      assert.ok(!/ $/.test(line));
    }
    const combining = 'cafe\u0301 '.repeat(10).trim();
    assert.deepEqual(
      wrapParagraph(combining, 10)
        .split('\n')
        .map((l) => stringWidth(l)),
      [9, 9, 9, 9, 9],
    );
  });

  it('CJK closing punctuation never starts a line; it goes with the character before it', () => {
    const text = '这是一个很长的中文段落，用来测试终端中的宽字符换行是否正确，每个汉字占两个单元格，所以四十列的终端每行最多二十个汉字。';
    for (const width of [20, 21, 40, 41]) {
      const lines = wrapParagraph(text, width).split('\n');
      assert.equal(lines.join(''), text);
      for (const line of lines) {
        assert.ok(stringWidth(line) <= width, line);
        assert.ok(!/^[，。、]/.test(line), `${width}: ${line}`);
      }
    }
  });

  it('long words and URLs break cleanly at the width', () => {
    const url = `see https://example.com/${'a'.repeat(70)} now`;
    const lines = wrapParagraph(url, 30).split('\n');
    assert.equal(lines[0], 'see');
    assert.ok(lines.every((l) => stringWidth(l) <= 30));
    assert.equal(lines.join('').replace(/^see/, 'see ').replace(/now$/, ' now'), url);
  });

  it('single-spaced ASCII paragraphs break where the word-by-word wrap breaks them', () => {
    // Such paragraphs take a faster path (breaks found by lastIndexOf); wrapRanges is the reference.
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghij-.,!'), minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 40 }), (words, width) => {
        const text = words.join(' ');
        const reference = wrapRanges(text, width)
          .map(([start, end]) => text.slice(start, end))
          .join('\n');
        assert.equal(wrapParagraph(text, width), reference);
      }),
    );
  });

  it('styles are closed at each line end and reopened on the next', () => {
    const lines = wrapParagraph(`${ESC}[1mbold words that wrap over lines${ESC}[22m`, 12).split('\n');
    assert.ok(lines.length > 2);
    for (const line of lines) {
      assert.ok(line.startsWith(`${ESC}[1m`), JSON.stringify(line));
      assert.ok(line.endsWith(`${ESC}[0m`) || line.endsWith(`${ESC}[22m`), JSON.stringify(line));
    }
  });

  it('hard-wrapped source paragraphs reflow; indented blocks keep their lines', async () => {
    const path = file(
      'rfc.txt',
      'Some Protocol\n\n1.  Introduction\n\n   This document describes a protocol that is\n   hard-wrapped at a narrow width, as RFCs are.\n\n       +------+     +------+\n       | A    | --> | B    |\n       +------+     +------+\n\n   The end.\n',
    );
    const { stdout } = await run(['read', path], { tty: { columns: 100 }, env: { NO_COLOR: '1' } });
    assert.ok(stdout.includes('This document describes a protocol that is hard-wrapped at a narrow width, as RFCs are.'), stdout);
    assert.match(stdout, /\n( *)\+------\+ {5}\+------\+\n\1\| A {4}\| --> \| B {4}\|\n\1\+------\+ {5}\+------\+\n/);
  });
});

describe('Markdown input on a terminal', () => {
  it('hard-wrapped paragraphs and list items reflow; inline styles apply inside list items', async () => {
    const dir = scratchDir('article-md-');
    const file = join(dir, 'doc.md');
    writeFileSync(
      file,
      '# Doc\n\nA paragraph written\nacross three\nsource lines.\n\n- an item with **bold**\n  and `code` on a second line\n- another\n',
    );
    const { stdout } = await run(['read', file, '--color=always', '--width', '100']);
    const plain = stdout.replace(/\x1b\[[0-9;]*m/g, '');
    assert.match(plain, /A paragraph written across three source lines\./);
    assert.match(plain, /\* an item with bold and code on a second line\n/);
    assert.ok(stdout.includes('\x1b[1mbold\x1b[22m'), 'bold applied inside the list item');
  });
});

describe('Markdown reference links on a terminal', () => {
  it('resolve when the definition is in another section', async () => {
    // Blocks are rendered from the tokens of the whole document, where marked has every definition.
    const path = file('refs.md', '# Doc\n\n## One\n\nSee [the docs][ref] for more.\n\n## Two\n\nEnd.\n\n[ref]: https://example.org/docs\n');
    const { stdout } = await run(['read', path, '--color=always', '--width', '80']);
    assert.match(stripAnsi(stdout), /See the docs \(https:\/\/example\.org\/docs\) for more\./);
  });
});

describe('HTML blocks in Markdown on a terminal', () => {
  it('show as a browser would, in plain lines: no comment, no tags, alt text for images, one blank line between blocks', async () => {
    const path = file(
      'html.md',
      '<!-- markdownlint-disable MD033 -->\n\n<p align="center">\n  <img src="logo.svg" alt="quarry logo">\n</p>\n\n# quarry\n\n<p align="center">\n  SQL over your logs.<br>\n  <a href="#docs">Docs</a> &amp;\n  <a href="#install">Install</a>\n</p>\n\nText.\n',
    );
    const { stdout } = await run(['read', path, '--color=always', '--width', '80']);
    const plain = stripAnsi(stdout);
    assert.ok(!/[<>]|markdownlint/.test(plain), plain);
    assert.match(plain, /^quarry\n\n\[quarry logo\]\n\n/);
    assert.match(plain, /\nSQL over your logs\.\nDocs & Install\n\nText\.\n$/);
  });
});

describe('plain-text headings on a terminal', () => {
  it('are styled as written, with Markdown-like characters kept literal', async () => {
    // Plain-text headings are styled directly, without marked: they must read exactly as written.
    const path = file(
      'literal.txt',
      'Notes on *stars* & <tags> #1\n\nI. The 1. first_part | a\\b\n\nBody one goes here.\n\nII. Second\n\nBody two.\n',
    );
    const { stdout } = await run(['read', path, '--color=always', '--width', '80']);
    assert.ok(stdout.includes(`${ESC}[35m${ESC}[1mNotes on *stars* & <tags> #1${ESC}[22m${ESC}[39m`), 'title in magenta, as written');
    assert.ok(stdout.includes(`${ESC}[32m${ESC}[1mI. The 1. first_part | a\\b${ESC}[22m${ESC}[39m`), 'heading in green, as written');
  });

  it('still show a link in a heading as a link', async () => {
    const path = file('link.txt', 'Report\n\nI. See https://example.org/a\n\nBody one goes here.\n\nII. Second\n\nBody two.\n');
    const { stdout } = await run(['read', path, '--color=always', '--width', '80']);
    assert.ok(stdout.includes(`${ESC}[34m${ESC}[4mhttps://example.org/a${ESC}[24m${ESC}[39m`), 'the URL is blue and underlined');
  });
});
