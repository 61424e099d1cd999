/** The parser on small texts: each heading form, and each thing that must not be taken for a heading. */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Document, flattenSections } from '../src/document.js';
import { romanValue } from '../src/numbering.js';
import { parseText } from '../src/parse.js';
import { looksLikeMarkdown, parseMarkdown } from '../src/parse-markdown.js';
import { ROOT } from './helpers.js';

const BODY = 'This paragraph is the running text of the section, long enough to read as prose.';
const headings = (document: Document): string[] =>
  flattenSections(document.sections).map((s) => `${s.level} ${s.number ?? '-'} ${s.title}`);
const allText = (document: Document): string =>
  [...document.lead, ...flattenSections(document.sections).flatMap((s) => s.blocks)].map((b) => b.text).join('\n');
const doc = (...parts: string[]): string => `${parts.join('\n\n')}\n`;

describe('heading forms', () => {
  it('roman, decimal paths and nesting from the numbering', () => {
    const text = doc('I. One', BODY, '1.1 First', BODY, '1.1.1. Deeper', BODY, '1.2  Second', BODY, 'II. Two', BODY);
    assert.deepEqual(headings(parseText(text)), ['1 I One', '2 1.1 First', '3 1.1.1 Deeper', '2 1.2 Second', '1 II Two']);
  });

  it('keyword headings, label-only lines with a title line, and Section under Article', () => {
    const text = doc(
      'ARTICLE I\nNAME',
      'Section 1. Name',
      BODY,
      'Section 2 — Purpose',
      BODY,
      'ARTICLE II\nMEMBERS',
      'Section 1. Who',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 ARTICLE I NAME',
      '2 Section 1 Name',
      '2 Section 2 Purpose',
      '1 ARTICLE II MEMBERS',
      '2 Section 1 Who',
    ]);
  });

  it('a heading directly on top of its text, with no blank line', () => {
    const text =
      'Section 1. Name\nThe name of this organization shall be the\nRiverside Association.\n\nSection 2. Purpose\nThe purposes are many.\n';
    assert.deepEqual(headings(parseText(text)), ['1 Section 1 Name', '1 Section 2 Purpose']);
  });

  it('Chinese text without blank lines: a short numbered line between full-width-indented paragraphs is a heading', () => {
    const text = [
      '二、安装部署',
      '（一）环境要求',
      '　　运行 FastKV 需要满足以下条件：',
      '1. 操作系统：Linux（内核 4.19 及以上）；',
      '2. 内存：不少于 16 GB。',
      '（二）二进制安装',
      '　　从发布页面下载对应平台的压缩包并解压。',
      '（三）源码编译',
      '　　源码编译需要 Go 1.21 及以上版本。',
      '',
      '三、快速开始',
      '　　以下步骤在单机上启动一个三节点集群。',
      '四、本说明自发布之日起施行。',
      '',
    ].join('\n');
    assert.deepEqual(headings(parseText(text)), ['1 二 安装部署', '2 一 环境要求', '2 二 二进制安装', '2 三 源码编译', '1 三 快速开始']);
  });

  it('Chinese numbering: 一、 over （一）, 第一章 over 第一节', () => {
    const text = doc(
      '一、总体要求',
      '　　正文内容，说明有关情况。',
      '（一）指导思想',
      '　　正文。',
      '（二）工作目标',
      '　　正文。',
      '二、重点任务',
      '　　正文。',
    );
    assert.deepEqual(headings(parseText(text)), ['1 一 总体要求', '2 一 指导思想', '2 二 工作目标', '1 二 重点任务']);
  });

  it('underlined headings: the first underline style is the top level', () => {
    const text = doc('Title\n=====', 'Intro text here.', 'Overview\n--------', BODY, 'Detail\n~~~~~~', BODY, 'Usage\n-----', BODY);
    const document = parseText(text);
    assert.equal(document.title, 'Title');
    assert.deepEqual(headings(document), ['1 - Overview', '2 - Detail', '1 - Usage']);
  });

  it("the title's underline outranks the others when it comes back after them", () => {
    const text = doc(
      'tilecache\n=========',
      BODY,
      'Install\n-------',
      BODY,
      'Configuration\n=============',
      BODY,
      'Options\n-------',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 - Install', '1 - Configuration', '2 - Options']);
  });

  it('a title in a Title: field, a date line in common forms', () => {
    for (const date of ['2023-03-22 23:30', 'March 22, 2023', '22 March 2023', '2023年3月22日']) {
      const document = parseText(doc('The Title', date, BODY, 'I. One', BODY, 'II. Two', BODY));
      assert.equal(document.title, 'The Title');
      assert.equal(document.date, date);
    }
  });

  it('a headline with a colon is a title; a header field above the title is not', () => {
    assert.equal(
      parseText(doc('Breaking: Markets rally on rate hopes', BODY, 'I. One', BODY, 'II. Two', BODY)).title,
      'Breaking: Markets rally on rate hopes',
    );
    const fielded = parseText(doc('Classification: OFFICIAL', 'Status: Draft', 'The Real Title', BODY, 'I. One', BODY, 'II. Two', BODY));
    assert.equal(fielded.title, 'The Real Title');
  });

  it('Markdown: levels from #, headings in code are not headings, closing #s removed', () => {
    const md = '# Title\n\n## One ##\n\ntext\n\n```\n# not a heading\n```\n\n    # indented code\n\n### Deeper\n\ntext\n';
    const document = parseMarkdown(md);
    assert.equal(document.title, 'Title');
    assert.deepEqual(headings(document), ['1 - One', '2 - Deeper']);
  });

  it('Markdown: a block of bold fields under the title, one of them a date, dates the text', () => {
    const document = parseMarkdown('# Design\n\n**Status:** Accepted  \n**Created:** 2024-01-18\n\n## Background\n\nText.\n');
    assert.equal(document.date, '2024-01-18');
  });

  it("Markdown: Hugo's TOML front matter gives the title and the date, a date-time's date", () => {
    const document = parseMarkdown(
      '+++\ntitle = "Backing up a home server"\ndate = 2024-02-18T10:30:00+01:00\ndraft = false\n+++\n\nIntro.\n\nWhy\n===\n\nText.\n',
    );
    assert.equal(document.title, 'Backing up a home server');
    assert.equal(document.date, '2024-02-18');
    // (Obsidian's `created:`, with a time after a space.)
    assert.equal(parseMarkdown('---\ntitle: Alpha\ncreated: 2024-05-21 09:14\n---\n\n# Notes\n\nText.\n').date, '2024-05-21');
    assert.deepEqual(headings(document), ['1 - Why']);
  });

  it('Markdown: a single # heading that repeats the front matter title is the title; another one stays a heading', () => {
    const same = parseMarkdown('---\ntitle: Moving to Bazel\n---\n\n# Moving to Bazel\n\nIntro.\n\n## Why\n\nText.\n');
    assert.equal(same.title, 'Moving to Bazel');
    assert.deepEqual(
      same.lead.map((b) => b.text),
      ['Intro.'],
    );
    assert.deepEqual(headings(same), ['1 - Why']);
    const other = parseMarkdown('---\ntitle: Release notes\n---\n\n# Version 2\n\nText.\n\n## Fixes\n\nText.\n');
    assert.equal(other.title, 'Release notes');
    assert.deepEqual(headings(other), ['1 - Version 2', '2 - Fixes']);
  });
});

describe("short lines whose breaks are the writer's", () => {
  const blocksOf = (document: Document): [string, string][] =>
    [...document.lead, ...flattenSections(document.sections).flatMap((s) => s.blocks)].map((b) => [b.type, b.text]);
  // Prose wrapped at 72 columns, as most plain-text documents are.
  const WRAPPED = [
    'The committee met on Tuesday to review the proposals that were sent in',
    'during the spring, and it agreed to publish its findings before the end',
    'of the year, after a period in which members of the public may comment',
    'on the draft. The full list of proposals is attached to this report.',
  ].join('\n');

  it('an address, a signature and a list without marks keep their lines; wrapped prose is joined', () => {
    const address = 'Margaret A. Hollis\n14 Orchard Lane\nBridport\nDorset DT6 3QJ';
    const signature = 'Yours sincerely,\nDaniel Crewe\nCustomer Relations Manager';
    const ingredients = 'For the dip:\n200 g Greek yoghurt\n1 small garlic clove, crushed\nSqueeze of lemon';
    const document = parseText(doc(address, WRAPPED, WRAPPED, ingredients, signature));
    assert.deepEqual(blocksOf(document), [
      ['lines', 'Margaret A. Hollis\n14 Orchard Lane\nBridport\nDorset DT6 3QJ'],
      ['paragraph', WRAPPED.replace(/\n/g, ' ')],
      ['paragraph', WRAPPED.replace(/\n/g, ' ')],
      ['lines', 'For the dip:\n200 g Greek yoghurt\n1 small garlic clove, crushed\nSqueeze of lemon'],
      ['lines', 'Yours sincerely,\nDaniel Crewe\nCustomer Relations Manager'],
    ]);
  });

  it('where paragraphs are a line each, a block of several lines is kept as its lines', () => {
    const long = `${BODY} It goes on for a second sentence, as paragraphs written without wrapping do.`;
    const synopsis = 'chmod [OPTION]... MODE[,MODE]... FILE...\nchmod [OPTION]... OCTAL-MODE FILE...';
    const blocks = blocksOf(parseText(doc(long, synopsis, long)));
    assert.deepEqual(blocks[1], ['lines', synopsis]);
  });

  it('prose wrapped narrower than the rest, a list item wrapped, and a verse in lower case run on', () => {
    const narrow = 'A note set in a narrow column runs on\nfrom one line to the next, as wrapped\nprose does, and is read as one.';
    const item = '- Lease timeouts can now be configured via\nMaxLeaseTimeSec= and DefaultLeaseTimeSec=.';
    const verse = 'The roses are red,\nthe violets are blue,\nsugar is sweet,\nand so are you.';
    const boxed = 'The software is provided as is,\nwithout warranty of any kind.';
    const document = parseText(doc(WRAPPED, narrow, WRAPPED, item, verse, boxed));
    for (const [type, text] of blocksOf(document)) assert.equal(type, 'paragraph', text);
  });

  it('a short line set straight over its paragraph stays a line of its own: a speaker, a term, a salutation', () => {
    const speech = `Maya Fischer  0:23\n${WRAPPED}`;
    const term = `--no-pager\n${WRAPPED}`;
    const short = 'Jonas Berg  0:20\nI did. Yeast. Done. Episode over.';
    const blocks = blocksOf(parseText(doc(WRAPPED, speech, term, short, WRAPPED)));
    const joined = WRAPPED.replace(/\n/g, ' ');
    assert.deepEqual(blocks.slice(1, 4), [
      ['lines', `Maya Fischer 0:23\n${joined}`],
      ['lines', `--no-pager\n${joined}`],
      ['lines', 'Jonas Berg 0:20\nI did. Yeast. Done. Episode over.'],
    ]);
  });

  it('a line broken by hand mid-phrase, or over a word too long to fit, runs on', () => {
    const byHand = `For more information, see the\n${WRAPPED}`;
    const longWord =
      'The documentation is at\nhttps://example.org/a/very/long/address/that/could/not/fit/on/the/line/above and\nexplains the options.';
    const capitals = 'AUTHOR OF "THE WEAVER\'S LEGACY," "A MOORLAND\nPARISH," ETC.';
    const blocks = blocksOf(parseText(doc(WRAPPED, byHand, longWord, capitals, WRAPPED)));
    for (const [type, text] of blocks) assert.equal(type, 'paragraph', text);
  });

  it('a verse whose lines open with capitals keeps them', () => {
    const verse =
      'Whose woods these are I think I know.\nHis house is in the village though;\nHe will not see me stopping here\nTo watch his woods fill up with snow.';
    assert.deepEqual(blocksOf(parseText(doc(WRAPPED, verse, WRAPPED)))[1], ['lines', verse]);
  });
});

describe('Roman numerals', () => {
  it('reads exactly the standard forms of 1-3999, in either case', () => {
    // The definition of standard: thousands, hundreds, tens and ones, each at most once, subtractive pairs as written.
    const STANDARD = /^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
    let standard = 0;
    const visit = (s: string): void => {
      const value = romanValue(s);
      if (s !== '' && STANDARD.test(s)) {
        standard++;
        assert.ok(value > 0 && value < 4000, s);
        assert.equal(romanValue(s.toUpperCase()), value);
      } else {
        assert.equal(value, 0, s);
      }
      if (s.length < 6) for (const letter of 'ivxlcdm') visit(s + letter);
    };
    visit('');
    assert.equal(romanValue('mmmdccclxxxviii'), 3888);
    assert.equal(romanValue('xiv'), 14);
    assert.equal(romanValue('MCMXCIV'), 1994);
    assert.equal(romanValue('iiii'), 0);
    assert.equal(romanValue('vx'), 0);
    assert.equal(romanValue('ia'), 0);
    assert.ok(standard > 500, `${standard}`);
  });
});

describe('not headings', () => {
  it('numbered paragraphs that run on: 1. The general said: ...', () => {
    const text = doc(
      'I. Statements',
      '1. The general said: the exercise showed that the plan works, but the\ncommunications between agencies were slow and must be improved.',
      '2. The mayor said that the rest centres opened on time and that the\nvolunteers were well prepared for the evening.',
      'II. Next',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 I Statements', '1 II Next']);
  });

  it('a run of numbered steps inside a section, and 1. 【必须】 items', () => {
    const steps = Array.from({ length: 30 }, (_, i) => `${i + 1}. Step`).join('\n');
    const text = doc('I. Procedure', steps, 'II. After', '1. 【必须】检查设备。\n2. 【建议】记录结果。', BODY);
    assert.deepEqual(headings(parseText(text)), ['1 I Procedure', '1 II After']);
  });

  it('a printed table of contents with dot leaders', () => {
    const text = doc(
      'Contents',
      '1. Introduction ........ 3\n2. Method .............. 5\n3. Results ............. 9',
      '1. Introduction',
      BODY,
      '2. Method',
      BODY,
      '3. Results',
      BODY,
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - Contents', '1 1 Introduction', '1 2 Method', '1 3 Results']);
    assert.equal(document.boilerplate.filter((b) => b.kind === 'contents').length, 3);
  });

  it('RFC page headers after a footer when the form feeds were lost; a numbered heading there stays', () => {
    const text = [
      '   1.  Send the first request.',
      '',
      'Doe & Roe                 Standards Track                    [Page 3]',
      '',
      'RFC 9999              A Made-Up Protocol                   May 2020',
      '',
      '2.1.2.   Window Expiry',
      '',
      '   The window closes after a timeout.',
      '',
      'Doe & Roe                 Standards Track                    [Page 4]',
      '',
      '3.   Security Considerations',
      '',
      '   None.',
      '',
    ].join('\n');
    const document = parseText(text);
    assert.deepEqual(
      document.boilerplate.map((b) => b.text),
      ['Doe & Roe Standards Track [Page 3]', 'RFC 9999 A Made-Up Protocol May 2020', 'Doe & Roe Standards Track [Page 4]'],
    );
    assert.ok(!allText(document).includes('Made-Up'));
  });

  it('a form feed on a line of its own between a finished paragraph and a numbered heading parts them', () => {
    const text =
      'Report\n\nIntro paragraph here.\n\n1. First\n\nBody one is here.\n\f\n2. Second\n\nBody two is here.\n\n3. Third\n\nBody three.\n';
    assert.deepEqual(headings(parseText(text)), ['1 1 First', '1 2 Second', '1 3 Third']);
    // A paragraph broken mid-sentence by the page goes on.
    const running = parseText('Report\n\n1. First\n\nThe text runs on\n\f\nacross the page.\n\n2. Second\n\nMore.\n');
    assert.match(allText(running), /The text runs on across the page\./);
  });

  it('across a form feed, only a line at the same indentation after an unfinished one goes on', () => {
    const text = [
      'Rules',
      '',
      'The first part ends here.',
      '\f',
      `${' '.repeat(31)}GENERAL TERMS`,
      '',
      'Body of the terms, long enough to read as the running text of a section.',
      '\f',
      '                    END OF TERMS',
      '\f',
      `${' '.repeat(26)}How to Apply These Terms`,
      '',
      BODY,
      '',
    ].join('\n');
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - GENERAL TERMS', '2 - How to Apply These Terms']);
    assert.ok(allText(document).includes('END OF TERMS'), 'the closing line stays as text');
  });

  it('a running header of stacked lines after a form feed (a date, then lines set to the right)', () => {
    const page = (n: number): string[] => [
      `   Text of page ${n} goes on in the running body of the document, line after line.`,
      '',
      `                                                                [Page ${n}]`,
      '\f',
      'September 1981',
      '                                                Widget Transfer Protocol',
      '                                                  Functional Description',
      '',
    ];
    const text = ['1.  Introduction', '', ...page(1), '2.  Functional Description', '', ...page(2), '3.  Specification', '', BODY, ''];
    const document = parseText(text.join('\n'));
    assert.deepEqual(headings(document), ['1 1 Introduction', '1 2 Functional Description', '1 3 Specification']);
    assert.ok(!allText(document).includes('September 1981'));
  });

  it('RFC page headers and footers across form feeds', () => {
    const text = [
      '1.  Introduction',
      '',
      '   The protocol moves widgets from one host to another over a',
      '   reliable transport.',
      '',
      'Doe & Roe                 Standards Track                    [Page 7]',
      '\fRFC 9999              A Made-Up Protocol                   May 2020',
      '',
      '   The text goes on after the page break.',
      '',
      '2.  Terminology',
      '',
      '   Words are used as in RFC 2119 and in the rest of this document.',
      '',
    ].join('\n');
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 1 Introduction', '1 2 Terminology']);
    assert.equal(document.boilerplate.filter((b) => b.kind === 'page-furniture').length, 2);
    assert.ok(!allText(document).includes('Standards Track'));
  });

  it('Project Gutenberg wrappers are boilerplate, kept out of the text', () => {
    const text = doc(
      'The Project Gutenberg eBook of A Tale\n\nTitle: A Tale',
      '*** START OF THE PROJECT GUTENBERG EBOOK A TALE ***',
      'CHAPTER I.',
      BODY,
      'CHAPTER II.',
      BODY,
      'THE END',
      '*** END OF THE PROJECT GUTENBERG EBOOK A TALE ***',
      'Section 1. General Terms of Use and Redistributing Project Gutenberg works',
      '1.A. By reading or using any part of this work you agree.',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 CHAPTER I ', '1 CHAPTER II ']);
    assert.ok(!allText(document).includes('General Terms'));
    assert.ok(document.boilerplate.some((b) => b.kind === 'wrapper' && b.text.includes('General Terms')));
  });

  it('web chrome: a menu under a skip link, a cookie banner with its buttons, a helpful? footer', () => {
    const text = doc(
      'Skip to content\nParcelwise\nMenu\nHome\nPricing\nSign in',
      'We use cookies to give you the best experience. By clicking "Accept all", you agree.\nAccept all\nReject all\nManage preferences',
      'Terms of Service',
      'Last updated: November 18, 2024',
      'Welcome to Parcelwise. These terms govern your use of the service.',
      '1. Acceptance\nBy using the service you agree to these terms.',
      '2. Contact\nEmail legal@parcelwise.example.',
      'Was this page helpful?\nYes\nNo',
      'Product\nFeatures\nPricing\nCompany\nAbout us',
    );
    const document = parseText(text);
    assert.equal(document.title, 'Terms of Service');
    assert.deepEqual(headings(document), ['1 1 Acceptance', '1 2 Contact']);
    const text_ = allText(document);
    for (const chrome of ['Pricing', 'cookies', 'Accept all', 'helpful', 'About us']) assert.ok(!text_.includes(chrome), chrome);
    assert.match(text_, /^Welcome to Parcelwise/m);
  });

  it('a skip link over a title set straight under it, and a paragraph about cookies with no buttons, stay', () => {
    const text = doc('Skip to content\nA Guide to Baking', 'Cookies keep best in a tin.', BODY);
    const document = parseText(text);
    assert.match(allText(document) + (document.title ?? ''), /A Guide to Baking/);
    assert.match(allText(document), /Cookies keep best in a tin\./);
  });

  it("a press release's centred ### end mark opens the footer", () => {
    const text = doc(
      'Grants Open',
      'Background',
      BODY,
      'How to apply',
      BODY,
      `${' '.repeat(34)}###`,
      'About the Department\nThe Department invests in rural roads.',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - Background', '1 - How to apply']);
    assert.deepEqual(
      document.boilerplate.map((b) => b.text),
      ['###', 'About the Department', 'The Department invests in rural roads.'],
    );
  });

  it('web chrome: breadcrumb, share and print links, footer', () => {
    const text = doc(
      'Home > News > World',
      'A Headline About Rivers',
      'By Ann Lee\n14 June 2024\n18 min read',
      'Listen to this article · 21:04 min',
      BODY,
      'Subhead one',
      BODY,
      'Subhead two',
      BODY,
      'Share this:\nFacebook\nTwitter\nPrint',
      'Related articles',
      'Another story\nA third story',
      '© 2023 The Paper. All rights reserved.',
    );
    const document = parseText(text);
    assert.equal(document.title, 'A Headline About Rivers');
    assert.equal(document.breadcrumb, 'Home > News > World');
    assert.deepEqual(headings(document), ['1 - Subhead one', '1 - Subhead two']);
    assert.ok(!allText(document).includes('Facebook'));
    assert.ok(!allText(document).includes('Related articles'));
    assert.ok(!/Listen to|min read/.test(allText(document)));
    const shared = parseText(
      doc('A Headline About Rivers', BODY, 'Subhead one', BODY, 'Subhead two', BODY, 'Share this page:  Facebook  X  Email  Print'),
    );
    assert.ok(!allText(shared).includes('Facebook') && !headings(shared).some((h) => h.includes('Share')));
  });

  it('speech, captions and sign-offs: FINIS, APPLAUSE., 同志们！', () => {
    const text = doc('I. One', BODY, 'APPLAUSE.', BODY, '同志们！', BODY, 'II. Two', BODY, 'FINIS');
    assert.deepEqual(headings(parseText(text)), ['1 I One', '1 II Two']);
  });

  it('a row of a programme starting with a clock time, and a caption numbered A.1', () => {
    const text = doc(
      'Workshop on Coastal Ecology',
      'Tuesday Sessions',
      BODY,
      '10:45  Session 1: Seabirds',
      BODY,
      'Annex Figures',
      BODY,
      'Figure A.1 -- Sensor placement in a panel',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 - Tuesday Sessions', '1 - Annex Figures']);
  });

  it('a row of capitals in columns: a table header under its heading, two parties over their signatures', () => {
    const text = doc(
      'Owner Manual',
      'INSTALLATION',
      BODY,
      'TROUBLESHOOTING',
      'PROBLEM          POSSIBLE CAUSE          SOLUTION\nLow flow         Cartridge clogged       Replace cartridge',
      'WARRANTY',
      BODY,
      'ACME DATA LTD.                    RIVER UTILITIES\nBy: ____________                  By: ____________',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - INSTALLATION', '1 - TROUBLESHOOTING', '1 - WARRANTY']);
    assert.match(allText(document), /PROBLEM {10}POSSIBLE CAUSE/);
  });

  it('a lone line of capitals in a text with no headings (a sign: TO LET)', () => {
    const document = parseText(doc(BODY, '                              TO LET', BODY));
    assert.deepEqual(headings(document), []);
  });

  it('heading syntax in a Markdown fence or an indented block in plain text', () => {
    assert.deepEqual(headings(parseMarkdown('## Real\n\ntext\n\n~~~\n## fake\n~~~\n')), ['1 - Real']);
    const plain = doc('I. One', BODY, '    # comment\n    II. not this\n    run --now', 'II. Two', BODY);
    assert.deepEqual(headings(parseText(plain)), ['1 I One', '1 II Two']);
  });
});

describe('input', () => {
  it('CRLF, lone CR and mixed endings: line numbers count \\n', () => {
    const text = 'I. One\r\n\r\nText one.\r\rII. Two\n\nText two.\n';
    const document = parseText(text);
    assert.deepEqual(
      flattenSections(document.sections).map((s) => [s.number, s.line]),
      [
        ['I', 1],
        ['II', 3],
      ],
    );
  });

  it('no headings: one untitled body; headings but no title: no invented title', () => {
    const none = parseText(doc(BODY, BODY));
    assert.equal(none.title, null);
    assert.equal(none.sections.length, 0);
    assert.equal(none.lead.length, 2);
    const untitled = parseText(doc('1) Before', BODY, '2) After', BODY));
    assert.equal(untitled.title, null);
    assert.deepEqual(headings(untitled), ['1 1 Before', '1 2 After']);
  });

  it('huge and deep inputs do not throw', () => {
    assert.doesNotThrow(() => parseText('word '.repeat(200_000)));
    assert.doesNotThrow(() => parseMarkdown(`${'>'.repeat(3000)} deep\n`));
    assert.doesNotThrow(() => parseMarkdown(Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')));
    assert.doesNotThrow(() => parseText('\n'.repeat(200_000)));
  });
});

describe('forms from documents outside the first corpus', () => {
  it("an Indian act: a centred cross-heading under a centred CHAPTER is that chapter's subsection", () => {
    const centred = (text: string): string => `${' '.repeat(38 - Math.floor(text.length / 2))}${text}`;
    const section = (n: number, title: string): string =>
      `     ${n}. ${title}.—(1) The State\nGovernment shall, by notification in the Official Gazette, appoint\nsuch officers as it thinks fit.`;
    const text = doc(
      `${centred('CHAPTER I')}`,
      centred('PRELIMINARY'),
      section(1, 'Short title and commencement'),
      `${centred('CHAPTER II')}`,
      centred('REGISTRATION OF FISHING VESSELS'),
      centred('Registering authorities'),
      section(3, 'Appointment of registering authorities'),
      centred('Certificates of registration'),
      section(5, 'Application for registration'),
      `${centred('CHAPTER III')}`,
      centred('SAFETY AND SURVEY'),
      section(8, 'Survey of vessels'),
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 CHAPTER I PRELIMINARY',
      '1 CHAPTER II REGISTRATION OF FISHING VESSELS',
      '2 - Registering authorities',
      '2 - Certificates of registration',
      '1 CHAPTER III SAFETY AND SURVEY',
    ]);
  });

  it('a call transcript: speaker turns boxed and numbered in brackets are not sections; a date field is not a heading', () => {
    const text = [
      '================================================================================',
      'EDITED TRANSCRIPT',
      'Q3 2024 Halvorsen Industrial Corp Earnings Call',
      'EVENT DATE/TIME: OCTOBER 24, 2024 / 12:30PM GMT',
      '================================================================================',
      '',
      '================================================================================',
      'Corporate Participants',
      '================================================================================',
      '',
      ' * Karen Liu',
      '   Halvorsen Industrial Corp - VP of IR',
      '',
      '================================================================================',
      'Presentation',
      '--------------------------------------------------------------------------------',
      'Operator   [1]',
      '--------------------------------------------------------------------------------',
      '',
      BODY,
      '',
      '--------------------------------------------------------------------------------',
      'Karen Liu,  Halvorsen Industrial Corp - VP of IR   [2]',
      '--------------------------------------------------------------------------------',
      '',
      BODY,
      '',
      '--------------------------------------------------------------------------------',
      'Thomas Brekke,  Halvorsen Industrial Corp - President, CEO & Director   [3]',
      '--------------------------------------------------------------------------------',
      '',
      BODY,
      '',
    ].join('\n');
    const document = parseText(text);
    // (`EDITED TRANSCRIPT` names the kind of document over its title.)
    assert.equal(document.title, 'Q3 2024 Halvorsen Industrial Corp Earnings Call');
    assert.equal(document.date, 'OCTOBER 24, 2024');
    assert.ok(!headings(document).some((h) => /\[\d\]|EVENT/.test(h)), headings(document).join('; '));
    assert.ok(headings(document).some((h) => h.endsWith('Presentation')));
  });

  it('the Code of Federal Regulations: PART > Subpart A—Purpose > § 1904.0; a clause ending `; and` is no heading', () => {
    const text = doc(
      'PART 1904—RECORDING AND REPORTING OCCUPATIONAL INJURIES AND ILLNESSES',
      'Subpart A—Purpose',
      '§ 1904.0 Purpose.',
      BODY,
      'Subpart B—Scope',
      '§ 1904.1 Partial exemption for employers with 10 or fewer employees.',
      BODY,
      '§ 1904.4 Recording criteria.',
      'You must record a case if it:',
      '(1) Is work-related; and',
      '(2) Is a new case; and',
      '(3) Meets one or more of the general recording criteria.',
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 PART 1904 RECORDING AND REPORTING OCCUPATIONAL INJURIES AND ILLNESSES',
      '2 Subpart A Purpose',
      '3 § 1904.0 Purpose.',
      '2 Subpart B Scope',
      '3 § 1904.1 Partial exemption for employers with 10 or fewer employees.',
      '3 § 1904.4 Recording criteria.',
    ]);
  });

  it('a Norwegian regulation from Lovdata: Kapittel 1. > § 1.Formål, dated by its enacting line', () => {
    const text = doc(
      'Forskrift om tilskudd til lokale frivillige barne- og ungdomsorganisasjoner',
      'Fastsatt av Kultur- og likestillingsdepartementet 12. desember 2023 med hjemmel i Stortingets årlige budsjettvedtak.',
      'Kapittel 1. Innledende bestemmelser',
      `§ 1.Formål\n${BODY}`,
      `§ 2.Virkeområde\n${BODY}`,
      'Kapittel 2. Vilkår for tilskudd',
      `§ 3.Hvem kan søke\n${BODY}`,
    );
    const document = parseText(text);
    assert.equal(document.date, '12. desember 2023');
    assert.deepEqual(headings(document), [
      '1 Kapittel 1 Innledende bestemmelser',
      '2 § 1 Formål',
      '2 § 2 Virkeområde',
      '1 Kapittel 2 Vilkår for tilskudd',
      '2 § 3 Hvem kan søke',
    ]);
  });

  it('pdftotext: a subsection run on after a table row, or as the last line of a block, starts its own block', () => {
    const text = [
      '7 Detailed Description',
      '7.1 Overview',
      'The device measures acceleration on three axes using a capacitive sensing element and a',
      'converter. Samples are written to output registers and, optionally, to the FIFO.',
      '7.2 Functional Block Diagram',
      '',
      '                              Figure 7-1. Functional Block Diagram',
      '',
      '7.3 Feature Description',
      '7.3.1 Power Modes',
      'The device supports three power modes: power-down, low-power and high-performance, as listed.',
      'MODE                ODR (Hz)        IDD (uA)',
      'Power-down          -               0.05',
      'High-performance    12.5 to 1600    90 to 150',
      '7.3.2 FIFO',
      'The FIFO stores up to 170 samples of all three axes before the watermark interrupt is raised.',
      '7.3.3 Is the FIFO cleared on reset?',
      '7.3.4 Wake-Up Interrupt',
      'A wake-up event is generated when the acceleration on any enabled axis exceeds the threshold.',
      '',
    ].join('\n');
    assert.deepEqual(headings(parseText(text)), [
      '1 7 Detailed Description',
      '2 7.1 Overview',
      '2 7.2 Functional Block Diagram',
      '2 7.3 Feature Description',
      '3 7.3.1 Power Modes',
      '3 7.3.2 FIFO',
      '3 7.3.3 Is the FIFO cleared on reset?',
      '3 7.3.4 Wake-Up Interrupt',
    ]);
  });

  it("a French code: Livre > Titre > Sous-titre > Chapitre Ier > Article 1245-1, the database's notes are not text", () => {
    const note = 'Création Ordonnance n° 2016-131 du 10 février 2016 - art. 2';
    const text = doc(
      'Code civil',
      'Version consolidée au 1er janvier 2024',
      'Livre III : Des différentes manières dont on acquiert la propriété',
      "Titre III : Des sources d'obligations",
      'Sous-titre II : La responsabilité extracontractuelle',
      'Chapitre Ier : La responsabilité extracontractuelle en général',
      `Article 1240\n${note}\n${BODY}`,
      `Article 1241\n${note}\n${BODY}`,
      'Chapitre II : La responsabilité du fait des produits défectueux',
      `Article 1245\n${note}\n${BODY}`,
      `Article 1245-1\n${note}\n${BODY}`,
    );
    const document = parseText(text);
    assert.equal(document.date, '1er janvier 2024');
    assert.deepEqual(headings(document), [
      '1 Livre III Des différentes manières dont on acquiert la propriété',
      "2 Titre III Des sources d'obligations",
      '3 Sous-titre II La responsabilité extracontractuelle',
      '4 Chapitre Ier La responsabilité extracontractuelle en général',
      '5 Article 1240 ',
      '5 Article 1241 ',
      '4 Chapitre II La responsabilité du fait des produits défectueux',
      '5 Article 1245 ',
      '5 Article 1245-1 ',
    ]);
    assert.ok(!allText(document).includes('Création'), 'the notes are boilerplate');
  });

  it('a Czech act: ČÁST PRVNÍ > HLAVA I > Díl 1 > § 5, its date, and footnotes under the closing rule', () => {
    const text = doc(
      '110/2019 Sb.',
      'ZÁKON',
      'ze dne 12. března 2019',
      'o zpracování osobních údajů',
      'ČÁST PRVNÍ',
      'ZPRACOVÁNÍ OSOBNÍCH ÚDAJŮ',
      'HLAVA I',
      'ZÁKLADNÍ USTANOVENÍ',
      '§ 1',
      'Předmět úpravy',
      BODY,
      'HLAVA II',
      'ZPRACOVÁNÍ PODLE PŘEDPISU EVROPSKÉ UNIE',
      'Díl 1',
      'Obecná ustanovení',
      '§ 5',
      'Zákonnost zpracování',
      BODY,
      '§ 6',
      'Posouzení slučitelnosti účelů',
      BODY,
      '____________________',
      '1) Směrnice Evropského parlamentu a Rady (EU) 2016/680 ze dne\n27. dubna 2016 o ochraně fyzických osob.',
      '2) Nařízení Evropského parlamentu a Rady (EU) 2016/679 ze dne\n27. dubna 2016 o ochraně osobních údajů.',
    );
    const document = parseText(text);
    // (Its number in the collection of laws is not its title.)
    assert.equal(document.title, 'ZÁKON');
    assert.equal(document.date, '12. března 2019');
    assert.deepEqual(headings(document), [
      '1 ČÁST PRVNÍ ZPRACOVÁNÍ OSOBNÍCH ÚDAJŮ',
      '2 HLAVA I ZÁKLADNÍ USTANOVENÍ',
      '3 § 1 Předmět úpravy',
      '2 HLAVA II ZPRACOVÁNÍ PODLE PŘEDPISU EVROPSKÉ UNIE',
      '3 Díl 1 Obecná ustanovení',
      '4 § 5 Zákonnost zpracování',
      '4 § 6 Posouzení slučitelnosti účelů',
    ]);
  });

  it('a keyword label centred on the page over its title in capitals, as contracts set them', () => {
    const centred = (text: string): string => `${' '.repeat(38 - Math.floor(text.length / 2))}${text}`;
    const text = doc(
      'MASTER SERVICES AGREEMENT',
      BODY,
      `${centred('ARTICLE I')}\n${centred('DEFINITIONS')}`,
      'Section 1.01   Defined Terms.',
      BODY,
      'Section 1.02   Interpretation.',
      BODY,
      `${centred('ARTICLE II')}\n${centred('SERVICES')}`,
      'Section 2.01   Statements of Work.',
      BODY,
      // (Indented items whose centres line up are a list, not a heading over its title.)
      `${centred('1. The number of guest instructions and IR')}\n${centred('2. Ratios between some of these counts.')}`,
      // (An ISO annex: its kind under its label, its title in the next block.)
      `${centred('Annex A')}\n${centred('(informative)')}`,
      centred('Design guidance for stand layouts'),
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 ARTICLE I DEFINITIONS',
      '2 Section 1.01 Defined Terms.',
      '2 Section 1.02 Interpretation.',
      '1 ARTICLE II SERVICES',
      '2 Section 2.01 Statements of Work.',
      '1 Annex A Design guidance for stand layouts',
    ]);
  });

  it('LaTeX numbering without a dot (1 Introduction) and dashed numbers (1 - Installation)', () => {
    const latex = doc('1 Introduction', BODY, '2 Method', BODY, '2.1 Data', BODY, '2 hours of fieldwork\nproduce ten pages.');
    assert.deepEqual(headings(parseText(latex)), ['1 1 Introduction', '1 2 Method', '2 2.1 Data']);
    const dashed = doc('1 - Installation', BODY, '2 - Usage', BODY, '2.1 - Options', BODY, '4 - 5 seconds of delay.');
    assert.deepEqual(headings(parseText(dashed)), ['1 1 Installation', '1 2 Usage', '2 2.1 Options']);
  });

  it('Japanese numbering: 第1章 > 第1節 > １． > （１）, headings directly on their text', () => {
    const body = '\u3000本ガイドラインは、当社が業務上取り扱う個人情報について定めることを目的とする。';
    const text = doc(
      '第1章\u3000総則',
      '第1節\u3000目的',
      `１．目的\n${body}`,
      `（１）対象\n${body}`,
      `（２）対象外\n${body}`,
      `２．範囲\n${body}`,
    );
    assert.deepEqual(headings(parseText(text)), ['1 第1章 総則', '2 第1節 目的', '3 １ 目的', '4 １ 対象', '4 ２ 対象外', '3 ２ 範囲']);
  });

  it('dates: a Japanese era date, `of 12 March 2024` under an act, `Decided ...`, `Held on ... at ...`', () => {
    assert.equal(parseText(doc('ガイドライン', '令和6年3月22日', '第1章\u3000総則', BODY)).date, '令和6年3月22日');
    assert.equal(parseText(doc('REGULATION (EU) 2024/1 OF THE COUNCIL', 'of 12 March 2024', BODY)).date, '12 March 2024');
    assert.equal(parseText(doc('SMITH v. JONES', 'Decided March 22, 2023', BODY)).date, 'March 22, 2023');
    assert.equal(parseText(doc('MINUTES', 'Held on Tuesday 12 March 2024 at 7.30 pm in the Hall', BODY)).date, 'Tuesday 12 March 2024');
  });

  it('titles: a document kind naming its issuer is the title; a court above the caption is an issuer', () => {
    const minutes = parseText(doc('MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL', 'Held on 12 March 2024 in the Hall', BODY));
    assert.equal(minutes.title, 'MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL');
    const opinion = parseText(doc('IN THE SUPREME COURT OF THE STATE OF MONTARA', 'No. 22-0413', 'SMITH v. JONES', BODY));
    assert.equal(opinion.title, 'SMITH v. JONES');
    assert.equal(parseText(doc('Supreme Court Upholds Ban', 'Judges split five to four', BODY)).title, 'Supreme Court Upholds Ban');
  });

  it('a title over author lines, then unnumbered Abstract; References after numbered sections', () => {
    const text = doc('Sparse Retrieval for Field Notes', 'Maren Okafor, Priya Raman\nUniversity of Northbridge', 'Abstract', BODY);
    const paper = parseText(`${text}\n${doc('1 Introduction', BODY, '2 Method', BODY, 'References', BODY, 'Table 1', BODY)}`);
    assert.equal(paper.title, 'Sparse Retrieval for Field Notes');
    assert.deepEqual(headings(paper), ['1 - Abstract', '1 1 Introduction', '1 2 Method', '1 - References']);
  });

  it('lecture notes: a header of fields in columns, then Exercises after the numbered sections, unless each has its own', () => {
    const header = 'Lecturer: Prof. A. Kumar                         Scribes: J. Lee, T. Ortiz';
    const exercises = '1. Show that the flow is maximal.\n2. Give a network on which the method does not end.';
    const notes = doc(
      'Network Flow',
      header,
      BODY,
      '7.1 Flows',
      BODY,
      '7.2 Cuts',
      BODY,
      '7.2.1 Minimum cuts',
      BODY,
      'Exercises',
      exercises,
    );
    assert.deepEqual(headings(parseText(`${notes}\n${doc('References', '[KT] J. Kleinberg and E. Tardos. Algorithm Design.')}`)), [
      '1 7.1 Flows',
      '1 7.2 Cuts',
      '2 7.2.1 Minimum cuts',
      '1 - Exercises',
      '1 - References',
    ]);
    const book = doc(
      'Sets and Maps',
      '1.1 Sets',
      BODY,
      'Exercises',
      exercises,
      '1.2 Maps',
      BODY,
      'Exercises',
      exercises,
      '1.3 Graphs',
      BODY,
    );
    assert.deepEqual(
      headings(parseText(book)).map((h) => h.replace(/ - Exercises$/, ' Exercises')),
      ['1 1.1 Sets', '2 Exercises', '1 1.2 Maps', '2 Exercises', '1 1.3 Graphs'],
    );
  });

  it("a chapter's exercises numbered like its sections are not sections again; a section after its contents entry is", () => {
    const chapter = doc(
      '7.1 Heat engines',
      BODY,
      '7.2 Entropy',
      BODY,
      '7.3 Exercises',
      '7.1  Derive equation (7.3).',
      '7.2  An inventor claims an engine that does 60 kJ of work\n     on 100 kJ at 400 K. Should you invest?',
    );
    assert.deepEqual(headings(parseText(chapter)), ['1 7.1 Heat engines', '1 7.2 Entropy', '1 7.3 Exercises']);
    // (A contents with no heading of its own, as lsof's FAQ has.)
    const faq = doc(
      '1.0 Problems',
      '1.1 Why does it fail?',
      '1.2 Why is it slow?',
      '1.0 Problems',
      '1.1 Why does it fail?',
      BODY,
      '1.2 Why is it slow?',
      BODY,
    );
    assert.deepEqual(
      flattenSections(parseText(faq).sections)
        .filter((s) => s.blocks.length > 0)
        .map((s) => s.title),
      ['Why does it fail?', 'Why is it slow?'],
    );
  });

  it('a paragraph to a line (a Google Docs export): subheads, lists and tables straight under paragraphs part', () => {
    const long = (topic: string): string =>
      `Most of our work on ${topic} happens in three tools, and you will get access to all of them on day one; if anything is missing, ask in the help channel.`;
    const text = [
      'Onboarding Handbook',
      '',
      'Your first week',
      long('the first week'),
      '1. Collect your laptop and badge from the IT desk.',
      '2. Check that you can log in to the help desk.',
      'Tools we use',
      long('tools'),
      'Priority\tFirst response\tExamples',
      'P1\t30 minutes\tOutage, data loss',
      'What the team contains',
      '- Four agents on each shift.',
      '\t●\tOne lead, set in under them.',
      'Shifts',
      'Tone of voice',
      long('tone'),
      '',
    ].join('\n');
    const document = parseText(text);
    // (The last of two short lines is the subhead of the paragraph under them; items may be set in.)
    assert.deepEqual(headings(document), ['1 - Your first week', '1 - Tools we use', '1 - What the team contains', '1 - Tone of voice']);
    assert.deepEqual(
      flattenSections(document.sections).map((s) => s.blocks.map((b) => b.type)),
      [['paragraph', 'paragraph', 'paragraph'], ['paragraph', 'preformatted'], ['paragraph', 'paragraph', 'paragraph'], ['paragraph']],
    );
    // (Text wrapped at a width, however wide, goes on from line to line: a line breaks inside a sentence.)
    const wrapped = `Notes\n\nSubhead\n${long('wrapping')}\nand so the sentence goes on over the next line.\n`;
    assert.match(allText(parseText(wrapped)), /help channel\. and so the sentence/);
  });

  it("a word processor's export with short paragraphs: tabbed bullets mark it; `Questions?` is a subhead", () => {
    const text = [
      'Code of Conduct',
      '',
      'Respect at Work',
      'We want a workplace where everyone is treated fairly and with dignity.',
      '\t•\tTreat colleagues, customers and suppliers with courtesy.',
      "\t•\tRespect people's privacy, including on social media.",
      'If you experience behaviour that breaks this code, report it.',
      '',
      'Health and Safety',
      'Everyone has the right to go home safe.',
      '\t•\tFollow the safety rules for your site.',
      '\t•\tNever work under the influence of alcohol or drugs.',
      '',
      'Speaking Up',
      'If you think something is wrong, tell us. You can:',
      '\t1.\ttalk to your manager;',
      '\t2.\tcall the confidential line.',
      'We will not tolerate retaliation against anyone who raises a concern.',
      '',
      'Questions?',
      'Talk to your manager or email peopleandculture@fernhill.example.',
      '',
    ].join('\n');
    assert.deepEqual(headings(parseText(text)), ['1 - Respect at Work', '1 - Health and Safety', '1 - Speaking Up', '1 - Questions?']);
    // (A title over its fields: `Effective date: ...`, `Owner: ...`.)
    const fields = parseText(
      `Code of Conduct\nEffective date: 1 July 2024\nOwner: People & Culture team\n\n${text.slice(text.indexOf('Respect'))}`,
    );
    assert.equal(fields.title, 'Code of Conduct');
  });

  it('Article under CHAPTER (EU acts) as well as over Section (bylaws)', () => {
    const eu = doc(
      'CHAPTER I',
      'GENERAL',
      'Article 1',
      'Scope',
      BODY,
      'Article 2',
      'Terms',
      BODY,
      'CHAPTER II',
      'DATA',
      'Article 3',
      'Exchange',
      BODY,
    );
    assert.deepEqual(headings(parseText(eu)), [
      '1 CHAPTER I GENERAL',
      '2 Article 1 Scope',
      '2 Article 2 Terms',
      '1 CHAPTER II DATA',
      '2 Article 3 Exchange',
    ]);
  });
  it('banners: == History == nests by the number of marks, and the marks are not the title', () => {
    const wiki = doc('Harwick Canal', BODY, '== History ==', '=== Early years ===', BODY, '== Route ==', BODY);
    assert.deepEqual(headings(parseText(wiki)), ['1 - History', '2 - Early years', '1 - Route']);
    assert.deepEqual(headings(parseText(doc('Club News', '==== NEWS ====', BODY, '==== DIARY ====', BODY))), ['1 - NEWS', '1 - DIARY']);
  });

  it('a title in a box of rules, with the date ending the issue line', () => {
    const text = doc(
      '=====================\nTHE CLUB NEWSLETTER\nIssue 47 -- March 2024\n=====================',
      BODY,
      '==== NEWS ====',
      BODY,
    );
    const parsed = parseText(text);
    assert.equal(parsed.title, 'THE CLUB NEWSLETTER');
    assert.equal(parsed.date, 'March 2024');
  });

  it('FAQ questions are headings under the subheads that group them', () => {
    const text = doc(
      'Library FAQ',
      'Borrowing',
      'How many items can I borrow?',
      BODY,
      'How long can I keep a book?',
      BODY,
      'Fees',
      'Are there late fees?',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 - Borrowing',
      '2 - How many items can I borrow?',
      '2 - How long can I keep a book?',
      '1 - Fees',
      '2 - Are there late fees?',
    ]);
  });

  it('not headings: metadata lines with separators, [APPLAUSE], recurring speaker names, signature forms', () => {
    const recipe = doc('Barley Soup', 'Serves 4 · Prep 20 min · Cook 1 hr', BODY, 'Ingredients', BODY, 'Method', BODY);
    assert.deepEqual(headings(parseText(recipe)), ['1 - Ingredients', '1 - Method']);
    const speech = doc('Remarks by the Mayor', 'MAYOR RUIZ', BODY, '[APPLAUSE]', BODY, 'MODERATOR', BODY, 'MAYOR RUIZ', BODY);
    assert.deepEqual(headings(parseText(speech)), []);
    const contract = doc('SERVICES AGREEMENT', BODY, '1. TERMS', BODY, '2. GENERAL', BODY, 'ACME LTD', 'By: ________\nName: Ines Valdera');
    assert.deepEqual(headings(parseText(contract)), ['1 1 TERMS', '1 2 GENERAL']);
    assert.equal(parseText(contract).title, 'SERVICES AGREEMENT');
  });

  it('a rendered man page: header and footer are furniture, the footer has the date, .SS subheads nest', () => {
    const body =
      '       tarsnip reads one or more tar archives and writes a trimmed archive\n       together with an index of the members it kept.';
    const text = doc(
      'TARSNIP(1)            General Commands Manual            TARSNIP(1)',
      'NAME\n       tarsnip - trim tape archives',
      `DESCRIPTION\n${body}`,
      `   Index files\n${body}`,
      'EXIT STATUS\n       0      Success.',
      'tarsnip 2.3             March 2024                       TARSNIP(1)',
    );
    const parsed = parseText(text);
    assert.equal(parsed.title, null);
    assert.equal(parsed.date, 'March 2024');
    assert.deepEqual(headings(parsed), ['1 - NAME', '1 - DESCRIPTION', '2 - Index files', '1 - EXIT STATUS']);
  });
  it('Markdown: an HTML <hN> block is a heading of depth N; a single <h1> is the title', () => {
    const md =
      '<h1 align="center">Gardenbot</h1>\n\n<h2 id="setup">Setup</h2>\n\nText.\n\n### Wiring\n\nText.\n\n<h3>Pumps</h3>\n\n**Bold only**\n\nText.\n';
    const parsed = parseMarkdown(md);
    assert.equal(parsed.title, 'Gardenbot');
    assert.deepEqual(headings(parsed), ['1 - Setup', '2 - Wiring', '2 - Pumps']);
  });

  it('keyword abbreviations and more languages: SEC. 2 after SECTION 1., TITRE PREMIER > Article premier, Note 1', () => {
    const bill = doc('SECTION 1. SHORT TITLE.', BODY, 'SEC. 2. DEFINITIONS.', BODY, 'SEC. 3. GRANTS.', BODY);
    assert.deepEqual(headings(parseText(bill)), ['1 SECTION 1 SHORT TITLE.', '1 SEC. 2 DEFINITIONS.', '1 SEC. 3 GRANTS.']);
    const statutes = doc(
      'TITRE PREMIER\nOBJET',
      'Article premier – Dénomination',
      BODY,
      'Article 2 – Objet',
      BODY,
      'TITRE II\nFIN',
      'Article 3 – Dissolution',
      BODY,
    );
    assert.deepEqual(headings(parseText(statutes)), [
      '1 TITRE PREMIER OBJET',
      '2 Article premier Dénomination',
      '2 Article 2 Objet',
      '1 TITRE II FIN',
      '2 Article 3 Dissolution',
    ]);
    // A lone `Note 2 ...` is a remark; notes in a sequence are headings.
    assert.deepEqual(headings(parseText(doc('Note 2 — Revenue', BODY))), []);
  });

  it('Korean statutes: 제1장 chapters, 제1조 articles as paragraphs, 부칙 after them, 2024년 3월 5일', () => {
    const text = doc(
      '도서관 운영 조례',
      '2024년 3월 5일',
      '제1장 총칙',
      '제1조(목적) 이 조례는 도서관의 설치와 운영에 필요한 사항을 규정함을 목적으로 한다.',
      '제2장 이용',
      '제2조(이용 시간) 도서관의 개관 시간은 오전 9시부터 오후 10시까지로 한다.',
      '부칙',
      '이 조례는 공포한 날부터 시행한다.',
    );
    const parsed = parseText(text);
    assert.equal(parsed.date, '2024년 3월 5일');
    assert.deepEqual(headings(parsed), ['1 제1장 총칙', '1 제2장 이용', '1 - 부칙']);
  });

  it('capitals that are the sections hold numbered notes and plain subheads; chapters stay on top', () => {
    const report = doc(
      'Annual Report 2023',
      'CHAIR STATEMENT',
      BODY,
      'DIRECTORS REPORT',
      BODY,
      'Going concern',
      BODY,
      'NOTES TO THE ACCOUNTS',
      'Note 1 — Revenue',
      BODY,
      'Note 2 — Staff',
      BODY,
    );
    assert.deepEqual(headings(parseText(report)), [
      '1 - CHAIR STATEMENT',
      '1 - DIRECTORS REPORT',
      '2 - Going concern',
      '1 - NOTES TO THE ACCOUNTS',
      '2 Note 1 Revenue',
      '2 Note 2 Staff',
    ]);
    const book = doc(
      'A History of the Navigation',
      'PREFACE',
      BODY,
      'INTRODUCTION',
      BODY,
      'CHAPTER I.\n\nTHE START.',
      BODY,
      'CHAPTER II.\n\nTHE END.',
      BODY,
    );
    assert.deepEqual(headings(parseText(book)), ['1 - PREFACE', '1 - INTRODUCTION', '1 CHAPTER I THE START.', '1 CHAPTER II THE END.']);
  });

  it('a printed contents of plain lines holds no sections', () => {
    const text = doc('Handbook', 'Contents', 'Welcome\nSafety Rules', 'Welcome', BODY, 'Safety Rules', BODY);
    assert.deepEqual(headings(parseText(text)), ['1 - Contents', '1 - Welcome', '1 - Safety Rules']);
  });

  it('a numbered heading at the top of a page is not glued to the paragraph ending the page before', () => {
    const text = doc(
      'The Widget Protocol',
      'Abstract',
      '   This memo says what it says and is indented like every other paragraph of it.',
      '1.  Introduction',
      '   The text of the introduction, indented like the rest of the prose in this memo.',
      '2.  Records\n\n   The text of the second section runs to the bottom of the page.\n\n\nDoe          Expires 5 September 2024         [Page 1]\n\fInternet-Draft          Widget Discovery            March 2024\n\n3.  Procedure',
      '   The text of the third section, at the top of the second page of the memo.',
    );
    assert.deepEqual(headings(parseText(text)), ['1 - Abstract', '1 1 Introduction', '1 2 Records', '1 3 Procedure']);
  });

  it('dates: a mail header, a blog byline, French months, an adoption line closing a resolution, not Expires:', () => {
    assert.equal(parseText(doc('Date: Tue, 5 Mar 2024 09:14:02 +0000', BODY)).date, 'Tue, 5 Mar 2024 09:14:02 +0000');
    const blog = parseText(doc('Why I Dig', 'Posted on 14 February 2024 by Hannah Cole', BODY, 'The Problem', BODY, 'The Answer', BODY));
    assert.equal(blog.date, '14 February 2024');
    assert.deepEqual(headings(blog), ['1 - The Problem', '1 - The Answer']);
    assert.equal(parseText(doc('STATUTS', "Adoptés par l'assemblée générale le 12 mars 2024", BODY)).date, '12 mars 2024');
    const resolution = doc(
      'A RESOLUTION ON ROOMS',
      BODY,
      'SECTION 1. FEES',
      BODY,
      'PASSED AND ADOPTED this 12th day of March, 2024.',
      'AYES: 5',
    );
    assert.equal(parseText(resolution).date, '12th day of March, 2024');
    const draft =
      'Network Working Group                                       J. Doe\n' +
      'Internet-Draft                                         Widget Labs\n' +
      'Intended status: Standards Track                         R. Lind\n' +
      'Expires: 5 September 2024                          Fjord Networks\n' +
      '                                                     4 March 2024';
    assert.equal(parseText(doc(draft, 'The Widget Protocol', 'Abstract', `   ${BODY}`)).date, '4 March 2024');
  });

  it("a message's own header dates it, not the header of the message quoted under it", () => {
    const text = [
      'From: Helen Marsh <h.marsh@example.com>',
      'Sent: Thursday, 6 February 2025 16:42',
      'To: Tom Achebe <tom@example.com>',
      'Subject: RE: Site visit',
      '',
      'Can we confirm the 12th at 10:00?',
      '',
      '-----Original Message-----',
      'From: Tom Achebe <tom@example.com>',
      'Sent: 05 February 2025 09:13',
      'Subject: Site visit',
      '',
      'Is the 12th still OK?',
      '',
    ].join('\n');
    const document = parseText(text);
    assert.equal(document.title, 'RE: Site visit');
    assert.equal(document.date, 'Thursday, 6 February 2025 16:42');
    assert.match(allText(document), /Sent: 05 February 2025 09:13/);
  });

  it('a mail header gives title and date; a standard number, 新闻稿 and a resolution number are not titles', () => {
    const mail = parseText(
      doc(
        'From: Priya <p@example.org>\nTo: All <all@example.org>\nDate: Tue, 5 Mar 2024 09:14 +0000\nSubject: Re: Book sale',
        'Hi all,',
        BODY,
        'Pricing',
        BODY,
        'Leftovers',
        BODY,
      ),
    );
    assert.equal(mail.title, 'Re: Book sale');
    assert.equal(mail.date, 'Tue, 5 Mar 2024 09:14 +0000');
    assert.deepEqual(headings(mail), ['1 - Pricing', '1 - Leftovers']);
    assert.equal(
      parseText(doc('WS 4471:2024', 'Widget interchange — Pallet labels', 'Foreword', BODY)).title,
      'Widget interchange — Pallet labels',
    );
    assert.equal(parseText(doc('新闻稿', '滨江市图书馆新馆正式开放', BODY)).title, '滨江市图书馆新馆正式开放');
    const resolution = doc(
      'RESOLUTION NO. 2024-17',
      'A RESOLUTION OF THE BOARD OF TRUSTEES OF THE MILLBROOK LIBRARY\nDISTRICT ADOPTING A POLICY ON MEETING ROOMS',
      BODY,
      'SECTION 1. FEES',
      BODY,
      'SECTION 2. EFFECTIVE DATE',
      BODY,
      'AYES: 5\n',
      'ABSENT: 1',
    );
    const parsed = parseText(resolution);
    assert.equal(
      parsed.title,
      'A RESOLUTION OF THE BOARD OF TRUSTEES OF THE MILLBROOK LIBRARY DISTRICT ADOPTING A POLICY ON MEETING ROOMS',
    );
    assert.deepEqual(headings(parsed), ['1 SECTION 1 FEES', '1 SECTION 2 EFFECTIVE DATE']);
  });

  it('Annex A (normative): the qualifier is not the title, the next line is; back matter keeps a one-line entry', () => {
    const text = doc(
      '1 Scope',
      BODY,
      '2 Encoding',
      BODY,
      'Annex A (normative)',
      'Encoding of carrier codes',
      'A.1 General',
      BODY,
      'A.2 Check',
      BODY,
      'Bibliography',
      '[1] WS 2200, Widget packaging — Pallets',
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 Scope',
      '1 2 Encoding',
      '1 Annex A Encoding of carrier codes',
      '2 A.1 General',
      '2 A.2 Check',
      '1 - Bibliography',
    ]);
  });

  it('a syllabus: Unit > Week > Lecture, a subtitle under the title, plain sections after numbered ones, captions', () => {
    const text = doc(
      'GEOG 214: Hydrology\nCourse Notes, Spring Term 2025',
      'Last updated: 6 January 2025',
      'Course Overview',
      BODY,
      'Assessment',
      BODY,
      'Unit 1: Water',
      'Week 1: The Cycle',
      'Lecture 1 - Stores',
      BODY,
      'Table 1: Stores and residence times',
      BODY,
      'Lecture 2 - Rain',
      BODY,
      'Key Dates',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'GEOG 214: Hydrology');
    assert.equal(document.date, '6 January 2025');
    assert.deepEqual(headings(document), [
      '1 - Course Overview',
      '1 - Assessment',
      '1 Unit 1 Water',
      '2 Week 1 The Cycle',
      '3 Lecture 1 Stores',
      '3 Lecture 2 Rain',
      '1 - Key Dates',
    ]);
  });

  it('a keyword over a decimal path (Section 4.2.1) nests by depth; Figure and Table captions are not headings', () => {
    const text = doc(
      'Section 1 Scope',
      BODY,
      'Section 2 Frames',
      'Section 2.1 Overview',
      BODY,
      'Figure 1: Frame layout',
      BODY,
      'Section 2.2 Header',
      'Section 2.2.1 Sensor Identifier',
      BODY,
      'Section 2.2.2 Epoch',
      BODY,
      'Table 1: Header fields',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 Section 1 Scope',
      '1 Section 2 Frames',
      '2 Section 2.1 Overview',
      '2 Section 2.2 Header',
      '3 Section 2.2.1 Sensor Identifier',
      '3 Section 2.2.2 Epoch',
    ]);
  });

  it('a web page: a menu bar starting `Home |` above the breadcrumb is chrome; a title over its date is no issuer', () => {
    const text = doc(
      'Skip to main content\nLanternBox\nHome | Pricing | Blog | Log in',
      'Home > Legal > Terms of Service',
      'Terms of Service',
      'Last updated: March 3, 2025',
      BODY,
      '1. Acceptance of Terms',
      '1.1 By using the Service, you agree to be bound by these Terms and all of them.',
      '2. Your Account',
      '2.1 You must provide accurate information when you register and keep it current.',
    );
    const document = parseText(text);
    assert.equal(document.breadcrumb, 'Home > Legal > Terms of Service');
    assert.equal(document.title, 'Terms of Service');
    assert.equal(document.date, 'March 3, 2025');
    assert.deepEqual(headings(document), ['1 1 Acceptance of Terms', '1 2 Your Account']);
  });

  it('a job posting: `Back to all jobs` and the application form are chrome; a subhead over a numbered list or a paragraph and its bullets', () => {
    const long =
      'The base salary range for this role is $172,000 to $204,000 in the United States, and the final offer depends on experience and location.';
    const text = doc(
      'Skip to main content\nFernwood Analytics\nCareers\nTeams\nLocations\nSearch jobs\nSign in',
      'Back to all jobs',
      'Senior Data Engineer, Platform',
      `About the role\n${long}`,
      `Compensation and benefits\n${long}\n• Medical, dental and vision coverage for you and your dependents, with premiums fully paid by Fernwood\n• 401(k) or RRSP matching up to 5% of salary`,
      'Our hiring process\n1. Recruiter conversation (30 minutes)\n2. Technical conversation with the hiring manager (45 minutes)\n3. Reference checks and offer',
      'Apply for this job\n* Required\nFirst Name *\nLast Name *\nEmail *\nWill you now or in the future require sponsorship for employment visa status? *\nSubmit application',
    );
    const document = parseText(text);
    assert.equal(document.title, 'Senior Data Engineer, Platform');
    assert.deepEqual(headings(document), ['1 - About the role', '1 - Compensation and benefits', '1 - Our hiring process']);
    assert.ok(!allText(document).includes('First Name'), 'the form is chrome');
  });

  it("a report's kind over its title, and a title page's title wrapped with its first line nearly full", () => {
    const text = [
      '                         FINAL TECHNICAL REPORT',
      '',
      '   Low-Cost Soil Moisture Sensing Networks for Smallholder Irrigation',
      '                               Scheduling',
      '',
      'Award number:            2021-38640-34712',
      'Report submitted:        29 November 2024',
      '',
      'EXECUTIVE SUMMARY',
      '',
      BODY,
      '',
    ].join('\n');
    assert.equal(parseText(text).title, 'Low-Cost Soil Moisture Sensing Networks for Smallholder Irrigation Scheduling');
  });

  it('a breadcrumb under a cookie banner, a skip link and a menu, ten lines down, is still the trail', () => {
    const top = [
      'We use cookies to make our website work and to understand how you use it.',
      'Accept all cookies',
      'Reject optional cookies',
      'Manage cookies',
      'Skip to main content',
      'Brightwater Energy',
      'Menu',
      'Search',
      'Log in',
      'Home › Help centre › Billing and payments',
      'Frequently Asked Questions: Billing and Payments',
      'Last updated: 14 February 2024',
    ].join('\n');
    const document = parseText(doc(top, BODY));
    assert.equal(document.breadcrumb, 'Home › Help centre › Billing and payments');
    assert.equal(document.title, 'Frequently Asked Questions: Billing and Payments');
    assert.equal(document.date, '14 February 2024');
  });

  it("a play's subtitle before ACT I is the title page's; a Prologue stays a section", () => {
    const play = parseText(
      doc(
        'THE GLASSHOUSE',
        'A Play in Two Acts',
        'First performed at the Tallis Street Theatre, Leeds, in 2022.',
        'Prologue',
        BODY,
        'ACT I',
        BODY,
        'ACT II',
        BODY,
      ),
    );
    assert.equal(play.title, 'THE GLASSHOUSE');
    assert.deepEqual(headings(play), ['1 - Prologue', '1 ACT I ', '1 ACT II ']);
    assert.equal(play.lead[0]?.text, 'A Play in Two Acts');
  });

  it('bare Roman numerals alone on a line number a sequence of poems, as one series', () => {
    const stanza = 'The book is on my desk. I read the weather\nof nineteen fifty-three as if it mattered.';
    const sonnets = parseText(doc('Sonnets', 'I', stanza, 'II', stanza, 'III', stanza, 'IV', stanza));
    assert.deepEqual(headings(sonnets), ['1 I ', '1 II ', '1 III ', '1 IV ']);
    // A lone numeral is no series.
    assert.deepEqual(headings(parseText(doc('Sizes', 'XL', BODY))), []);
  });

  it('bare numbers alone on a line are chapters between paragraphs, page numbers inside one; * * * is no heading', () => {
    const novel = parseText(doc('THE SALT ROAD', '1', BODY, '* * *', BODY, '2', BODY, '3', BODY));
    assert.deepEqual(headings(novel), ['1 1 ', '1 2 ', '1 3 ']);
    const paged = parseText(
      doc('Notes', 'The river rose all week and the', '12', 'barges waited at the lock for the water to fall.', BODY),
    );
    assert.deepEqual(headings(paged), []);
  });

  it('Spanish and Italian statutes: TÍTULO > CAPÍTULO > Artículo, an Ayuntamiento issuer, `12 de marzo de 2024`', () => {
    const text = doc(
      'AYUNTAMIENTO DE VILLANUEVA',
      'REGLAMENTO DE BIBLIOTECAS',
      'Aprobado por el Pleno el 12 de marzo de 2024',
      'TÍTULO I\nDisposiciones generales',
      'Artículo 1. Objeto.',
      BODY,
      'TÍTULO II\nDe las personas usuarias',
      'CAPÍTULO I\nDerechos',
      'Artículo 2. Derechos.',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'REGLAMENTO DE BIBLIOTECAS');
    assert.equal(document.date, '12 de marzo de 2024');
    assert.deepEqual(headings(document), [
      '1 TÍTULO I Disposiciones generales',
      '2 Artículo 1 Objeto.',
      '1 TÍTULO II De las personas usuarias',
      '2 CAPÍTULO I Derechos',
      '3 Artículo 2 Derechos.',
    ]);
    assert.deepEqual(headings(parseText(doc('Articolo 1\nOggetto', BODY, 'Articolo 2\nAmbito', BODY))), [
      '1 Articolo 1 Oggetto',
      '1 Articolo 2 Ambito',
    ]);
  });

  it('a thesis: the name under a lone `by` is no heading; leader contents end at a gap before `CHAPTER 1`', () => {
    const text = doc(
      'SEDIMENT IN GRAVEL-BED RIVERS',
      'by',
      'Daniel Ashworth',
      'School of Geography\nSeptember 2023',
      'TABLE OF CONTENTS',
      '1  Introduction ........ 1\n   1.1  Background ........ 1\n   1.2  Questions ........ 4\n2  Methods ........ 7',
      '',
      'CHAPTER 1\nINTRODUCTION',
      '1.1 Background',
      BODY,
      '1.2 Questions',
      BODY,
      'CHAPTER 2\nMETHODS',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.date, 'September 2023');
    assert.deepEqual(headings(document), [
      '1 - TABLE OF CONTENTS',
      '1 CHAPTER 1 INTRODUCTION',
      '2 1.1 Background',
      '2 1.2 Questions',
      '1 CHAPTER 2 METHODS',
    ]);
  });

  it('INI files: [section] headers over key = value lines are headings; a lone bracketed line is not', () => {
    const ini = '; agent.ini\n; comments\n\n[general]\nhost = a\nlevel = info\n\n[schedule]\n; cron\nfull = 0 2 * * 0\n';
    assert.deepEqual(headings(parseText(ini)), ['1 - general', '1 - schedule']);
    assert.deepEqual(headings(parseText(doc('Notes', '[draft]\nStatus: open', BODY))), []);
    // Set in, as an example in a README (whose prose the examples make look indented), headers are the example's.
    const readme = parseText(readFileSync(join(ROOT, 'test', 'fixtures', 'parse', 'readme-ini-example.txt'), 'utf8'));
    assert.ok(!headings(readme).some((h) => h.includes('[defaults]') || h.includes(' webp')));
    assert.ok(headings(readme).some((h) => h.endsWith('Configuration')));
  });

  it('a slide deck: `Slide N` over its title line and bullets; a date after a comma on the line under the title', () => {
    const text = doc(
      'Volunteer Induction\nPresentation exported as text, 4 March 2025',
      'Slide 1\nWho we are\n- Founded in 2012\n- Open three days a week',
      'Notes: Mention that we are independent, not part of a national network.',
      'Slide 2\nFood safety\n- Check dates\n- Wash hands',
    );
    const document = parseText(text);
    assert.equal(document.date, '4 March 2025');
    assert.deepEqual(headings(document), ['1 Slide 1 Who we are', '1 Slide 2 Food safety']);
  });

  it('a plain subhead set on its wrapped paragraph inside a numbered section nests under it; verse and tags do not', () => {
    const text = doc(
      'Package leaflet',
      'What is in this leaflet\n1. What it is\n2. Before you take it',
      '1. What it is',
      BODY,
      '2. Before you take it',
      'Warnings and precautions\nTalk to your doctor or pharmacist before taking this medicine if you have\nasthma, kidney or liver problems, or high blood pressure.',
      'I wandered lonely as a cloud\nThat floats on high o’er vales and hills,\nWhen all at once I saw a crowd.',
      'VANE.\nI had no idea that the umbrella was borrowed from the vicar, none at all.',
      'This leaflet was last revised in January 2025.',
    );
    const document = parseText(text);
    assert.equal(document.date, 'January 2025');
    assert.deepEqual(headings(document), [
      '1 - What is in this leaflet',
      '1 1 What it is',
      '1 2 Before you take it',
      '2 - Warnings and precautions',
    ]);
  });

  it('a patent: capitals with no text over a numbered run, capitals again after it, hold the run; a lead-in line is text', () => {
    const text = doc(
      'UNITED STATES PATENT APPLICATION',
      'SELF-CLEARING GUTTER GUARD',
      'BACKGROUND OF THE INVENTION',
      '1. Field of the Invention',
      BODY,
      '2. Description of the Related Art',
      BODY,
      'SUMMARY OF THE INVENTION',
      BODY,
      'CLAIMS',
      'What is claimed is:',
      '1. A gutter guard comprising: a frame configured to attach to a gutter;\nand a flexible mesh held by the frame.',
      'ABSTRACT',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'SELF-CLEARING GUTTER GUARD');
    assert.deepEqual(headings(document), [
      '1 - BACKGROUND OF THE INVENTION',
      '2 1 Field of the Invention',
      '2 2 Description of the Related Art',
      '1 - SUMMARY OF THE INVENTION',
      '1 - CLAIMS',
      '1 - ABSTRACT',
    ]);
  });

  it('German statutes: a title ending in `e. V.`, `in der Fassung vom ...`, (2) sentences are paragraphs', () => {
    const text = doc(
      'Satzung des Fördervereins der Stadtbibliothek Lindenau e. V.',
      'in der Fassung vom 14. März 2024',
      '§ 1 Name, Sitz und Geschäftsjahr',
      '(1) Der Verein führt den Namen „Förderverein der Stadtbibliothek“\nund ist im Vereinsregister eingetragen.',
      '(2) Sitz des Vereins ist Lindenau.',
      '(3) Geschäftsjahr ist das Kalenderjahr.',
      '§ 2 Zweck',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'Satzung des Fördervereins der Stadtbibliothek Lindenau e. V.');
    assert.equal(document.date, '14. März 2024');
    assert.deepEqual(headings(document), ['1 § 1 Name, Sitz und Geschäftsjahr', '1 § 2 Zweck']);
  });

  it('a UK Act: `2024 CHAPTER 17` under the title is no heading; `[21st March 2024]` is the date', () => {
    const text = doc(
      'Community Libraries Act 2024',
      '2024 CHAPTER 17',
      'An Act to make provision about community libraries; and for connected purposes.',
      '[21st March 2024]',
      'PART 1\nCOMMUNITY LIBRARIES',
      '1 Meaning of "community library"',
      BODY,
      '2 Designation',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.date, '21st March 2024');
    assert.deepEqual(headings(document), ['1 PART 1 COMMUNITY LIBRARIES', '2 1 Meaning of "community library"', '2 2 Designation']);
  });

  it('N.0 numbering is the top level over N.1; a capital letterhead over a procedure number is the issuer', () => {
    const text = doc(
      'NORTHGATE WATER SERVICES\nEngineering Procedure EP-204',
      'VALVE EXERCISING PROGRAMME',
      'Effective date: 1 April 2025',
      '1.0 PURPOSE',
      BODY,
      '2.0 RESPONSIBILITIES',
      '2.1 Network Manager',
      BODY,
      '2.2 Technicians',
      BODY,
      '3.0 RECORDS',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'VALVE EXERCISING PROGRAMME');
    assert.equal(document.date, '1 April 2025');
    assert.deepEqual(headings(document), [
      '1 1.0 PURPOSE',
      '1 2.0 RESPONSIBILITIES',
      '2 2.1 Network Manager',
      '2 2.2 Technicians',
      '1 3.0 RECORDS',
    ]);
  });

  it('dates: a line of one word in -ed and a date (`Recorded April 3, 2024`, `Amended ...`)', () => {
    for (const [line, date] of [
      ['Recorded April 3, 2024', 'April 3, 2024'],
      ['Amended 12 March 2024', '12 March 2024'],
    ] as const) {
      assert.equal(parseText(doc('The Garden Hour, Episode 12', line, BODY)).date, date);
    }
  });

  it('dates: a closing date, a deadline or a next review is not the document date', () => {
    assert.equal(parseText(doc('Library Officer', 'Salary: £29,500\nClosing date: 18 April 2025', BODY)).date, null);
    assert.equal(parseText(doc('Data Policy', 'Approved: 2 March 2024\nNext review: 2 March 2026', BODY)).date, '2 March 2024');
  });

  it('Portuguese: `Artigo 1.º` keeps its ordinal sign; a Município is an issuer', () => {
    const text = doc(
      'MUNICÍPIO DE VALE',
      'Regulamento da Biblioteca',
      'CAPÍTULO I\nDisposições gerais',
      'Artigo 1.º\nObjeto',
      BODY,
      'Artigo 2.º\nMissão',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'Regulamento da Biblioteca');
    assert.deepEqual(headings(document), ['1 CAPÍTULO I Disposições gerais', '2 Artigo 1.º Objeto', '2 Artigo 2.º Missão']);
  });

  it('Dutch: Hoofdstuk > Artikel, `Vastgesteld ... op 9 maart 2024`', () => {
    const text = doc(
      'HUISHOUDELIJK REGLEMENT',
      'Vastgesteld door de algemene ledenvergadering op 9 maart 2024',
      'Hoofdstuk 1 Algemeen',
      'Artikel 1 - Begripsbepalingen',
      BODY,
      'Hoofdstuk 2 Tuinen',
      'Artikel 2 - Toewijzing',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.date, '9 maart 2024');
    assert.deepEqual(headings(document), [
      '1 Hoofdstuk 1 Algemeen',
      '2 Artikel 1 Begripsbepalingen',
      '1 Hoofdstuk 2 Tuinen',
      '2 Artikel 2 Toewijzing',
    ]);
  });

  it('an IEEE paper: I. > A., an author line with commas and a TABLE I caption block are not headings', () => {
    const text = doc(
      'Low-Power Wake-Up Receivers',
      'Ines Carvalho, Member, IEEE, and Tomasz Wrona',
      'Abstract—Buoy-mounted sensors spend most of their energy listening for messages that never come.',
      'I. INTRODUCTION',
      BODY,
      'II. DESIGN',
      'A. Envelope Detector',
      BODY,
      'TABLE I\nPOWER CONSUMPTION BY COMPONENT',
      BODY,
      'B. Address Decoder',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 I INTRODUCTION', '1 II DESIGN', '2 A Envelope Detector', '2 B Address Decoder']);
  });

  it('an exam paper: Section > Question; a `Time allowed:` field over the rubric is not a subhead', () => {
    const text = doc(
      'MOCK EXAMINATION',
      'Time allowed: 2 hours\nAnswer ALL questions in Section A and ONE question from Section B.',
      'Section A: Changing Places',
      'Question 1',
      'Study Figure 1, which shows house prices in three wards of a northern town\nbetween 2004 and 2024.',
      'Question 2',
      BODY,
      'Section B: Global Systems',
      'Question 3',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 Section A Changing Places',
      '2 Question 1 ',
      '2 Question 2 ',
      '1 Section B Global Systems',
      '2 Question 3 ',
    ]);
  });

  it('a wiki page copied from the browser: `[edit]` links and `From Wikipedia, ...` are chrome; contents end at `History[edit]`', () => {
    const text = doc(
      'Harwick Bridge\nFrom Wikipedia, the free encyclopedia',
      BODY,
      'Contents\n1 History\n2 Design',
      'History[edit]',
      BODY,
      'Design[edit]',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'Harwick Bridge');
    assert.deepEqual(headings(document), ['1 - Contents', '1 - History', '1 - Design']);
  });

  it('Russian: Глава > Статья; a one-word title over a line in lower case is no kicker', () => {
    const text = doc(
      'УСТАВ\nмуниципального учреждения культуры',
      'Глава 1. Общие положения',
      'Статья 1. Наименование',
      BODY,
      'Статья 2. Учредитель',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'УСТАВ');
    assert.deepEqual(headings(document), ['1 Глава 1 Общие положения', '2 Статья 1 Наименование', '2 Статья 2 Учредитель']);
    assert.equal(parseText(doc('BYLAWS\nof the Millbrook Garden Association', 'ARTICLE I\nNAME', BODY)).title, 'BYLAWS');
  });

  it('a manual: WARNING/CAUTION/NOTE over a notice are not headings; a legend indented less than the title is the body', () => {
    const text = doc(
      'SMART KETTLE',
      '1. Safety',
      'WARNING\nDo not immerse the kettle, base or cable in water or any other liquid.',
      '1.1 Intended use',
      BODY,
      '1.2 Parts',
      '  A  Lid release button\n  B  Water level window',
      'NOTE\nA slight smell during the first use is normal and will disappear.',
      '2. Cleaning',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 1 Safety', '2 1.1 Intended use', '2 1.2 Parts', '1 2 Cleaning']);
  });

  it('a diary: three or more bare date lines over their text are entries; one is the document date', () => {
    const diary = parseText(doc('Allotment Diary', 'Saturday 1 March 2025', BODY, 'Sunday 9 March 2025', BODY, '2 April 2025', BODY));
    assert.equal(diary.date, null);
    assert.deepEqual(headings(diary), ['1 - Saturday 1 March 2025', '1 - Sunday 9 March 2025', '1 - 2 April 2025']);
    const letter = parseText(doc('Notes', '1 March 2025', BODY, BODY));
    assert.equal(letter.date, '1 March 2025');
    assert.deepEqual(headings(letter), []);
  });

  it('a novel with plain Preface and Introduction: short lines inside its chapters stay text', () => {
    const text = doc(
      'THE HOUSE ON THE HILL',
      'Preface',
      BODY,
      'Introduction',
      BODY,
      'CHAPTER I\nTHE HOUSE',
      BODY,
      'Dear Mother',
      BODY,
      'Dear Mrs Patel\nThank you for your letter of 3 March, which arrived this morning and which I read twice.',
      'CHAPTER II\nTHE ROAD',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 - Preface', '1 - Introduction', '1 CHAPTER I THE HOUSE', '1 CHAPTER II THE ROAD']);
  });
});

describe('word counts', () => {
  it('Chinese and Japanese count a word per character; Korean and Latin count by spaces', async () => {
    const { countWords } = await import('../src/text.js');
    assert.equal(countWords('中国外交'), 4);
    assert.equal(countWords('ひらがな'), 4);
    assert.equal(countWords('도서관 이용 조례'), 3);
    assert.equal(countWords("don't stop co-op 4.2"), 4);
  });

  it('a long text counts the same as its pieces, wherever the counting steps fall', async () => {
    const { countWords } = await import('../src/text.js');
    // The ASCII count works through the text in steps of 16,384 characters: joiners and
    // words that straddle a step's end must count as they do anywhere else.
    for (let at = 16_380; at <= 16_386; at++) {
      const head = 'a'.repeat(at);
      assert.equal(countWords(`${head}'b`), 1, `joiner after ${at} characters`);
      assert.equal(countWords(`${head} b`), 2, `space after ${at} characters`);
      assert.equal(countWords(`${head}' b`), 2, `joiner then space after ${at} characters`);
    }
    // A text that turns non-ASCII after the first step is counted by the Unicode rule throughout.
    assert.equal(countWords(`${'word '.repeat(4000)}中国`), 4002);
  });
});

describe('subsections run on without blank lines, and back matter', () => {
  it('an exercise set out as a sentence on its own line is the task, not a heading', () => {
    const text = doc(
      '3.3 Variance',
      BODY,
      '3.4 Exercises',
      'Exercise 3.4. Give an example of two random variables with a covariance of zero that are\nnot independent.',
      'Exercise 3.5. Prove formula (3.5) from Definition 3.4.',
      '3.5 Chapter Notes',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 3.3 Variance', '1 3.4 Exercises', '1 3.5 Chapter Notes']);
  });

  it('4.1 straight under 4., and 2.2 straight after a sentence that ends 2.1', () => {
    const text = doc(
      'Minutes',
      '4. Business Arising\n4.1 Roof replacement, Building C\nThe Manager reported that three bids have been received.',
      '4.2 Parking permits\nPermits for 2025 were issued on 1 March.',
      "5. Treasurer's Report\nThe reserve balance is $612,400.\n5.1 Arrears\nArrears stand at $3,210.\n5.2 Reserve\nThe reserve is on plan.\n2024 amendments require changes to sections 12 and 31.",
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 4 Business Arising',
      '2 4.1 Roof replacement, Building C',
      '2 4.2 Parking permits',
      "1 5 Treasurer's Report",
      '2 5.1 Arrears',
      '2 5.2 Reserve',
    ]);
  });

  it('a number that does not continue the last heading, or follows an unfinished line, stays in the text', () => {
    const text = doc(
      'Report',
      '1. Scope\nThe rules apply to every site in the list of\n1.1 percent of members and more.',
      '2. Terms\nThe terms are defined here.\n3.4 Other terms\nThey follow.',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 1 Scope', '1 2 Terms']);
    assert.match(allText(document), /3\.4 Other terms/);
  });

  it('Acknowledgments set on its text, References over short entries and Appendix: X are peers of the sections', () => {
    const text = doc(
      'Column-Aware Retrieval',
      '1 Introduction\nThis paragraph is the running text of the section, long enough to read as prose.',
      '2 Conclusion\nThis paragraph is the running text of the section, long enough to read as prose.',
      'Acknowledgments\nWe thank the anonymous reviewers. This work was supported by the national research council.',
      'References\nWenhu Chen and William Yang Wang.\n2019. TabFact: a dataset.',
      'Appendix: Pool metrics',
      'time     active     waiting\n09:10    20         3',
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 Introduction',
      '1 2 Conclusion',
      '1 - Acknowledgments',
      '1 - References',
      '1 - Appendix: Pool metrics',
    ]);
  });
});

describe('a bulleted In this issue list', () => {
  it('ends at the boxed heading its first item points to; the box stays whole', () => {
    const rule = '-'.repeat(40);
    const text = doc(
      'The Allotment Gazette',
      'IN THIS ISSUE\n  * Seed swap on Saturday\n  * Water butt scheme',
      `${rule}\nSEED SWAP ON SATURDAY\n${rule}`,
      'The spring seed swap will be held in the hut from 10 am.',
      `${rule}\nWATER BUTT SCHEME\n${rule}`,
      'The council has given us 30 subsidised water butts.',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - IN THIS ISSUE', '1 - SEED SWAP ON SATURDAY', '1 - WATER BUTT SCHEME']);
    assert.deepEqual(
      document.boilerplate.filter((b) => b.kind === 'contents').map((b) => b.text),
      ['* Seed swap on Saturday', '* Water butt scheme'],
    );
  });
});

describe('links', () => {
  it('a line with a web address is neither the title nor a heading', () => {
    const text = doc(
      'View this email in your browser: https://example.org/47',
      'Hello growers,',
      BODY,
      'Seed Swap',
      BODY,
      'Water Butts',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, null);
    assert.deepEqual(headings(document), ['1 - Seed Swap', '1 - Water Butts']);
  });
});

describe('groff manuals rendered to text', () => {
  it('a rule set off to the right over a boxed command is no underline; a lead-in ending on `that` or `include` is text', () => {
    const text = doc(
      'The Manual',
      'The general conventions used throughout this manual include',
      ' • file names and paths in italic, e.g. /usr/share/man.',
      '1. Introduction',
      BODY,
      'it is essential that\n     ____________\n     |man foobar|',
      'be run first, and the rest of the sentence goes on to finish it here.',
      '2. Sections',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 1 Introduction', '1 2 Sections']);
  });
});

describe("a writer's slip in the numbering", () => {
  it('after three headings have set the sequence, a number repeated or skipped still heads a section', () => {
    const text = doc(
      'Foo Manual',
      'I. Introduction',
      BODY,
      'II. Structures',
      BODY,
      'III. Reading',
      BODY,
      'V. Source code',
      BODY,
      'V. Coding style',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 I Introduction',
      '1 II Structures',
      '1 III Reading',
      '1 V Source code',
      '1 V Coding style',
    ]);
  });
});

describe('Markdown by content', () => {
  it('a file with no extension opening with a block of `#` comments is plain text; ATX headings between text are Markdown', () => {
    const todo =
      '# Copyright (C) 2000-2018 Free Software Foundation, Inc.\n#\n# This file is part of groff.\n#\n# You should have received a copy of the GNU GPL.\n\nUnicode input:\n  Making groff input-clean.\n';
    assert.equal(looksLikeMarkdown('TODO', todo), false);
    assert.equal(looksLikeMarkdown('README', '# Widget\n\nText.\n\n## Install\n\nMore text.\n'), true);
    // (Other markups whose lines can look like Markdown are read as text: an Org checkbox, an AsciiDoc list.)
    const org = '#+TITLE: Notes\n\n* Tasks\n- [X] Order disks\n\n# a comment\n\n## not a heading\n';
    assert.equal(looksLikeMarkdown('notes.org', org), false);
  });
});

describe('questions as headings', () => {
  it('a question with a comma in it heads its answer', () => {
    const text = doc('Widget FAQ', 'Getting Started', BODY, 'What is a widget, exactly?', BODY, 'If I cancel, do I get a refund?', BODY);
    assert.deepEqual(headings(parseText(text)), [
      '1 - Getting Started',
      '2 - What is a widget, exactly?',
      '2 - If I cancel, do I get a refund?',
    ]);
  });

  it('in an FAQ, a question after one short sentence that sets the case; elsewhere, that is a line of dialogue', () => {
    const faq = doc('Bike Share FAQ', 'Damage', BODY, 'I had a crash. Am I covered?', BODY, 'Where do I park?', BODY);
    assert.deepEqual(headings(parseText(faq)), ['1 - Damage', '2 - I had a crash. Am I covered?', '2 - Where do I park?']);
    const story = doc('The Harbour', 'Chapter 1', BODY, 'It was late. Was anyone still there?', BODY);
    assert.ok(!headings(parseText(story)).some((h) => h.includes('It was late')));
  });
});

describe('Emacs outline files (GNU NEWS)', () => {
  it('one and two stars head sections and subsections; the mode line is no part of the title', () => {
    const release = (v: string): string[] => [
      `* Noteworthy changes in release ${v} [stable]`,
      '** Bug fixes',
      `  ${BODY}`,
      '** New Features',
      `  ${BODY}`,
    ];
    const text = doc('GNU widget NEWS                                    -*- outline -*-', ...release('4.9'), ...release('4.8'));
    const document = parseText(text);
    assert.equal(document.title, 'GNU widget NEWS');
    assert.deepEqual(headings(document), [
      '1 - Noteworthy changes in release 4.9 [stable]',
      '2 - Bug fixes',
      '2 - New Features',
      '1 - Noteworthy changes in release 4.8 [stable]',
      '2 - Bug fixes',
      '2 - New Features',
    ]);
  });

  it('a loose list of starred items is no outline', () => {
    const text = doc(
      'Shopping',
      'Things to buy this week for the house and the garden:',
      '* Apples from the market',
      '* Bread from the baker',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), []);
  });
});

describe('numbered headings wrapped over two lines', () => {
  it('a question that wraps, over its answer, is a heading; so is a title in title case', () => {
    const text = doc(
      'Notes on the Foo Library',
      '1. Where can I get a Windows DLL version?',
      BODY,
      '2. Will foo work on a big-endian or little-endian architecture, and can I\nexchange compressed data between them?',
      BODY,
      '3. Building, Testing and Installing the Library on the Less Common\n   Operating Systems',
      BODY,
      '4. Steps in a list that wrap\n   over two lines and run on.',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 Where can I get a Windows DLL version?',
      '1 2 Will foo work on a big-endian or little-endian architecture, and can I exchange compressed data between them?',
      '1 3 Building, Testing and Installing the Library on the Less Common Operating Systems',
    ]);
  });
});

describe('underlined titles', () => {
  it("reStructuredText: a link target over the title and the contents directive show nothing; an underlined '502 ...' is a heading", () => {
    const text = [
      '.. _deployment-guide:',
      '',
      '=====================================',
      ' Deploying Kestrel Behind a Proxy',
      '=====================================',
      '',
      ':Date: 2024-03-18',
      '',
      '.. contents:: On this page',
      '   :local:',
      '   :depth: 2',
      '',
      BODY,
      '',
      'Troubleshooting',
      '===============',
      '',
      '502 Bad Gateway',
      '---------------',
      '',
      BODY,
      '',
      'Client IPs are all 127.0.0.1',
      '----------------------------',
      '',
      BODY,
      '',
    ].join('\n');
    const document = parseText(text);
    assert.equal(document.title, 'Deploying Kestrel Behind a Proxy');
    assert.equal(document.date, '2024-03-18');
    assert.deepEqual(headings(document), ['1 - Troubleshooting', '2 - 502 Bad Gateway', '2 - Client IPs are all 127.0.0.1']);
    assert.ok(!allText(document).includes('.. '), 'no markup in the text');
  });

  it('an underline that heads two sections more underlines no title', () => {
    const release = (v: string): string => `Noteworthy changes in release ${v}\n${'='.repeat(34 + v.length)}`;
    const notes = `* Improvements\n  * ${BODY}`;
    const text = doc(release('6.1'), notes, release('6.0'), notes, release('5.19'), notes);
    const document = parseText(text);
    assert.equal(document.title, null);
    assert.deepEqual(headings(document), [
      '1 - Noteworthy changes in release 6.1',
      '1 - Noteworthy changes in release 6.0',
      '1 - Noteworthy changes in release 5.19',
    ]);
    assert.equal(parseText(doc('Widget Guide\n============', BODY, 'Install\n-------', BODY, 'Use\n---', BODY)).title, 'Widget Guide');
  });

  it('a name alone over the lead of a README whose sections are underlined alike is its title', () => {
    const underlined = (t: string): string => `${t}\n${'='.repeat(t.length)}`;
    const lead = `${BODY}\n${BODY}`;
    const sections = [underlined('Building'), BODY, underlined('Usage'), BODY, underlined('Licence'), BODY];
    const readme = parseText(doc(underlined('libspindle'), lead, ...sections));
    assert.equal(readme.title, 'libspindle');
    assert.deepEqual(headings(readme), ['1 - Building', '1 - Usage', '1 - Licence']);
    // (A common word is a first section: `Introduction` is not the document's name.)
    const paper = parseText(doc(underlined('Introduction'), lead, ...sections));
    assert.equal(paper.title, null);
  });

  it('a line underlined to its own length straight under a paragraph is a heading (NEWS files)', () => {
    const release = (v: string, date: string): string => `Foo ${v} (${date})\n${'='.repeat(8 + v.length + date.length)}`;
    const text = doc(
      release('1.2', 'February 5, 2023'),
      `${BODY}\n${BODY}`,
      `Fixes\n-----`,
      `${BODY}\n${release('1.1', 'February 1, 2023')}`,
      `Fixes\n-----`,
      `${BODY}\n${release('1.0', 'January 9, 2023')}`,
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 - Foo 1.2 (February 5, 2023)',
      '2 - Fixes',
      '1 - Foo 1.1 (February 1, 2023)',
      '2 - Fixes',
      '1 - Foo 1.0 (January 9, 2023)',
    ]);
    // A rule under a paragraph's last line, or a box's border under its last row, underlines nothing.
    const box = '*'.repeat(30);
    for (const text of [doc(`${BODY}\nThe last line of it\n${'-'.repeat(30)}`), doc(`${box}\n| The latest release.        |\n${box}`)]) {
      assert.deepEqual(headings(parseText(text)), []);
    }
  });
});

describe("a title page's imprint", () => {
  it('authors over a copyright notice, a lone version line and an issuer line are not sections', () => {
    const text = doc(
      'Big Requests Extension',
      'X Consortium Standard',
      'Bob Scheifler',
      'Version 2.0',
      'Copyright © 1993, 1994 X Consortium',
      'Permission is hereby granted, free of charge, to any person obtaining a copy of\nthis software and associated documentation files (the "Software").',
      '1. Overview',
      BODY,
      '2. Requests',
      BODY,
      'COPYRIGHT',
      'Copyright © 1993 X Consortium. A notice under a heading that names it is its text.',
    );
    assert.deepEqual(headings(parseText(text)), ['1 1 Overview', '1 2 Requests', '1 - COPYRIGHT']);
    const indented = doc(
      'Users and Groups in the Debian System',
      'Joey Hess',
      'Colin Watson',
      '   Copyright © 2001, 2002 Joey Hess',
      `   ${BODY}\n   ${BODY}`,
      '1. Introduction',
      `   ${BODY}\n   ${BODY}`,
      '2. Users and Groups',
      `   ${BODY}\n   ${BODY}`,
    );
    assert.deepEqual(headings(parseText(indented)), ['1 1 Introduction', '1 2 Users and Groups']);
  });

  it("names over their affiliations at the margin of indented prose, before the first chapter, are a title page's", () => {
    const text = doc(
      'X Synchronization Extension Protocol',
      'Tim Glauert',
      'Olivetti Research\nMultiWorks',
      'Dave Carver',
      'Digital Equipment Corporation\nMIT/Project Athena',
      `   ${BODY}\n   ${BODY}`,
      'Chapter 1. Synchronization Protocol',
      `   ${BODY}\n   ${BODY}`,
      'Chapter 2. Requests',
      `   ${BODY}\n   ${BODY}`,
      'Contact',
      'sync@example.org',
    );
    assert.deepEqual(headings(parseText(text)), ['1 Chapter 1 Synchronization Protocol', '1 Chapter 2 Requests', '1 - Contact']);
  });

  it('plain sections after a numbered run held by capitals are sections again (poems after a sonnet sequence)', () => {
    const text = doc(
      'Salt and Lantern',
      'Harbour Morning',
      `${BODY}\n${BODY}`,
      'SONNETS FOR THE KEEPER',
      'I',
      BODY,
      'II',
      BODY,
      'III',
      BODY,
      'The Drowned Bell',
      `${BODY}\n${BODY}`,
      'Inventory',
      `${BODY}\n${BODY}`,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 - Harbour Morning',
      '1 - SONNETS FOR THE KEEPER',
      '2 I ',
      '2 II ',
      '2 III ',
      '1 - The Drowned Bell',
      '1 - Inventory',
    ]);
  });

  it('`Copyright and Licence` is a heading; `Copyright (C) 2007 ...` under a name is an imprint', () => {
    const text = doc('Widget', 'Usage', BODY, 'Copyright and Licence', BODY);
    assert.deepEqual(headings(parseText(text)), ['1 - Usage', '1 - Copyright and Licence']);
  });

  it("a version line's date is the document's", () => {
    assert.equal(
      parseText(doc('The .xz File Format\n===================', 'Version 1.1.0 (2022-12-11)', '0. Preface', BODY, '1. Conventions', BODY))
        .date,
      '2022-12-11',
    );
    assert.equal(
      parseText(doc('Valgrind Documentation', 'Release 3.19.0 11 Apr 2022', '1. Introduction', BODY, '2. Usage', BODY)).date,
      '11 Apr 2022',
    );
  });

  it('a subtitle or the authors between the title and its date line are not a section, and the date is found', () => {
    const text = doc(
      'Reforming the Footpath Grant',
      'Consultation paper',
      'Published: 14 March 2024\nClosing date: 9 May 2024 at 23:59',
      BODY,
      '1. Introduction',
      BODY,
      '2. Proposals',
      BODY,
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 1 Introduction', '1 2 Proposals']);
    assert.equal(document.date, '14 March 2024');
  });

  it('a changelog has many version lines, each a section', () => {
    const text = doc('Widget NEWS', 'Version 2.1', BODY, 'Version 2.0', BODY, 'Version 1.0', BODY);
    assert.deepEqual(headings(parseText(text)), ['1 - Version 2.1', '1 - Version 2.0', '1 - Version 1.0']);
  });
});

describe('a numbered heading over a table or a list', () => {
  it('a table or bullets indented under a numbered heading are its section, not an item answer', () => {
    const table =
      '   Objective                          Endpoint\n   To evaluate efficacy at week 16    PASI 75 at week 16\n   To evaluate safety                 Incidence of AEs';
    const text = doc('Widget Study', '1. Introduction', BODY, '2. Objectives', table, '3. Design', BODY);
    assert.deepEqual(headings(parseText(text)), ['1 1 Introduction', '1 2 Objectives', '1 3 Design']);
    const sheet = doc(
      'NGS7301 Converter',
      '1 Features',
      '  • 4.5-V to 36-V input voltage range\n  • 1-A continuous output current',
      '2 Applications',
      '  • Factory automation\n  • Building automation',
      '3 Description',
      BODY,
    );
    assert.deepEqual(headings(parseText(sheet)), ['1 1 Features', '1 2 Applications', '1 3 Description']);
  });
});

describe('more label words', () => {
  it('Step, Finding and Proposal label headings that come in a sequence; Proposal C is the third', () => {
    const tutorial = doc('Go Tutorial', 'Step 1: Create a Module', BODY, 'Step 2: Add Flags', BODY);
    assert.deepEqual(headings(parseText(tutorial)), ['1 Step 1 Create a Module', '1 Step 2 Add Flags']);
    const text = doc(
      'Consultation',
      '3. Proposals',
      BODY,
      'Proposal A – Move to three-year settlements',
      BODY,
      'Proposal B – Update the formula',
      BODY,
      'Proposal C – Allow pooling between authorities',
      BODY,
      '4. Impacts',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 3 Proposals',
      '2 Proposal A Move to three-year settlements',
      '2 Proposal B Update the formula',
      '2 Proposal C Allow pooling between authorities',
      '1 4 Impacts',
    ]);
    // A lone one is a remark.
    assert.deepEqual(headings(parseText(doc('Notes', 'Step 1: do this first', BODY))), []);
  });

  it('across a form feed, a heading after a box is not the box', () => {
    const box = '+--------------------------------+\n| Question 3                     |\n+--------------------------------+';
    const text = doc('Paper', '1. Proposals', BODY, box, '\f\n2. Impacts', BODY, '3. Next steps', BODY);
    assert.deepEqual(headings(parseText(text)), ['1 1 Proposals', '1 2 Impacts', '1 3 Next steps']);
  });
});

describe('data under a heading', () => {
  it('an indented line of data, a ruled table header and a signature block are not headings', () => {
    const text = doc(
      'Accident Report',
      '1. Factual Information',
      BODY,
      '1.1 Meteorological Information',
      'The automatic weather station west of the airfield recorded:',
      '     METAR YTCK 090430Z AUTO 22018G31KT 9999 FEW045 31/12 Q1009',
      BODY,
      '1.2 Engines',
      `${BODY}\n\n   Engine                         Efficiency     T_h / K\n   ------------------------------------------------------\n   Petrol engine (car)            0.25           ~2300`,
      'APPROVAL SIGNATURES',
      'I have read this report and agree that it contains all information needed.',
      'Sponsor Medical Monitor',
      '_______________________________          ________________\nDr Ingrid Sol, MD                        Date',
      '2. Analysis',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 Factual Information',
      '2 1.1 Meteorological Information',
      '2 1.2 Engines',
      '1 - APPROVAL SIGNATURES',
      '1 2 Analysis',
    ]);
  });
});

describe('printed contents', () => {
  it('ends at the heading its first entry points to, however that heading writes its label', () => {
    const text = doc(
      'Big Requests Extension',
      'Table of Contents',
      '1. Overview\n2. Requests\n3. Encoding',
      'Chapter 1. Overview',
      BODY,
      'Chapter 2. Requests',
      BODY,
      'Chapter 3. Encoding',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 - Table of Contents',
      '1 Chapter 1 Overview',
      '1 Chapter 2 Requests',
      '1 Chapter 3 Encoding',
    ]);
  });

  it('ends at a label alone that an entry named, its title on the next line (`TITOLO I` / `DISPOSIZIONI GENERALI`)', () => {
    const text = doc(
      'REGOLAMENTO PER LA CONCESSIONE DEGLI IMPIANTI SPORTIVI',
      'INDICE',
      'TITOLO I – DISPOSIZIONI GENERALI\nArt. 1 – Oggetto\nTITOLO II – CONCESSIONE IN USO\nArt. 2 – Domanda',
      'TITOLO I\nDISPOSIZIONI GENERALI',
      'Art. 1 – Oggetto\n1. Il presente regolamento disciplina la concessione degli impianti.',
      'TITOLO II\nCONCESSIONE IN USO',
      'Art. 2 – Domanda\n1. La domanda deve essere presentata entro il 30 giugno.',
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 - INDICE',
      '1 TITOLO I DISPOSIZIONI GENERALI',
      '2 Art. 1 Oggetto',
      '1 TITOLO II CONCESSIONE IN USO',
      '2 Art. 2 Domanda',
    ]);
  });

  it('`contents of which ...` going on from the line above is a sentence, not a contents header', () => {
    const text = doc(
      'Related applications',
      'This application claims priority to an earlier Swedish application, the\ncontents of which are incorporated herein by reference.',
      'Background',
      'Field of the invention',
      'The present disclosure relates generally to battery\nsystems and to the thermal management of packs.',
      'Summary',
      BODY,
    );
    const document = parseText(text);
    assert.deepEqual(document.boilerplate, []);
    assert.match(allText(document), /thermal management of packs/);
  });
});

describe('lines indented past the text', () => {
  it('an example line indented under its text is not a heading; a prompt in a man page neither', () => {
    const text = doc(
      'README file for Foo\n-------------------',
      'Building Foo\n------------',
      BODY,
      'Testing Foo\n-----------',
      'To run only particular tests, give their numbers as arguments, for example:',
      '  RunTest 2 7 11',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 - Building Foo', '1 - Testing Foo']);
    const page = [
      'NAME\n       foo - do things',
      'DESCRIPTION\n       Foo does things to files. For example, to generate candidate primes, run:',
      '             # foo -M generate -O bits=2048 moduli.candidates',
      '       By default, the search for primes begins at a random point in the range.',
      '   GET NAME\n       When called without any arguments, the program displays the names.',
      'FILES\n       ~/.foo/config',
    ].join('\n\n');
    assert.deepEqual(headings(parseText(`${page}\n`)), ['1 - NAME', '1 - DESCRIPTION', '2 - GET NAME', '1 - FILES']);
  });

  it('list items whose lines hang under their text: the hanging indentation is not the prose indentation', () => {
    const text = doc(
      'Release notes',
      'Fixes:',
      '- Fix CI builds with recent git versions (dbus#447, Simon McVittie)',
      '- On Linux, dbus-daemon now creates a path-based Unix socket when asked\n  to listen on a unix:tmpdir=... address.\n  Previous versions would have created an abstract socket.\n  This change primarily affects the well-known session bus.',
    );
    assert.deepEqual(headings(parseText(text)), []);
  });
});

describe('code is not a heading', () => {
  it('settings, formulas and identifiers standing alone, in capitals or not', () => {
    const text = doc(
      'I. Introduction',
      BODY,
      'For example:',
      'CPPFLAGS=-DPNG_NO_FLOATING_ARITHMETIC',
      BODY,
      'Y = 0.2126 * R + 0.7152 * G + 0.0722 * B',
      BODY,
      'PNG_FORMAT_*',
      BODY,
      '  PNG_IMAGE_SAMPLE_SIZE(fmt)\n    Returns the size in bytes of one sample of the image.',
      'II. Structures',
      BODY,
      'A. Changing the configuration',
      BODY,
      'B. Configuration by the user',
      BODY,
      'III. Reading',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 I Introduction',
      '1 II Structures',
      '2 A Changing the configuration',
      '2 B Configuration by the user',
      '1 III Reading',
    ]);
  });
  it('code copied flush left with its body indented under its first line stays as written', () => {
    const text = doc(
      'I want the rest to stop at once, but gather() lets them keep running:',
      'async def fetch(i):\n    await asyncio.sleep(i)\n    if i == 1:\n        raise RuntimeError("failed")',
      'int main(void) {\n    return 0;\n}',
      'Requirements (optional):\n    Python 3.9 or later, which the scripts need to run at all.',
      // (Code opening with a statement under a label, its bracket closed on a later line; a JSON object.)
      '   EXAMPLE 2\n   const mq = matchMedia("(ambient-light: dim)");\n   mq.addEventListener("change", (e) => {\n     document.body.classList.toggle("dim", e.matches);\n   });',
      '{\n  "name": "widget",\n  "version": "1.0.0"\n}',
      // (But a paragraph with an example run on under it stays prose.)
      'For example, this construction fails if the module has not yet\nbeen loaded when the function is defined:\n   bad() {\n     private x\n   }',
    );
    const blocks = parseText(text).lead;
    assert.deepEqual(
      blocks.map((b) => b.type),
      // (The label stands apart: `EXAMPLE 2`. `Requirements (optional):` is a label over its text: prose, in two lines.)
      ['paragraph', 'preformatted', 'preformatted', 'lines', 'paragraph', 'preformatted', 'preformatted', 'paragraph'],
    );
    assert.equal(blocks[1]?.text, 'async def fetch(i):\n    await asyncio.sleep(i)\n    if i == 1:\n        raise RuntimeError("failed")');
  });

  it('a numbered clause wrapped by hand, its next line going on in lower case, is no heading over a paragraph', () => {
    const text = doc(
      'CLÁUSULA TERCEIRA – DO PREÇO',
      '3.1. Pelos serviços ora contratados, o CONTRATANTE pagará à CONTRATADA\no valor mensal de R$ 4.850,00 (quatro mil, oitocentos e cinquenta reais).',
      '3.2. O pagamento será efetuado até o dia 10 (dez) de cada mês, mediante\napresentação de nota fiscal.',
      'CLÁUSULA QUARTA – DO FORO',
      BODY,
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 CLÁUSULA TERCEIRA DO PREÇO', '1 CLÁUSULA QUARTA DO FORO']);
    assert.match(allText(document), /CONTRATADA o valor mensal/);
  });

  it('items marked `I –`, `○`, each stand alone; a line under `○` that wraps to `-q ...` goes on', () => {
    const text = doc(
      'Contrato',
      '1.1. Os serviços compreendem:',
      'I – inspeção mensal dos quadros;\nII – limpeza semestral dos reservatórios;\nIII – manutenção das bombas.',
      '  ○ 신청 접수 : 2024. 3. 25.(월) ~ 4. 12.(금)\n  ○ 서면평가 : 4. 15.(월) ~ 4. 19.(금)',
      '○ zstd shows a short help page when the command line is an error. Use\n-q to turn it off.\n○ --adapt: zstd adapts the level.',
    );
    assert.deepEqual(
      parseText(text).lead.map((b) => b.text),
      [
        '1.1. Os serviços compreendem:',
        'I – inspeção mensal dos quadros;',
        'II – limpeza semestral dos reservatórios;',
        'III – manutenção das bombas.',
        '○ 신청 접수 : 2024. 3. 25.(월) ~ 4. 12.(금)',
        '○ 서면평가 : 4. 15.(월) ~ 4. 19.(금)',
        '○ zstd shows a short help page when the command line is an error. Use -q to turn it off.',
        '○ --adapt: zstd adapts the level.',
      ],
    );
  });

  it('Texinfo underlines its fourth level with dots; dots under a line of output are an ellipsis', () => {
    const text = doc(
      'Tally\n*****',
      '3 Counting modes\n****************',
      '3.1 Simple counts\n=================',
      BODY,
      '3.2 Pattern counts\n==================',
      '3.2.1 Regular expressions\n.........................',
      BODY,
      '3.3 Output\n==========',
      '$ tally --verbose\n...',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 3 Counting modes',
      '2 3.1 Simple counts',
      '2 3.2 Pattern counts',
      '3 3.2.1 Regular expressions',
      '2 3.3 Output',
    ]);
  });

  it('contents under their names in more languages: Inhaltsübersicht, Inhoudsopgave, Содержание, 목차', () => {
    for (const name of ['Inhaltsübersicht', 'Inhoudsopgave', 'Содержание', '목차']) {
      const text = doc('Gesetz', name, 'Abschnitt 1\nAllgemeines', '§ 1  Zweck', 'Abschnitt 1\nAllgemeines', '§ 1 Zweck', BODY);
      const document = parseText(text);
      assert.deepEqual(headings(document).slice(1), ['1 Abschnitt 1 Allgemeines', '2 § 1 Zweck'], name);
      assert.equal(document.boilerplate.filter((b) => b.kind === 'contents').length, 3, name);
    }
  });

  it("section marks over paths nest by the path (`§ 2.1`, `§ A.1`); a law's `§ 3` stays a section of its own", () => {
    const spec = doc(
      'Ambient Light',
      '§ 1. Introduction',
      BODY,
      '§ 2. Model',
      '§ 2.1 Light levels',
      BODY,
      '§ 2.1.1 Hysteresis',
      BODY,
      '§ 3. Conformance',
      BODY,
      '§ A. References',
      '§ A.1 Normative references',
      BODY,
    );
    assert.deepEqual(headings(parseText(spec)), [
      '1 § 1 Introduction',
      '1 § 2 Model',
      '2 § 2.1 Light levels',
      '3 § 2.1.1 Hysteresis',
      '1 § 3 Conformance',
      '1 § A References',
      '2 § A.1 Normative references',
    ]);
    const law = doc('Gesetz', 'Abschnitt 1\nAllgemeines', '§ 1 Zweck', BODY, '§ 2 Begriffe', BODY);
    assert.deepEqual(headings(parseText(law)), ['1 Abschnitt 1 Allgemeines', '2 § 1 Zweck', '2 § 2 Begriffe']);
  });

  it("dates: a specification's status line, a contract's place and date over its signatures, a Korean release's header", () => {
    const spec = doc('Ambient Light Hints', 'W3C Working Draft 05 March 2024', '1. Introduction', BODY, '2. Model', BODY);
    assert.equal(parseText(spec).date, '05 March 2024');
    const contract = doc(
      'CONTRATO DE PRESTAÇÃO DE SERVIÇOS',
      '1. Do objeto',
      BODY,
      '2. Do foro',
      BODY,
      'São Paulo, 12 de março de 2024.',
      'Ana Lima\nCONTRATANTE',
    );
    assert.equal(parseText(contract).date, '12 de março de 2024');
    const release = doc(
      '\t\t\t보 도 자 료',
      '배포일시  2024. 3. 18.(월) 09:00\t담당부서  디지털산업정책과\n보도일시  2024. 3. 19.(화) 조간\t담당자  과장 김민서',
      '      중소기업 디지털 전환 지원사업 2024년 추진계획 발표\n  - 올해 1,200개 기업 대상 -',
      '1. 추진 배경',
      BODY,
      '2. 주요 내용',
      BODY,
    );
    const document = parseText(release);
    assert.equal(document.date, '2024. 3. 18.');
    assert.equal(document.title, '중소기업 디지털 전환 지원사업 2024년 추진계획 발표');
  });

  it('a question before the numbered sections is their peer, as other front matter is', () => {
    const text = doc(
      'Chronic cough in adults',
      'Overview',
      BODY,
      'Who is it for?',
      '  •  Healthcare professionals in primary and secondary care\n  •  Adults with chronic cough',
      '1 Recommendations',
      BODY,
      '1.1 Initial assessment',
      BODY,
      '2 Rationale',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 - Overview',
      '1 - Who is it for?',
      '1 1 Recommendations',
      '2 1.1 Initial assessment',
      '1 2 Rationale',
    ]);
  });

  it('titles: one straight over its date line, one broken after a joining word that goes on in lower case', () => {
    const spec = parseText(doc('Ambient Light Hints\n05 March 2024', 'Abstract', BODY, '1. Introduction', BODY, '2. Model', BODY));
    assert.equal(spec.title, 'Ambient Light Hints');
    assert.equal(spec.date, '05 March 2024');
    const guideline = parseText(
      doc('Chronic cough in adults: assessment and\nmanagement', 'Clinical guideline\nPublished: 11 April 2024', 'Overview', BODY),
    );
    assert.equal(guideline.title, 'Chronic cough in adults: assessment and management');
    // (pandoc's plain title block: the title over its authors and date.)
    const paper = parseText(
      doc(
        'Sparse Tide Gauges and Coastal Flood Forecasting\nInes Calloway and Tomasz Wrobel\n12 February 2024',
        'ABSTRACT',
        BODY,
        'INTRODUCTION',
        BODY,
      ),
    );
    assert.equal(paper.title, 'Sparse Tide Gauges and Coastal Flood Forecasting');
    assert.equal(paper.date, '12 February 2024');
  });

  it('a heading with a gap inside its line over a list indented less than its title is a heading, not an item', () => {
    const rule = '='.repeat(60);
    const section = (n: number, title: string, body: string): string =>
      `${rule}\n${n}. ${title}                              [SEC0${n}]\n${rule}\n\n${body}`;
    const text = doc(
      'LANTERNWAKE GUIDE',
      section(4, 'SECRETS', '  * Golden Lantern  - Light all 48 lamps in the game.'),
      section(5, 'VERSION HISTORY', '  v1.3 (02/11/2023) - Added the riddle answers.\n  v1.0 (12/30/2022) - First version.'),
      section(6, 'LEGAL', BODY),
    );
    assert.deepEqual(
      headings(parseText(text)).map((h) => h.replace(/ \[SEC0\d\]$/, '')),
      ['1 4 SECRETS', '1 5 VERSION HISTORY', '1 6 LEGAL'],
    );
  });

  it('an appendix lettered alone over its lettered subsections is a peer of the numbered sections', () => {
    const text = doc(
      'Ambient Light Hints',
      '1. Introduction',
      BODY,
      '2. Conformance',
      BODY,
      'A. References',
      'A.1 Normative references',
      BODY,
      'A.2 Informative references',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 Introduction',
      '1 2 Conformance',
      '1 A References',
      '2 A.1 Normative references',
      '2 A.2 Informative references',
    ]);
  });

  it('a Korean report: 가. 나. subsections under numbered sections; its □ and ※ lines are text', () => {
    const text = doc(
      '중소기업 디지털 전환 지원사업 추진계획',
      '1. 추진 배경',
      '□ 중소기업의 디지털 전환 수준은 여전히 낮은 상황이다.\n  ○ 올해 사업은 제조·유통·서비스 분야 중소기업을 대상으로 하며,\n    전년 대비 26% 확대된 규모이다',
      '2. 주요 내용',
      ' 가. 지원 대상 및 규모',
      '□ 「중소기업기본법」에 따른 중소기업',
      ' 나. 지원 내용',
      '□ 기업의 디지털 전환 단계에 따라 맞춤형으로 지원한다.',
      '3. 기대 효과',
      '□ 참여기업의 생산성이 향상될 것으로 기대된다.\n  ○ 참여기업의 생산성이 평균 15% 이상 향상될 것으로 기대되며,\n    이는 지역 경제에도 긍정적인 효과를 줄 것이다.\n  ○ 전년 대비 지원 규모가 확대되어 더 많은 기업이 혜택을 받는다.',
      '※ 문의처: 한국디지털진흥원 디지털산업정책과 (044-000-1234)',
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 추진 배경',
      '1 2 주요 내용',
      '2 가 지원 대상 및 규모',
      '2 나 지원 내용',
      '1 3 기대 효과',
    ]);
  });

  it('a letterhead in cells over the title line is not the title; a title with its mode line in cells is', () => {
    const text = doc(
      'GEMEENTEBLAD                    Officiële uitgave van de gemeente Waterland-Oost',
      'Verordening maatschappelijke ondersteuning 2024',
      'Hoofdstuk 1 Algemeen',
      BODY,
      'Hoofdstuk 2 Procedure',
      BODY,
    );
    assert.equal(parseText(text).title, 'Verordening maatschappelijke ondersteuning 2024');
    const news = doc(
      'GNU grep NEWS                                    -*- outline -*-',
      '* Noteworthy changes in release 3.11',
      BODY,
      '* Noteworthy changes in release 3.10',
      BODY,
    );
    assert.equal(parseText(news).title, 'GNU grep NEWS');
  });

  it('a Vietnamese decree: Chương > Mục > Điều, its letterhead in cells, its place and date', () => {
    const text = doc(
      'CHÍNH PHỦ\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n-------\t\t\tĐộc lập - Tự do - Hạnh phúc\n\t\t\t---------------\nSố: 27/2024/NĐ-CP\t\tHà Nội, ngày 15 tháng 3 năm 2024',
      'NGHỊ ĐỊNH\nQUY ĐỊNH VỀ KINH DOANH DỊCH VỤ LƯU TRÚ',
      'Chương I\nQUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về kinh doanh dịch vụ lưu trú.',
      'Điều 2. Đối tượng áp dụng\n1. Hộ gia đình kinh doanh dịch vụ lưu trú.\n2. Cơ quan quản lý nhà nước.',
      'Chương II\nĐIỀU KIỆN KINH DOANH',
      'Mục 1\nĐIỀU KIỆN CHUNG',
      'Điều 3. Điều kiện chung\nCơ sở phải bảo đảm an ninh, trật tự.',
    );
    const document = parseText(text);
    assert.equal(document.title, 'QUY ĐỊNH VỀ KINH DOANH DỊCH VỤ LƯU TRÚ');
    assert.equal(document.date, 'ngày 15 tháng 3 năm 2024');
    assert.deepEqual(headings(document), [
      '1 Chương I QUY ĐỊNH CHUNG',
      '2 Điều 1 Phạm vi điều chỉnh',
      '2 Điều 2 Đối tượng áp dụng',
      '1 Chương II ĐIỀU KIỆN KINH DOANH',
      '2 Mục 1 ĐIỀU KIỆN CHUNG',
      '3 Điều 3 Điều kiện chung',
    ]);
  });

  it('an Arabic statute: الفصل with ordinal words > المادة with numbers, in brackets too; the date it closes with', () => {
    const text = doc(
      'قانون رقم (12) لسنة 2023',
      'الفصل الأول\nأحكام عامة',
      'المادة 1\nتسري أحكام هذا القانون على جميع الجمعيات التعاونية الزراعية.',
      'المادة (2)\nتهدف الجمعيات التعاونية الزراعية إلى تحسين أوضاع أعضائها.',
      'الفصل الثاني\nتأسيس الجمعية',
      'المادة (3)\nتكتسب الجمعية الشخصية الاعتبارية من تاريخ قيدها.',
      'صدر عنا في قصر الرئاسة:\nبتاريخ: 22 رجب 1444هـ\nالموافق: 13 فبراير 2023م',
    );
    const document = parseText(text);
    assert.equal(document.date, '13 فبراير 2023');
    assert.deepEqual(
      flattenSections(document.sections).map((s) => `${s.level} ${s.number}`),
      ['1 الفصل الأول', '2 المادة 1', '2 المادة (2)', '1 الفصل الثاني', '2 المادة (3)'],
    );
  });

  it("a bill's lines numbered in the margin: the numbers go, and paragraphs start where a line is set in", () => {
    const body = [
      'AN ACT relating to the licensing of electronic books by public',
      'libraries; and adding a new chapter to Title 27 NCC.',
      '     BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF NORTH CASCADIA:',
      '     SECTION 1.  Findings.',
      '     The legislature finds that public libraries increasingly',
      'acquire electronic books under license agreements rather than by',
      'purchase; and that these terms cost libraries substantially more.',
      '     Sec. 2.  Definitions.',
      '     The definitions in this section apply throughout this chapter',
      'unless the context clearly requires otherwise.',
      '     (1) "Electronic book" means an electronic version of a literary',
      'work in book form, including an audiobook.',
      '     Sec. 3.  License terms.',
      '     A publisher that offers to license an electronic book to',
      'the public shall offer to license it to libraries on reasonable',
      'terms, and shall not limit the number of loans.',
      '     Sec. 4.  Enforcement.',
      '     The attorney general may enforce this chapter, and a',
      'violation of this chapter is an unfair practice under',
      'chapter 19.86 NCC.',
      '     Sec. 5.  Effective date.',
      '     This act takes effect January 1, 2025.',
    ];
    const numbered = body.map((line, i) => `${String(i + 1).padStart(2)}  ${line}`).join('\n');
    const document = parseText(`HOUSE BILL 1234\n\n${numbered}\n`);
    assert.deepEqual(headings(document), [
      '1 SECTION 1 Findings.',
      '1 Sec. 2 Definitions.',
      '1 Sec. 3 License terms.',
      '1 Sec. 4 Enforcement.',
      '1 Sec. 5 Effective date.',
    ]);
    assert.match(allText(document), /^The legislature finds that public libraries increasingly acquire electronic books/m);
    assert.ok(!/\b1[0-9] /.test(allText(document)), allText(document));
  });

  it('subtitles are cues in time: no line of them heads a section, `CHAPTER TWO` on a title card neither', () => {
    const cue = (n: number, text: string): string =>
      `${n}\n00:00:${String(n * 2).padStart(2, '0')},000 --> 00:00:${String(n * 2 + 1).padStart(2, '0')},500\n${text}`;
    const text = doc(
      cue(1, 'Previously on Harbour Lights...'),
      cue(2, 'MARA: I need to be on the island\ntonight.'),
      cue(3, 'CHAPTER TWO'),
      cue(4, 'DEV: The ferry is not going anywhere.'),
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), []);
    assert.equal(document.title, null);
  });

  it("a screenplay's title page: `Written by` and the writer's name are no headings, and its draft date stands", () => {
    const page = [
      '                              THE LAST FERRY',
      '',
      '                                Written by',
      '',
      '                              Marisol Keane',
      '',
      '                                                  Second Draft',
      '                                                  March 3, 2024',
      '',
      'Marisol Keane',
      'c/o Brightwater Literary',
      '\f',
      'EXT. HARBOUR - NIGHT',
      '',
      'Rain on the water. A ferry waits at the quay.',
      '',
      'INT. FERRY CABIN - NIGHT',
      '',
      'Mara sits alone by the window.',
      '',
    ].join('\n');
    const document = parseText(page);
    assert.equal(document.title, 'THE LAST FERRY');
    assert.equal(document.date, 'March 3, 2024');
    assert.ok(!headings(document).some((h) => /Keane|Written/.test(h)), headings(document).join('; '));
  });

  it("a contract's clauses numbered in words: CLÁUSULA PRIMEIRA ... DÉCIMA PRIMEIRA, CLÁUSULA TERCERA", () => {
    const clause = (n: string, title: string): string => `CLÁUSULA ${n} – ${title}\n\n${BODY}`;
    const text = doc('CONTRATO', clause('PRIMEIRA', 'DO OBJETO'), clause('SEGUNDA', 'DO PRAZO'), clause('DÉCIMA PRIMEIRA', 'DO FORO'));
    assert.deepEqual(
      flattenSections(parseText(text).sections).map((s) => `${s.number} | ${s.title}`),
      ['CLÁUSULA PRIMEIRA | DO OBJETO', 'CLÁUSULA SEGUNDA | DO PRAZO', 'CLÁUSULA DÉCIMA PRIMEIRA | DO FORO'],
    );
  });

  it('an Italian regulation: TITOLO > CAPO > Art.; the comune and its città metropolitana are its issuers', () => {
    const text = doc(
      'COMUNE DI SAN GIORGIO DI VALPERGA\nCittà Metropolitana di Torino',
      'REGOLAMENTO PER LA CONCESSIONE IN USO DEGLI IMPIANTI SPORTIVI',
      'Approvato con deliberazione del Consiglio Comunale n. 23 del 28/04/2021',
      'TITOLO I – DISPOSIZIONI GENERALI',
      'Art. 1 – Oggetto',
      BODY,
      'TITOLO II – CONCESSIONE IN USO',
      'CAPO I – PROCEDIMENTO',
      'Art. 2 – Soggetti richiedenti',
      BODY,
      'CAPO II – OBBLIGHI DEL CONCESSIONARIO',
      'Art. 3 – Obblighi',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'REGOLAMENTO PER LA CONCESSIONE IN USO DEGLI IMPIANTI SPORTIVI');
    assert.deepEqual(
      flattenSections(document.sections).map((s) => `${s.level} ${s.number}`),
      ['1 TITOLO I', '2 Art. 1', '1 TITOLO II', '2 CAPO I', '3 Art. 2', '2 CAPO II', '3 Art. 3'],
    );
  });

  it('a Russian law from a legal database: its banner is chrome, its date and number above the title date it', () => {
    const text = doc(
      'Документ предоставлен КонсультантПлюс\nДата сохранения: 12.09.2024',
      '27 июля 2006 года N 152-ФЗ',
      'РОССИЙСКАЯ ФЕДЕРАЦИЯ',
      'ФЕДЕРАЛЬНЫЙ ЗАКОН',
      'О ПЕРСОНАЛЬНЫХ ДАННЫХ',
      'Принят\nГосударственной Думой\n8 июля 2006 года',
      'Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ',
      'Статья 1. Сфера действия настоящего Федерального закона',
      BODY,
      'Статья 2. Цель настоящего Федерального закона',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'О ПЕРСОНАЛЬНЫХ ДАННЫХ');
    assert.equal(document.date, '27 июля 2006 года');
    assert.ok(!allText(document).includes('КонсультантПлюс'));
  });

  it("an official journal's masthead over an act is no title; the act's name is", () => {
    const text = doc(
      'Official Journal\nof the European Union\n\tEN\nL series\n2024/817\t28.3.2024',
      'REGULATION (EU) 2024/817 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
      'of 12 March 2024',
      'on common rules for access to public charging point data',
      'CHAPTER I\nGENERAL PROVISIONS',
      'Article 1\nSubject matter',
      BODY,
      'Article 2\nDefinitions',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'REGULATION (EU) 2024/817 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL');
    assert.equal(document.date, '12 March 2024');
  });

  it("an Info manual: node lines and menus are navigation, an index's menu is the index", () => {
    const node = (name: string): string => `File: tally.info,  Node: ${name},  Up: Top`;
    const text = doc(
      node('Top'),
      'Tally\n*****',
      BODY,
      '* Menu:\n\n* Overview::                    What Tally does.\n* Index::                       Concept index.',
      node('Overview'),
      '1 Overview\n**********',
      BODY,
      '1.1 History\n===========',
      BODY,
      node('Index'),
      'Index\n*****',
      '* Menu:\n\n* history:                               History.             (line  6)',
    );
    const document = parseText(text);
    assert.equal(document.title, 'Tally');
    assert.deepEqual(headings(document), ['1 1 Overview', '2 1.1 History', '1 - Index']);
    assert.ok(!allText(document).includes('Node:') && !allText(document).includes('Overview::'));
    assert.match(allText(document), /\* history: +History\./);
  });

  it("a banner's letters drawn in punctuation stay as drawn; the title in capitals under them keeps its colon", () => {
    const art = [
      '     _____ _             _',
      '    / ____| |           | |',
      '   | (___ | |_ ___  __ _| |_',
      '    \\___ \\| __/ _ \\/ _` | __|',
      '   |_____/ \\__\\___|\\__,_|\\__|___/',
    ].join('\n');
    const document = parseText(doc(art, '            LANTERNWAKE: THE DROWNED KINGDOM', '1. INTRODUCTION', BODY, '2. CONTROLS', BODY));
    assert.deepEqual(
      document.lead.map((b) => b.type),
      ['preformatted'],
    );
    assert.equal(document.lead[0]?.text.split('\n').length, 5);
    assert.equal(document.title, 'LANTERNWAKE: THE DROWNED KINGDOM');
    assert.deepEqual(headings(document), ['1 1 INTRODUCTION', '1 2 CONTROLS']);
  });

  it('code hung under its first line stays as written, though its lines line up like a centred block', () => {
    const text = doc(
      'A new user who writes this:',
      '    def add_tag(tag, tags=[]):\n        tags.append(tag)\n        return tags',
      'is surprised when the list is shared between calls.',
    );
    const blocks = parseText(text).lead;
    assert.deepEqual(
      blocks.map((b) => b.type),
      ['paragraph', 'preformatted', 'paragraph'],
    );
    assert.equal(blocks[1]?.text, 'def add_tag(tag, tags=[]):\n    tags.append(tag)\n    return tags');
  });
});

describe('a text set in by a common margin', () => {
  it('a HOWTO whose every line is indented two columns has its headings at the margin, its code still indented', () => {
    const text = doc(
      '  The Serial HOWTO\n  v1.3, 2023-05-02',
      '  1.  Introduction',
      '  A serial console is invaluable when a machine has no display at all.',
      '  1.1.  Copyright',
      '  Copyright (c) 2019-2023 Jane Doe.',
      '  2.  Hardware',
      '  Connecting two computers needs a null-modem cable, and this:',
      '      $ stty -F /dev/ttyS0 115200\n      $ screen /dev/ttyS0',
    );
    const document = parseText(text);
    assert.equal(document.title, 'The Serial HOWTO');
    assert.deepEqual(headings(document), ['1 1 Introduction', '2 1.1 Copyright', '1 2 Hardware']);
    const code = flattenSections(document.sections)[2]?.blocks[1];
    assert.equal(code?.text, '$ stty -F /dev/ttyS0 115200\n$ screen /dev/ttyS0');
  });

  it('a running head at the margin of pages whose text is set in does not hold the margin', () => {
    const page = (n: number): string =>
      `Widget Notes. Draft for review.\n\n  ${n}.  Part ${n}\n\n  ${BODY}\n  ${BODY}\n\n  ${n}.1.  Detail\n\n  ${BODY}\n`;
    const document = parseText([1, 2, 3].map(page).join('\f'));
    assert.deepEqual(headings(document), ['1 1 Part 1', '2 1.1 Detail', '1 2 Part 2', '2 2.1 Detail', '1 3 Part 3', '2 3.1 Detail']);
  });
});

describe('ways to get somewhere', () => {
  it('`By air` and `By train` are subheads; `By Anna Keller` is a byline', () => {
    const text = doc('Getting around Porto', 'By Anna Keller', 'By air', BODY, 'By train', BODY, 'On foot', BODY);
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - By air', '1 - By train', '1 - On foot']);
    assert.equal(document.title, 'Getting around Porto');
  });
});

describe("a page's own contents", () => {
  it('headings a `Jump to:` list names are sections; the ones between them it does not name are their subsections', () => {
    const text = doc(
      'Porto travel guide',
      'Jump to:\nGetting there\nWhere to stay\nEat',
      `Getting there\nBy air\n${BODY}`,
      `By train\n${BODY}`,
      'Where to stay',
      `Ribeira\n${BODY}`,
      'Eat',
      BODY,
      `Pastries\n${BODY}`,
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), [
      '1 - Getting there',
      '2 - By air',
      '2 - By train',
      '1 - Where to stay',
      '2 - Ribeira',
      '1 - Eat',
      '1 - Pastries',
    ]);
    assert.deepEqual(
      document.boilerplate.map((b) => `${b.kind} ${b.text}`),
      ['contents Jump to:', 'contents Getting there', 'contents Where to stay', 'contents Eat'],
    );
  });
});

describe('a subhead set straight over its list', () => {
  it('over the list, or over the lead-in of its list, as a leaflet sets them; the list is its text', () => {
    const text = doc(
      '1. What Xylorin is',
      BODY,
      '2. Before you take Xylorin',
      'Warnings and precautions\nTalk to your doctor, pharmacist or nurse before taking Xylorin:\n- if you have kidney problems\n- if you are older than 70 years.',
      'Major changes from 1.3 to 1.3.1\n- zgrep now supports long options.',
      '3. Contents of the pack',
      'What Xylorin contains\n- The active substance is atorvastatin.\n- The other ingredients are lactose and talc.',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), [
      '1 1 What Xylorin is',
      '1 2 Before you take Xylorin',
      '2 - Warnings and precautions',
      '2 - Major changes from 1.3 to 1.3.1',
      '1 3 Contents of the pack',
      '2 - What Xylorin contains',
    ]);
    assert.match(allText(document), /^- zgrep now supports long options\.$/m);
  });
});

describe('recitals numbered alone on their line', () => {
  it('`(1)` over its sentence is a numbered paragraph, and the chapters are not nested under it', () => {
    const text = doc(
      'REGULATION (EU) 2024/817 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
      '(1)',
      'Drivers need reliable, up-to-date information on the location and price of\nrecharging points.',
      '(2)',
      'The formats and access conditions vary considerably between Member States.',
      'HAVE ADOPTED THIS REGULATION:',
      'CHAPTER I',
      'GENERAL PROVISIONS',
      'Article 1',
      'Subject matter',
      BODY,
      'Article 2',
      'Entry into force',
      BODY,
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 CHAPTER I GENERAL PROVISIONS', '2 Article 1 Subject matter', '2 Article 2 Entry into force']);
    assert.match(allText(document), /^\(1\)$/m);
  });
});

describe('Org files', () => {
  it('keyword lines give the title and date; `*` lines are headings, set straight on their text or not; blocks stay as written', () => {
    const text = [
      '#+TITLE: Homelab Migration Notes',
      '#+DATE: 2024-03-09',
      '#+STARTUP: overview',
      '',
      'Working notes for the move, nothing polished.',
      '',
      '* Inventory',
      ':PROPERTIES:',
      ':CUSTOM_ID: inventory',
      ':END:',
      '** Services running on atlas',
      '- Home Assistant',
      '- Nextcloud',
      '* Network plan',
      '#+begin_src conf',
      '# /etc/network/interfaces on nuc-a',
      'auto vmbr0',
      '',
      '# VLAN 40: storage only',
      '#+end_src',
      '** TODO [#A] Migrate Nextcloud data                         :storage:',
      '   DEADLINE: <2024-03-23 Sat>',
      'Copy the data over with rsync first.',
      '',
    ].join('\n');
    const document = parseText(text);
    assert.equal(document.title, 'Homelab Migration Notes');
    assert.equal(document.date, '2024-03-09');
    assert.deepEqual(headings(document), [
      '1 - Inventory',
      '2 - Services running on atlas',
      '1 - Network plan',
      '2 - Migrate Nextcloud data',
    ]);
    const code = flattenSections(document.sections)[2]?.blocks[0];
    assert.equal(code?.text, '#+begin_src conf\n# /etc/network/interfaces on nuc-a\nauto vmbr0\n\n# VLAN 40: storage only\n#+end_src');
    assert.ok(!allText(document).includes('CUSTOM_ID'));
    assert.ok(!allText(document).includes('DEADLINE'));
  });
});

describe('AsciiDoc', () => {
  it('the header gives title and date; `==` lines are sections; delimited blocks stay as written', () => {
    const text = [
      '= Deploying Harbor on Kubernetes',
      'Tomasz Wiśniewski <t.w@example.net>',
      'v2.3, 2024-02-14: Updated for Harbor 2.10',
      ':toc: left',
      '',
      'This guide installs Harbor with the official Helm chart.',
      '',
      '== Prerequisites',
      'You need a cluster.',
      '',
      '=== Add the chart repository',
      '',
      '[source,sh]',
      '----',
      'helm repo add harbor https://helm.goharbor.io',
      '',
      'helm repo update',
      '----',
      '',
      '== Upgrading',
      '',
      'Read the release notes first.',
      '',
    ].join('\n');
    const document = parseText(text);
    assert.equal(document.title, 'Deploying Harbor on Kubernetes');
    assert.equal(document.date, '2024-02-14');
    assert.deepEqual(headings(document), ['1 - Prerequisites', '2 - Add the chart repository', '1 - Upgrading']);
    const listing = flattenSections(document.sections)[1]?.blocks;
    assert.deepEqual(
      listing?.map((b) => `${b.type}: ${b.text}`),
      ['preformatted: ----\nhelm repo add harbor https://helm.goharbor.io\n\nhelm repo update\n----'],
    );
    // (A wiki's banners, `== History ==`, are not AsciiDoc.)
    assert.deepEqual(headings(parseText(doc('Lindenau', '== History ==', BODY, '== Geography ==', BODY))), [
      '1 - History',
      '1 - Geography',
    ]);
  });
});

describe("a CV's sections in capitals", () => {
  it("capitals that are the sections may have a line of text; a transcript's recurring speakers still may not", () => {
    const cv = doc(
      'MARIA TORRES',
      `SUMMARY\n${BODY}`,
      `EXPERIENCE\n${BODY}`,
      'LANGUAGES\nSpanish (native), Catalan (native), English (C2)',
      'REFERENCES\nAvailable on request.',
    );
    assert.deepEqual(headings(parseText(cv)), ['1 - SUMMARY', '1 - EXPERIENCE', '1 - LANGUAGES', '1 - REFERENCES']);
    const transcript = doc('Remarks at the Opening', 'MAYOR RUIZ', BODY, 'AUDIENCE MEMBER', 'And under budget!', 'MAYOR RUIZ', BODY);
    assert.deepEqual(headings(parseText(transcript)), []);
  });
});

describe('a letterhead in two cells', () => {
  it('capitals in cells set apart by tabs are no heading, and the dates under them are looked at', () => {
    const text = doc(
      'NORTHFIELD DAIRY COOPERATIVE\t\tSTANDARD OPERATING PROCEDURE',
      'Title:\tCleaning-in-Place (CIP) of Pasteurizer Line 2\nDocument No.:\tQA-SOP-014\nEffective Date:\t03 June 2024',
      'REVISION HISTORY\nRev.\tDate\tDescription of Change\n01\t10 Jan 2019\tNew document',
      '1.0   PURPOSE',
      BODY,
      '2.0   SCOPE',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.date, '03 June 2024');
    assert.deepEqual(headings(document), ['1 - REVISION HISTORY', '1 1.0 PURPOSE', '1 2.0 SCOPE']);
  });
});

describe('a transcript of questions', () => {
  it('numbered questions with their reference numbers are speech; a line broken off with a dash is no subhead', () => {
    const text = doc(
      'House of Commons Hansard',
      'HEALTH AND SOCIAL CARE',
      'Community Pharmacies',
      '1. Mr John Smith (Barnsley East) (Lab): What steps her Department is taking to support community pharmacies. [901234]',
      BODY,
      '2. Sir Robert Lyle (Wealden) (Con): What recent assessment she has made of trends in GP appointments. [901235]',
      BODY,
      'Several hon. Members rose—',
      'GP Appointments',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 - HEALTH AND SOCIAL CARE', '2 - Community Pharmacies', '2 - GP Appointments']);
  });
});

describe('Chinese and Japanese paragraphs', () => {
  it('a line opening with a full-width space starts a paragraph; lines wrapped mid-sentence run on without a space', () => {
    const text = doc(
      '第1章　はじめに',
      '1.1　目的\n　本書は、在庫管理システムの基本設計について記述したものである。\n　本書は、要件定義書で定義された要件を実現するための構成を明ら\nかにすることを目的とする。',
      '1.2　適用範囲',
      '　本書の適用範囲は以下のとおりとする。',
    );
    const document = parseText(text);
    const blocks = flattenSections(document.sections).flatMap((s) => s.blocks.map((b) => b.text));
    assert.ok(blocks.includes('本書は、在庫管理システムの基本設計について記述したものである。'), blocks.join(' | '));
    assert.ok(
      blocks.includes('本書は、要件定義書で定義された要件を実現するための構成を明らかにすることを目的とする。'),
      blocks.join(' | '),
    );
  });
});

describe('licence terms', () => {
  it('a long title in title case ending in a full stop; capitals over terms numbered from 0', () => {
    const text = doc(
      'The Widget Licence',
      'Preamble',
      BODY,
      'TERMS AND CONDITIONS',
      '0. Definitions.',
      BODY,
      "1. Protecting Users' Legal Rights From Anti-Circumvention Law.",
      BODY,
      '2. Use with the GNU Affero General Public License.',
      BODY,
      '3. The parties agree that this clause is a sentence.',
      BODY,
      'APPENDIX',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 - Preamble',
      '1 - TERMS AND CONDITIONS',
      '2 0 Definitions.',
      "2 1 Protecting Users' Legal Rights From Anti-Circumvention Law.",
      '2 2 Use with the GNU Affero General Public License.',
      '1 - APPENDIX',
    ]);
  });

  it('a man page whose option descriptions, indented deepest, outnumber its paragraphs', () => {
    const option = (flag: string): string => `       ${flag}\n\t      do something with the entries it lists`;
    const text = [
      'LS(1)\t\t\t\t User Commands\t\t\t\t LS(1)',
      'NAME\n       ls - list directory contents',
      'SYNOPSIS\n       ls [OPTION]... [FILE]...',
      'DESCRIPTION\n       List information about the FILEs (the current directory by default).',
      ...['-a, --all', '-A, --almost-all', '--author', '-b, --escape', '-B'].map(option),
      'AUTHOR\n       Written by Richard M. Stallman and David MacKenzie.',
      'GNU coreutils 9.1\t\t  September 2022\t\t\t LS(1)',
    ].join('\n\n');
    const document = parseText(`${text}\n`);
    assert.equal(document.title, null);
    assert.deepEqual(headings(document), ['1 - NAME', '1 - SYNOPSIS', '1 - DESCRIPTION', '1 - AUTHOR']);
  });

  it('a man page whose option descriptions run to paragraphs of their own: the text under NAME sets the indentation', () => {
    const paragraph =
      '\t      This paragraph of the description goes on for a second line\n\t      of text, as the longer options of curl(1) do.';
    const option = (flag: string): string =>
      `       ${flag}\n\t      does something with the words it is given\n\n${paragraph}\n\n${paragraph}`;
    const text = [
      'CURL(1)\t\t\t curl Manual\t\t\t CURL(1)',
      'NAME\n       curl - transfer a URL',
      'PROTOCOLS\n       curl supports these protocols, and more, as described below.',
      '       GOPHER(S)\n\t      Retrieve files.',
      'OPTIONS',
      ...['-a', '-b', '-c', '-d'].map(option),
      'curl 7.88.1\t\t  February 2023\t\t CURL(1)',
    ].join('\n\n');
    assert.deepEqual(headings(parseText(`${text}\n`)), ['1 - NAME', '1 - PROTOCOLS', '1 - OPTIONS']);
  });

  it('a man page: subheads set on their text to the left of it; a lead-in line or a term at the text is text', () => {
    const option = (flag: string): string => `       ${flag}\n\t      does something with the words it is given`;
    const text = [
      'BASH(1)\t\t\t General Commands Manual\t\t\t BASH(1)',
      'NAME\n       bash - GNU Bourne-Again SHell',
      'SHELL GRAMMAR',
      '   Simple Commands\n       A simple command is a sequence of optional variable assignments.',
      '   Lists\n       A list is a sequence of one or more pipelines separated by operators.',
      '       An OR list has the form',
      '\t      command1 || command2',
      'PARAMETERS\n   Special Parameters\n       A parameter is an entity that stores values.',
      '       #      use opposite case if possible',
      ...['-a', '-b', '-c', '-d', '-e', '-f'].map(option),
      '       BASH_COMPAT',
      '\t      The value is used to set the shell compatibility level.',
      'GNU Bash 5.2\t\t  2022 September 19\t\t BASH(1)',
    ].join('\n\n');
    assert.deepEqual(headings(parseText(`${text}\n`)), [
      '1 - NAME',
      '1 - SHELL GRAMMAR',
      '2 - Simple Commands',
      '2 - Lists',
      '1 - PARAMETERS',
      '2 - Special Parameters',
    ]);
  });

  it('a numbered line that fits no sequence is text, so the capitals over it have a body', () => {
    const text = doc(
      'Widget Licence',
      'TERMS AND CONDITIONS',
      '1. Definitions.',
      `   ${BODY}`,
      'APPENDIX: How to apply the licence to your work.',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 - TERMS AND CONDITIONS', '1 - APPENDIX: How to apply the licence to your work.']);
  });

  it('a line set apart inside a sentence is quoted, not a heading', () => {
    const text = doc(
      'Dear Tom,',
      'The shop at the corner has a card in the window that says only',
      '                              TO LET',
      'and I felt quite low about it.',
      'Yours,',
    );
    assert.deepEqual(headings(parseText(text)), []);
  });

  it('a heading and its text in a box of asterisks; the frame is not text', () => {
    const box = [
      '*'.repeat(40),
      '*                                      *',
      '*  2. Disclaimer of Warranty           *',
      '*                                      *',
      '*  The software is provided as is,     *',
      '*  without warranty of any kind.       *',
      '*                                      *',
      '*'.repeat(40),
    ].join('\n');
    const document = parseText(doc('1. Grants', BODY, box, '3. Termination', BODY));
    assert.deepEqual(headings(document), ['1 1 Grants', '1 2 Disclaimer of Warranty', '1 3 Termination']);
    assert.match(allText(document), /^The software is provided as is, without warranty of any kind\.$/m);
  });

  it('a numbered term over its definition indented less than the term', () => {
    const text = doc(
      '1. Definitions',
      '1.1. "Contributor"\n    means each person who contributes.',
      '1.2. "Incompatible With Secondary Licenses"\n    means',
      '    (a) that the notice is attached; or',
      '2. Grants',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 Definitions',
      '2 1.1 "Contributor"',
      '2 1.2 "Incompatible With Secondary Licenses"',
      '1 2 Grants',
    ]);
  });

  it('a Sphinx page as a text browser dumps it: navigation lists, permalink marks, a copyright line', () => {
    const nav = 'Navigation\n\n\n* Widget_Policy_1.2_documentation »\n* Widget Policy 1.2 documentation';
    const text = doc(
      'The HTML version of the Widget Policy can be found in the widget-doc package.',
      nav,
      'Abstract¶',
      BODY,
      '1. Copyright¶',
      '1999-2021, The Widget Foundation',
      BODY,
      '2. Scope¶',
      BODY,
      nav,
      '© Copyright 1999-2023, The Widget Foundation. Created using Sphinx\n5.3.0.',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - Abstract', '1 1 Copyright', '1 2 Scope']);
    assert.ok(!allText(document).includes('documentation'));
  });
});

describe('titles wrapped over two lines', () => {
  it('a title wrapped after `for` is one title; a long one over its byline and date stands alone; `INC.` ends no sentence', () => {
    const paper = doc(
      'Sparse Retrieval Distillation for\nLow-Resource Question Answering',
      'Lea Hoffmann, Kwame Mensah',
      '1 Introduction',
      BODY,
      '2 Method',
      BODY,
    );
    assert.equal(parseText(paper).title, 'Sparse Retrieval Distillation for Low-Resource Question Answering');
    const guide = parseText(
      doc(
        'Porto travel guide: where to stay, what to eat and what to see\nBy Ana Ribeiro\nUpdated 9 April 2024',
        BODY,
        'Eat',
        BODY,
        'Day trips',
        BODY,
      ),
    );
    assert.equal(guide.title, 'Porto travel guide: where to stay, what to eat and what to see');
    assert.equal(guide.date, '9 April 2024');
    const bylaws = doc(
      'BYLAWS OF THE RIVERBEND ROWING CLUB, INC.\nA Pennsylvania Nonprofit Corporation',
      'ARTICLE I — NAME',
      BODY,
      'ARTICLE II — MEMBERS',
      BODY,
    );
    assert.equal(parseText(bylaws).title, 'BYLAWS OF THE RIVERBEND ROWING CLUB, INC.');
  });

  const sections = ['1 Scope', BODY, '2 Terms', BODY];

  it('a line that goes on in lower case, or a long centred line that goes on in the next, is one title', () => {
    const iso = doc(
      '                                                        INTERNATIONAL\n                                                        STANDARD',
      'Cycle parking facilities — Stands for bicycles — Requirements and test\nmethods',
      ...sections,
    );
    assert.equal(parseText(iso).title, 'Cycle parking facilities — Stands for bicycles — Requirements and test methods');
    const thesis = doc(
      '          Cooling the Classroom: Urban Heat Exposure and Thermal\n             Comfort in Naturally Ventilated Primary Schools',
      ...sections,
    );
    assert.equal(
      parseText(thesis).title,
      'Cooling the Classroom: Urban Heat Exposure and Thermal Comfort in Naturally Ventilated Primary Schools',
    );
  });

  it('a paper’s title run on into its authors and affiliations (pdftotext) is its first two lines', () => {
    const text = doc(
      'Research papers',
      'Groundwater salinisation beneath reclaimed coastal farmland: a\nfour-year monitoring study in the Vellmar polder\nMiriam Okafor a,*, Tomas Lindqvist b, Pieter van Driel c\na Department of Earth Sciences, University of Ashgrove, United Kingdom',
      'Abstract',
      BODY,
      '1. Introduction',
      BODY,
      '2. Methods',
      BODY,
    );
    const document = parseText(text);
    assert.equal(
      document.title,
      'Groundwater salinisation beneath reclaimed coastal farmland: a four-year monitoring study in the Vellmar polder',
    );
    assert.match(allText(document), /\nMiriam Okafor a,\*, Tomas Lindqvist b/);
    assert.deepEqual(headings(document), ['1 - Abstract', '1 1 Introduction', '1 2 Methods']);
  });

  it('a sentence that goes on in an indented line is no title: a digest takes its Subject', () => {
    const digest = doc(
      'From: list-request@lists.example\nTo: list@lists.example\nSubject: fernbackup-users Digest, Vol 87, Issue 12\nDate: Wed, 13 Mar 2024 12:00:02 +0000',
      'Send fernbackup-users mailing list submissions to\n\tfernbackup-users@lists.fernbackup.example',
      "Today's Topics:\n\n   1. Re: rsync backend drops connection",
      BODY,
    );
    assert.equal(parseText(digest).title, 'fernbackup-users Digest, Vol 87, Issue 12');
  });

  it('a centred title over a shorter line, a bracketed one or a draft name keeps its own line', () => {
    const bylaws = doc(
      '          BYLAWS OF THE RIVERSIDE COMMUNITY GARDEN ASSOCIATION\n                    (A Nonprofit Corporation)',
      ...sections,
    );
    assert.equal(parseText(bylaws).title, 'BYLAWS OF THE RIVERSIDE COMMUNITY GARDEN ASSOCIATION');
    const draft = doc(
      '        The Widget Discovery Protocol (WDP) over Multicast DNS\n               draft-okonkwo-widget-discovery-02',
      ...sections,
    );
    assert.equal(parseText(draft).title, 'The Widget Discovery Protocol (WDP) over Multicast DNS');
  });
});

describe('issuer banners over the title', () => {
  it("a lecture's title centred over its date under a header row of cells is the title, not a keyword heading", () => {
    const text = doc(
      'CS 4820: Introduction to Analysis of Algorithms                     Fall 2023',
      '                         Lecture 7: Network Flow I\n                            September 21, 2023',
      'In this lecture we introduce the maximum flow problem.',
      '7.1   The maximum flow problem',
      BODY,
      '7.2   Residual graphs',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'Lecture 7: Network Flow I');
    assert.equal(document.date, 'September 21, 2023');
    assert.deepEqual(headings(document), ['1 7.1 The maximum flow problem', '1 7.2 Residual graphs']);
  });

  it('a title in capitals wrapped before `FOR` is one block; a document number is no heading; the issue date dates it', () => {
    const text = doc(
      'REQUEST FOR PROPOSALS',
      'RFP No. AV-2024-117',
      'PROVISION OF MANAGED PRINT SERVICES\nFOR COUNTY OFFICES AND LIBRARIES',
      'Issue date: 5 February 2024\nClosing date: 4 March 2024 at 12:00 noon',
      'SECTION A – INSTRUCTIONS TO BIDDERS',
      BODY,
      'SECTION B – TERMS OF REFERENCE',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.date, '5 February 2024');
    assert.deepEqual(headings(document), ['1 SECTION A INSTRUCTIONS TO BIDDERS', '1 SECTION B TERMS OF REFERENCE']);
  });

  it('a postal address under the issuer is no title (`County Hall, Market Street, Ashford Vale AV1 2QT`)', () => {
    const text = doc(
      'COUNTY OF ASHFORD VALE\nProcurement Services, County Hall, Market Street, Ashford Vale AV1 2QT',
      'REQUEST FOR PROPOSALS',
      'SECTION A – INSTRUCTIONS',
      BODY,
      'SECTION B – TERMS',
      BODY,
    );
    assert.equal(parseText(text).title, 'REQUEST FOR PROPOSALS');
    // (A title may close on a year after its commas.)
    const dataset = doc('Soil moisture at 24 stations, Cairnmore catchment, 2021-2023', '1. OVERVIEW', BODY, '2. FILES', BODY);
    assert.equal(parseText(dataset).title, 'Soil moisture at 24 stations, Cairnmore catchment, 2021-2023');
  });

  it('a brand in capitals over a line that names the document is the maker’s; a product’s name over `Instruction Manual` is the title', () => {
    const sections = ['Chapter 1 Safety', BODY, 'Chapter 2 Installation', BODY];
    const manual = doc(
      '                      HALVORSEN WATER SYSTEMS',
      '              RO-500 Under-Sink Water Filter User Manual',
      '                 Issued: March 2024',
      ...sections,
    );
    assert.equal(parseText(manual).title, 'RO-500 Under-Sink Water Filter User Manual');
    assert.equal(parseText(manual).date, 'March 2024');
    const kettle = doc('AQUILA SK-20 SMART KETTLE', 'Instruction Manual', ...sections);
    assert.equal(parseText(kettle).title, 'AQUILA SK-20 SMART KETTLE');
  });

  it('a centred block with the issuer among its lines is skipped; a lone `OR` on a form is no heading', () => {
    const text = doc(
      '                                  UNITED STATES\n                       SECURITIES AND EXCHANGE COMMISSION\n                             Washington, D.C. 20549',
      '                                   FORM 10-K',
      '[X]  ANNUAL REPORT PURSUANT TO SECTION 13',
      '                                       OR',
      '[ ]  TRANSITION REPORT PURSUANT TO SECTION 13',
      'PART I',
      'Item 1. Business',
      BODY,
      'Item 2. Properties',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'FORM 10-K');
    assert.ok(!headings(document).some((h) => h.endsWith(' OR')));
  });

  it('a title with its subtitle on the next line, under stacked issuers or a letterhead with its address', () => {
    const sections = ['1. Overview', BODY, '2. Assessment', BODY];
    const handbook = doc(
      'SCHOOL OF PSYCHOLOGICAL SCIENCES\nKellerton University',
      'PSYC2104 Research Methods and Statistics II\nCourse Handbook - Semester 1, 2025',
      ...sections,
    );
    const stacked = doc(
      'STATE OF HARTWELL\nDEPARTMENT OF REVENUE',
      '2024 Instructions for Form HT-40\nResident Individual Income Tax Return',
      ...sections,
    );
    const letterhead = doc(
      'Nordtal Haustechnik GmbH · Industriestraße 14 · 72250 Freudenstadt',
      'Installations- und Bedienungsanleitung AquaTherm WP 300\nWarmwasser-Wärmepumpe für Innenaufstellung',
      ...sections,
    );
    assert.equal(parseText(handbook).title, 'PSYC2104 Research Methods and Statistics II');
    assert.equal(parseText(stacked).title, '2024 Instructions for Form HT-40');
    assert.equal(parseText(letterhead).title, 'Installations- und Bedienungsanleitung AquaTherm WP 300');
    // The subtitle stays, as text before the first section.
    assert.match(allText(parseText(handbook)), /\nCourse Handbook - Semester 1, 2025\n/);
    // Two lines of a letter's address are no title and subtitle.
    assert.equal(parseText(doc('Dear Ms Carter,', BODY, ...sections)).title, null);
  });

  it('a title in title case wrapped after a word no title ends on, under an issuer', () => {
    const text = doc(
      'HALVORSEN THERAPEUTICS AB',
      'A Randomised, Double-Blind, Placebo-Controlled Phase II Study of\nVerentide in Adults with Moderate Chronic Plaque Psoriasis',
      '1. Introduction',
      BODY,
      '2. Objectives',
      BODY,
    );
    assert.equal(
      parseText(text).title,
      'A Randomised, Double-Blind, Placebo-Controlled Phase II Study of Verentide in Adults with Moderate Chronic Plaque Psoriasis',
    );
  });

  it('a board, a trust, a foundation for something, a department for something', () => {
    for (const issuer of [
      'AIR SAFETY INVESTIGATION BOARD',
      'NORTHFIELD COMMUNITY HOUSING TRUST',
      'WESTMARCH FOUNDATION FOR THE HUMANITIES',
      'DEPARTMENT FOR RURAL AFFAIRS AND TRANSPORT',
    ]) {
      const text = doc(issuer, 'Review of Rural Bus Services', 'Published: 14 March 2024', '1. Introduction', BODY, '2. Findings', BODY);
      assert.equal(parseText(text).title, 'Review of Rural Bus Services', issuer);
    }
  });
});

describe('titles that name the document', () => {
  it('a title broken after a comma under an office and its department', () => {
    const text = doc(
      'OFFICE OF INSPECTOR GENERAL\nDepartment of Rural Infrastructure',
      'Audit of the Regional Broadband Grant Program,\nFiscal Years 2021 Through 2023',
      'Report No. OIG-24-017\nSeptember 2024',
      'I. BACKGROUND',
      BODY,
      'II. FINDINGS',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'Audit of the Regional Broadband Grant Program, Fiscal Years 2021 Through 2023');
    assert.equal(document.date, 'September 2024');
  });

  it("a draft standard's number above its title is not the title; a product's name with a number is", () => {
    const draft = parseText(
      doc(
        'ISO/DIS 31999-2',
        'Timber structures -- Moisture monitoring -- Part 2: Wireless sensor nodes',
        '1  Scope',
        BODY,
        '2  Terms',
        BODY,
      ),
    );
    assert.equal(draft.title, 'Timber structures -- Moisture monitoring -- Part 2: Wireless sensor nodes');
    assert.equal(parseText(doc('WIDGET 3', 'The widget that does three things.', '1. Setup', BODY, '2. Use', BODY)).title, 'WIDGET 3');
  });

  it("a law's number above its name is not the title (`PUBLIC ACT 24-117`)", () => {
    const text = doc(
      'PUBLIC ACT 24-117',
      'POLLINATOR HABITAT PROTECTION ACT',
      'AN ACT concerning the protection of pollinator habitat on land owned\nor managed by the state.',
      '§ 1. Short title.',
      'This act may be cited as the Pollinator Habitat Protection Act.',
      '§ 2. Findings.',
      'The General Assembly finds that bees are essential to the production\nof fruit.',
    );
    const document = parseText(text);
    assert.equal(document.title, 'POLLINATOR HABITAT PROTECTION ACT');
    assert.deepEqual(headings(document), ['1 § 1 Short title.', '1 § 2 Findings.']);
  });

  it('a closing `Appendix: ...` does not make the first line, of the same shape, a section', () => {
    const text = doc(
      'Postmortem: Checkout Outage',
      'On Monday the checkout service returned errors to most customers\nfor two hours. This document describes what happened.',
      '1. Summary\nA pool ran out of connections.',
      '2. Impact\nOrders failed for two hours.',
      'Appendix: Pool metrics',
      '09:14     20     187\n09:30     20     402',
    );
    const document = parseText(text);
    assert.equal(document.title, 'Postmortem: Checkout Outage');
    assert.deepEqual(headings(document), ['1 1 Summary', '1 2 Impact', '1 - Appendix: Pool metrics']);
  });

  it('capitals naming an agreement are its title though capitals also head a section', () => {
    const text = doc(
      'MASTER SERVICES AGREEMENT',
      'This Master Services Agreement is entered into by and between\nthe parties named below.',
      'RECITALS',
      'WHEREAS, the Provider operates a platform and the Customer wishes to use it.',
      'Section 1. Definitions.\nThe words below have these meanings.',
      'Section 2. Services.\nThe Provider shall provide the services.',
    );
    const document = parseText(text);
    assert.equal(document.title, 'MASTER SERVICES AGREEMENT');
    assert.deepEqual(headings(document), ['1 - RECITALS', '1 Section 1 Definitions.', '1 Section 2 Services.']);
  });
});

describe('wiki pages copied from a browser', () => {
  it('a consent banner at the top with `Customise` among its buttons, and a menu set straight over the title, are chrome', () => {
    const text = [
      'We value your privacy',
      'We use cookies to enhance your browsing experience. By clicking "Accept all", you consent to our use of cookies.',
      'Customise',
      'Reject all',
      'Accept all',
      'Skip to main content',
      'Brightpath',
      'Product',
      'Pricing',
      'Log in',
      'Privacy Policy',
      'Last updated: 14 February 2025',
      '',
      BODY,
      '',
      '1. Who we are',
      BODY,
      '',
      '2. Your rights',
      BODY,
    ].join('\n');
    const document = parseText(text);
    assert.equal(document.title, 'Privacy Policy');
    assert.equal(document.date, '14 February 2025');
    assert.deepEqual(
      document.lead.map((b) => b.text),
      [BODY],
    );
  });

  it('a breadcrumb and a share bar one item to a line are chrome; the headline over its byline, date and a dot is the title', () => {
    const text = [
      'Wanderlust Atlas',
      'Destinations',
      '',
      'Home',
      '›',
      'Europe',
      '›',
      'Porto',
      '',
      'Porto travel guide: where to stay, what to eat and what to see',
      'By Ana Ribeiro',
      'Updated 9 April 2024',
      ' · ',
      '',
      'Share',
      'Facebook',
      'X',
      'Email',
      'Save',
      '',
      BODY,
      '',
      'Eat',
      '',
      BODY,
      '',
      'Day trips',
      '',
      BODY,
    ].join('\n');
    const document = parseText(text);
    assert.equal(document.breadcrumb, 'Home › Europe › Porto');
    assert.equal(document.title, 'Porto travel guide: where to stay, what to eat and what to see');
    assert.equal(document.date, '9 April 2024');
    assert.deepEqual(headings(document), ['1 - Eat', '1 - Day trips']);
    assert.ok(!/Facebook|Save/.test(allText(document)));
  });

  it('every [edit] line is a heading, blank lines or not; the contents box numbering nests them', () => {
    const text = [
      'Kaimanawa horse',
      'From Wikipedia, the free encyclopedia',
      'The Kaimanawa horse is a population of feral horses in New Zealand.[1]',
      '',
      'Contents',
      '1\tHistory',
      '1.1\tOrigins',
      '2\tCharacteristics',
      'History[edit]',
      'Origins[edit]',
      'Horses were first brought to New Zealand by missionaries in 1814.[5]',
      '',
      'Characteristics[edit]',
      'Kaimanawa horses vary widely in appearance.[8]',
      '',
    ].join('\n');
    const document = parseText(text);
    assert.equal(document.title, 'Kaimanawa horse');
    assert.deepEqual(headings(document), ['1 - Contents', '1 - History', '2 - Origins', '1 - Characteristics']);
  });

  it('a citation mark after the full stop still ends the sentence under a subhead set on its text', () => {
    const text = doc(
      'Garden Notes',
      'These notes record what we planted in the allotment and when.',
      'Spring Planting\nWe sowed broad beans in March, which was too early; half of them rotted in the cold ground before they came up.[3]',
      'Summer Care\nWatering every second evening was enough, except in the heatwave in July, when the courgettes needed water.[4]',
    );
    assert.deepEqual(headings(parseText(text)), ['1 - Spring Planting', '1 - Summer Care']);
  });
});

describe('words broken at a line end', () => {
  it('a word broken at a hyphen joins without a space and keeps its hyphen; a dash between words keeps its spaces', () => {
    const document = parseText(doc('Notes', 'Yields in-\ncreased after the well-\nknown frost - and\nthen fell. See Part A-\nB for more.'));
    assert.deepEqual(
      document.lead.map((b) => b.text),
      ['Yields in-creased after the well-known frost - and then fell. See Part A- B for more.'],
    );
  });

  it('the hyphen goes where the text has the word whole elsewhere, but not inside a name or an address', () => {
    const text = doc(
      'Notes',
      'Yields in-\ncreased after the well-\nknown frost, as increased yields do. See git-\nconfig(1) and www.info-\nzip.org for a config of zip.',
    );
    assert.deepEqual(
      parseText(text).lead.map((b) => b.text),
      ['Yields increased after the well-known frost, as increased yields do. See git-config(1) and www.info-zip.org for a config of zip.'],
    );
  });
});

describe('list items under a lead-in line', () => {
  it('a line ending in a colon straight over its items stays apart from them, and each item from the next', () => {
    const document = parseText(
      doc('Recipe', 'For the sauce:\n- 1 onion\n- 3 cloves garlic, chopped\n  finely', 'Fry the onion until soft, then add the garlic.'),
    );
    assert.deepEqual(
      document.lead.map((b) => b.text),
      ['For the sauce:', '- 1 onion', '- 3 cloves garlic, chopped finely', 'Fry the onion until soft, then add the garlic.'],
    );
    const prose = parseText(doc('Note', 'The rule is simple:\nbring a pen and come early.'));
    assert.deepEqual(
      prose.lead.map((b) => b.text),
      ['The rule is simple: bring a pen and come early.'],
    );
  });

  it("an entry's short heading lines over its bullets stand apart, and so does each bullet; a C comment stays whole", () => {
    const cv = parseText(
      doc(
        'EXPERIENCE',
        'Senior Data Engineer\t\t\t\tMar 2021 – Present\nGlovo, Barcelona\n  • Led the migration of 300 Airflow pipelines; cut costs by 38%.\n  • Mentored four engineers, two of them since promoted.',
        'EDUCATION',
        'MSc in Data Science, UPC Barcelona, where the thesis was on streaming.',
      ),
    );
    assert.deepEqual(
      cv.sections[0]?.blocks.map((b) => b.text),
      [
        'Senior Data Engineer Mar 2021 – Present',
        'Glovo, Barcelona',
        '• Led the migration of 300 Airflow pipelines; cut costs by 38%.',
        '• Mentored four engineers, two of them since promoted.',
      ],
    );
    const comment = parseText(doc('Notes', '/*\n * TRANSLATORS: first line\n * second line\n */'));
    assert.deepEqual(
      comment.lead.map((b) => `${b.type}: ${b.text}`),
      ['preformatted: /*\n * TRANSLATORS: first line\n * second line\n */'],
    );
  });

  it("groff's hyphenation mark at a line's end joins the word and goes, before a capital too", () => {
    const text = doc(
      'FROBNICATE(1)',
      'DESCRIPTION',
      'The default rules file is read first from the directory of frobni‐\ncate unless the variable COMMAND EXE‐\nCUTION is set.',
    );
    assert.match(allText(parseText(text)), /directory of frobnicate unless the variable COMMAND EXECUTION is set\./);
  });

  it('references `[1]` each stand alone; a number or initials that a line wraps to go on', () => {
    const references = parseText(
      doc(
        'References',
        '[1] Danqi Chen and Antoine Bordes.\n    Reading Wikipedia to answer open-domain questions. In ACL, 2017.\n[2] G.H.P. Oude Essink, E.S. van Baaren,\nG.H.P. de Louw. Effects of climate change. 2010.',
      ),
    );
    assert.deepEqual(
      references.lead.map((b) => b.text),
      [
        '[1] Danqi Chen and Antoine Bordes. Reading Wikipedia to answer open-domain questions. In ACL, 2017.',
        '[2] G.H.P. Oude Essink, E.S. van Baaren, G.H.P. de Louw. Effects of climate change. 2010.',
      ],
    );
    // (Keyed by name, where the block opens with a key; a list item wrapped to a `[DHCPv4] section` goes on.)
    const keyed = parseText(
      doc(
        'References',
        '[KT] J. Kleinberg and E. Tardos. Algorithm Design.\n     Addison-Wesley, 2005.\n[RFC2119] S. Bradner. Key words for use in RFCs.',
        '* The BlackList= settings in the\n[DHCPv4] and [IPv6AcceptRA] sections were renamed.\n* The old names still work.',
      ),
    );
    assert.deepEqual(
      keyed.lead.map((b) => b.text),
      [
        '[KT] J. Kleinberg and E. Tardos. Algorithm Design. Addison-Wesley, 2005.',
        '[RFC2119] S. Bradner. Key words for use in RFCs.',
        '* The BlackList= settings in the [DHCPv4] and [IPv6AcceptRA] sections were renamed.',
        '* The old names still work.',
      ],
    );
    const clauses = parseText(
      doc(
        'Terms',
        '1.1 In these Terms, "Account" means your account, which you\ncreate under clause\n14.2 of the Agreement.\n1.2 "Content" means any files you upload.',
      ),
    );
    assert.deepEqual(
      clauses.lead.map((b) => b.text),
      [
        '1.1 In these Terms, "Account" means your account, which you create under clause 14.2 of the Agreement.',
        '1.2 "Content" means any files you upload.',
      ],
    );
  });
});

describe('a short line between a heading and its text', () => {
  it('a subhead whose style has text elsewhere may have a one-sentence text; a lone one may not', () => {
    const text = doc(
      'Report',
      'Introduction',
      'The claimant slipped on a wet ramp at the pool and fractured her wrist.',
      'Background',
      'Section 2(2) of the 1957 Act sets out the common duty of care.',
      'Conclusion',
      'The claim succeeds.',
    );
    assert.deepEqual(headings(parseText(text)), ['1 - Introduction', '1 - Background', '1 - Conclusion']);
    assert.deepEqual(headings(parseText(doc('Notice', 'Opening Hours', 'We open at nine.'))), []);
  });

  it('`Serves 4.` under a recipe in capitals, before its text or before its subheads', () => {
    const text = doc(
      'A FAMILY COOKBOOK',
      'Recipes we like.',
      'LENTIL SOUP',
      'Serves 4.',
      'Warm the oil in a heavy pot over medium heat, add the onion and cook\nit until soft. Add the lentils and simmer for half an hour.',
      'BRAISED CHICKEN',
      'Serves 4.',
      'Ingredients',
      '- 8 chicken thighs\n- 2 onions',
      'Method',
      'Brown the chicken in the oil, then add the wine and cook it for\nforty minutes in the oven.',
    );
    assert.deepEqual(headings(parseText(text)), ['1 - LENTIL SOUP', '1 - BRAISED CHICKEN', '2 - Ingredients', '2 - Method']);
  });

  it('a keyword heading over lines indented under it, however long it is; those lines are its text', () => {
    const text = doc(
      'HIST 214: The Atlantic World',
      'Week 1: Introductions and the Atlantic before Columbus\n  Read: Thornton, ch. 1',
      'Week 2: Portugal and West Africa\n  Read: Thornton, ch. 2; reader, Zurara (excerpt)',
      'Week 3: Columbus and the Caribbean\n  Read: reader, Jesuit Relations (excerpt)',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), [
      '1 Week 1 Introductions and the Atlantic before Columbus',
      '1 Week 2 Portugal and West Africa',
      '1 Week 3 Columbus and the Caribbean',
    ]);
    assert.match(allText(document), /^Read: reader, Jesuit Relations \(excerpt\)$/m);
  });
});

describe('question-and-answer FAQs', () => {
  it('Q:/A: pairs are sections in a text that calls itself an FAQ; a question may wrap; pairs may touch', () => {
    const spaced = doc(
      'zkbackup -- Frequently Asked Questions',
      'Q: What is zkbackup?',
      'A: A deduplicating backup program.',
      'Q: Why does it refuse to run when the repository is on an NFS\n   mount?',
      'A: It relies on POSIX locks.',
    );
    const document = parseText(spaced);
    assert.deepEqual(headings(document), [
      '1 - What is zkbackup?',
      '1 - Why does it refuse to run when the repository is on an NFS mount?',
    ]);
    assert.match(allText(document), /^A: It relies on POSIX locks\.$/m);
    const touching = doc('Library FAQ', 'Q1. Is it free?\nA1. Yes, for members.\nQ2. Can I renew online?\nA2. Yes.');
    assert.deepEqual(headings(parseText(touching)), ['1 - Is it free?', '1 - Can I renew online?']);
  });

  it('in an FAQ, a question set straight on its answer heads it, under the subhead that groups it', () => {
    const faq = doc(
      'Bike Share: Frequently Asked Questions',
      'Getting Started',
      'How do I sign up?\nDownload the app, or sign up at any station kiosk with a\ndebit or credit card.',
      'What does it cost?\nA single ride is $1 to unlock plus 15 cents per minute.',
    );
    assert.deepEqual(headings(parseText(faq)), ['1 - Getting Started', '2 - How do I sign up?', '2 - What does it cost?']);
    const essay = doc(
      'Bike Share in Our Town',
      'How do I sign up?\nDownload the app, or sign up at any station kiosk.',
      'What does it cost?\nA ride is $1.',
    );
    assert.deepEqual(headings(parseText(essay)), []);
  });

  it('an interview (no FAQ named before the questions) and a lone Q: over an A: have no such sections', () => {
    const interview = doc('In Conversation', 'Q: How did you start?', 'A: By accident.', 'Q: Really?', 'A: Really.');
    assert.deepEqual(headings(parseText(interview)), []);
    const lone = doc('FAQ', 'Some words first.', 'Q: Is it free?', 'A: Yes.');
    assert.deepEqual(headings(parseText(lone)), []);
  });
  it('in a numbered FAQ section, questions over answers indented under them are its subheads', () => {
    const text = doc(
      'PixelDust 3.2\n=============',
      '1) Usage\n--------',
      'Run pixeldust on a directory to optimise every image in it; see the options\nbelow for what it can do.',
      '    pixeldust -r ~/Pictures',
      '2) FAQ\n------',
      'Will PixelDust overwrite my originals?\n    Yes, unless you use --out. Run with --dry-run first if in doubt, or\n    use the interactive mode to undo the last run.',
      'Does it support HEIC or AVIF?\n    Not yet. AVIF output is planned for 3.3, and HEIC after that.',
      '3) License\n----------',
      'PixelDust is released under the MIT License.',
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 Usage',
      '1 2 FAQ',
      '2 - Will PixelDust overwrite my originals?',
      '2 - Does it support HEIC or AVIF?',
      '1 3 License',
    ]);
    // (Questions set in past the text of an answer are quoted in it.)
    const quoted = doc(
      'Widget FAQ',
      '1.0\tBuilding',
      '1.1\tWhy does my gcc-compiled widget not work?',
      '\tUsually widget fails because its header files were not updated\n\twhen the system was. The answers to these questions help:',
      '\t    How can I make widget compile with gcc?',
      '\t    Why does Sun C complain about system header files?',
      '\tThat is all there is to building it, on every system we know of,\n\tand on some we do not.',
      '1.2\tHow do I run it?',
      '\tThis paragraph is the running text of the section, long enough to read.',
    );
    assert.deepEqual(headings(parseText(quoted)), [
      '1 1.0 Building',
      '2 1.1 Why does my gcc-compiled widget not work?',
      '2 1.2 How do I run it?',
    ]);
  });
});

describe('tables are not contents', () => {
  it('rows with dot leaders ending in a percentage or an amount are a table, not contents', () => {
    const text = doc(
      'Syllabus',
      'Grading',
      '  Participation ........................ 15%\n  Reading responses (6) ................ 25%\n  Final paper (due May 9) .............. 60%',
      'Policies',
      'You may miss two classes without penalty. After that, each absence\nlowers your grade.',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - Grading', '1 - Policies']);
    assert.match(allText(document), /Participation \.+ 15%/);
    assert.equal(document.boilerplate.length, 0);
  });

  it('rows ending in numbers after spaces stay in their section when no Contents line heads them', () => {
    const text = doc(
      'Report',
      'I. Results',
      'The measured loads were as follows.',
      'Upper     64     150\nMiddle    48     120\nLower     31      95\nBase      12      40',
      'II. Discussion',
      'The loads fall towards the base.',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 I Results', '1 II Discussion']);
    assert.match(allText(document), /Upper {5}64 {5}150/);
    assert.equal(document.boilerplate.filter((b) => b.kind === 'contents').length, 0);
  });
});

describe('a PGP-signed message', () => {
  it('its armour is no title and no text: the title, date and sections are the message’s', () => {
    const text = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512',
      'Widget 2.1 fixes a path traversal\n=================================',
      'Published:   2024-04-22\nSeverity:    High',
      `Summary\n-------\n\n${BODY}`,
      `Credits\n-------\n\n${BODY}`,
      '- --\nThe Security Team\n-----BEGIN PGP SIGNATURE-----\n\niQIzBAEBCgAdFiEEq3f0Vw2wJtH1mQ0cPZ2kX8b5WqIFAmYmE9sACgkQPZ2kX8b5\n=Xk4q\n-----END PGP SIGNATURE-----',
    );
    const document = parseText(text);
    assert.equal(document.title, 'Widget 2.1 fixes a path traversal');
    assert.equal(document.date, '2024-04-22');
    assert.deepEqual(headings(document), ['1 - Summary', '1 - Credits']);
    assert.ok(!allText(document).includes('iQIzBAEB'));
  });
});

describe('running headers and footers', () => {
  it("a cover's title that the running header repeats with the document's number stays the title", () => {
    const header = 'Inventory System Basic Design · INV-BD-001 Version 1.2';
    const page = (n: number, heading: string): string => `\f${header}\n\n${n}. ${heading}\n\n${BODY}\n\n- ${n} -\n`;
    const text = `      Inventory System Basic Design\n\nDocument number: INV-BD-001\n\n${page(1, 'Overview')}${page(2, 'Scope')}${page(3, 'Design')}`;
    const document = parseText(text);
    assert.equal(document.title, 'Inventory System Basic Design');
    assert.deepEqual(headings(document), ['1 1 Overview', '1 2 Scope', '1 3 Design']);
  });

  it('a numbered heading with a gap after its number at the top of a page is a heading, not a header', () => {
    const text = `Runbook\n\n1   Overview\n\n${BODY}\n\n2   Deployment\n\n${BODY}\n\f\n3   Rollback\n\n${BODY}\n\n4   Contacts\n\n${BODY}\n`;
    assert.deepEqual(headings(parseText(text)), ['1 1 Overview', '1 2 Deployment', '1 3 Rollback', '1 4 Contacts']);
    // (A left-hand page's header starts on its page number: `172   HEAT ENGINES`.)
    const book = `7.1 Heat\n\n${BODY}\n\f\n172   HEAT ENGINES AND THE SECOND LAW\n\n${BODY}\n\n7.2 Work\n\n${BODY}\n`;
    const document = parseText(book);
    assert.deepEqual(
      document.boilerplate.map((b) => b.text),
      ['172 HEAT ENGINES AND THE SECOND LAW'],
    );
  });

  it('a page number alone under a running header is furniture too, and heads no section', () => {
    const page = (n: number, heading: string): string =>
      `\fUS 2023/0198765 A1                                  Jun. 22, 2023\n                                 ${n}\n\n${heading}\n\n[000${n}] ${BODY}\n`;
    const text = `WIDGET PATENT\n\nSUMMARY\n\n[0001] ${BODY}\n${page(2, 'BRIEF DESCRIPTION OF THE DRAWINGS')}${page(3, 'DETAILED DESCRIPTION')}`;
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - SUMMARY', '1 - BRIEF DESCRIPTION OF THE DRAWINGS', '1 - DETAILED DESCRIPTION']);
    assert.deepEqual(
      document.boilerplate.filter((b) => b.kind === 'page-furniture').map((b) => b.text),
      ['US 2023/0198765 A1 Jun. 22, 2023', '2', 'US 2023/0198765 A1 Jun. 22, 2023', '3'],
    );
  });

  const para = (n: number): string => `${BODY} (${n})\n${BODY}`;

  it('a page number alone before a form feed, and a footer that comes back with its page number, are furniture', () => {
    const page = (n: number, heading: string): string =>
      `${heading}\n\n${para(n)}\n\n${' '.repeat(60)}${n}\n\fAcme Widget Manual  |  Revision 3  |  ${n}\n\f`;
    const text = ['Widget Manual\n\n', page(1, '1. Setup'), page(2, '2. Use'), page(3, 'References')].join('');
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 1 Setup', '1 2 Use', '1 - References']);
    assert.ok(!/Revision 3|\b[123]\n/.test(allText(document)));
  });

  it('a back-link after each rule across the page, and the footer above it, in text saved without form feeds', () => {
    const rule = '-'.repeat(80);
    const page = (n: number, heading: string): string =>
      `${heading}\n\n${para(n)}\n\n                 Acme Inc. | 2023 Annual Report | ${n * 7}\n${rule}\nTable of Contents\n\n`;
    const text = `Acme Annual Report\n\n${page(1, 'PART I')}${page(2, 'Item 1. Business')}${page(3, 'Item 2. Properties')}${page(4, 'SIGNATURES')}`;
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 PART I ', '2 Item 1 Business', '2 Item 2 Properties', '1 - SIGNATURES']);
    assert.ok(!/Table of Contents|Annual Report \|/.test(allText(document)));
  });

  it("a footer numbered by chapter and page (`7-3`), and the last page's, which no form feed follows", () => {
    const footer = (n: number): string => `CS 4820 — Lecture 7: Network Flow I                              7-${n}`;
    const text = `Network Flow\n\n7.1   Flows\n\n${para(1)}\n\n${footer(1)}\n\f\nExercises\n\n${para(2)}\n\n${footer(2)}\n\f\nReferences\n\n${para(3)}\n\n\n${footer(3)}\n`;
    const document = parseText(text);
    assert.deepEqual(
      document.boilerplate.map((b) => b.text),
      [1, 2, 3].map((n) => `CS 4820 — Lecture 7: Network Flow I 7-${n}`),
    );
    // (It was run into the heading over the next page.)
    assert.deepEqual(
      flattenSections(document.sections).map((s) => s.title),
      ['Flows', 'Exercises', 'References'],
    );
  });

  it('over a heading at the top of a page, with no blank line: a page number alone, a header in cells', () => {
    const folio = `Annual Report\n\n1. Background\n\n${BODY}\n\n2. Results\n\n${BODY}\n\f\n                 - 2 -\n3. Outlook\n\n${BODY}\n\n4. Contacts\n\n${BODY}\n`;
    assert.deepEqual(headings(parseText(folio)), ['1 1 Background', '1 2 Results', '1 3 Outlook', '1 4 Contacts']);
    const header = `Verordening\n\nHoofdstuk 1 Algemeen\n\nArtikel 1.1 Begrippen\n${BODY}\n\fGEMEENTEBLAD\t\tNr. 41207\t\t19 maart 2024\nHoofdstuk 2 Procedure\n\nArtikel 2.1 Melding\n${BODY}\n`;
    const document = parseText(header);
    assert.deepEqual(headings(document), [
      '1 Hoofdstuk 1 Algemeen',
      '2 Artikel 1.1 Begrippen',
      '1 Hoofdstuk 2 Procedure',
      '2 Artikel 2.1 Melding',
    ]);
    assert.deepEqual(
      document.boilerplate.map((b) => b.text),
      ['GEMEENTEBLAD Nr. 41207 19 maart 2024'],
    );
  });

  it("the last page's number alone, which no form feed follows, is furniture in a text with page breaks", () => {
    const text = `Report\n\n1. One\n\n${para(1)}\n\n                5\n\f\n2. Two\n\n${para(2)}\n\n                6\n`;
    const document = parseText(text);
    assert.deepEqual(
      document.boilerplate.map((b) => b.text),
      ['5', '6'],
    );
  });

  it('without page breaks, a footer that names its page (`Seite 2`)', () => {
    const footer = (n: number): string => `Wärmepumpe WP 300 · 71-4420-03                    Seite ${n}`;
    const text = doc('1  Sicherheit', para(1), footer(2), '2  Installation', para(2), footer(5), '3  Betrieb', para(3));
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 1 Sicherheit', '1 2 Installation', '1 3 Betrieb']);
    assert.ok(!allText(document).includes('Seite'));
  });

  it('what comes back at a few of many form feeds without a page number is text (a NEWS file’s `* Bug fixes.`)', () => {
    const release = (v: string, last: string): string => `version ${v} - Jo Doe, 2001-09-2${v.slice(-1)}\n\n* ${BODY}\n\n${last}\n\n\f\n`;
    const text = ['1.5', '1.4', '1.3', '1.2', '1.1', '1.0'].map((v, i) => release(v, i < 2 ? '* Bug fixes.' : `* Item ${v}.`)).join('');
    assert.equal(allText(parseText(text)).match(/\* Bug fixes\./g)?.length, 2);
  });

  it('a heading at the top of a page after a signature line is not joined to it', () => {
    const text = `Protocol\n\n${para(1)}\n\nName                                     Date\n\n                    Page 2 of 9\n\fTABLE OF CONTENTS\n\n${para(2)}\n\n                    Page 3 of 9\n\f1  INTRODUCTION\n\n${para(3)}\n\n2  METHODS\n\n${para(4)}\n`;
    assert.deepEqual(headings(parseText(text)), ['1 - TABLE OF CONTENTS', '1 1 INTRODUCTION', '1 2 METHODS']);
  });

  it('a copyright notice on a title page is not a heading', () => {
    const text = doc(
      'Cycle parking — Stands',
      '© ISO 2024',
      'Crown Copyright ©',
      para(0),
      'Foreword',
      para(1),
      '1 Scope',
      para(2),
      '2 Terms',
      para(3),
    );
    assert.deepEqual(headings(parseText(text)), ['1 - Foreword', '1 1 Scope', '1 2 Terms']);
  });
});

describe('subheads in title case inside numbered sections', () => {
  it('two or more, each over a paragraph, are subsections of the numbered section they sit in', () => {
    const text = doc('Annual Report', '1. Business', 'Overview', BODY, 'Our Products', BODY, '2. Properties', BODY);
    assert.deepEqual(headings(parseText(text)), ['1 1 Business', '2 - Overview', '2 - Our Products', '1 2 Properties']);
  });

  it('one alone, or a line over no paragraph, stays text', () => {
    const one = doc('Annual Report', '1. Business', 'Overview', BODY, '2. Properties', BODY);
    assert.deepEqual(headings(parseText(one)), ['1 1 Business', '1 2 Properties']);
    const short = doc('Annual Report', '1. Business', 'Overview', 'Short.', 'Our Products', 'Also short.', '2. Properties', BODY);
    assert.deepEqual(headings(parseText(short)), ['1 1 Business', '1 2 Properties']);
  });

  it('a chapter’s own contents stays in the chapter, and the next chapter does not nest under a subhead', () => {
    const chapter = (n: number, name: string, subs: string[]): string =>
      doc(`Chapter ${n}. ${name}`, 'Table of Contents', ...subs.map((s) => `${s} ..... ${n}`), ...subs.flatMap((s) => [s, BODY]));
    const text = `Protocol Specification\n\n${chapter(1, 'Introduction', ['Acknowledgements', 'Goals'])}\n${chapter(2, 'Design', ['Data Delivery', 'Record Context'])}`;
    // (`Acknowledgements`, back matter, is a part of the top level wherever it stands; the subhead after it too.)
    assert.deepEqual(headings(parseText(text)), [
      '1 Chapter 1 Introduction',
      '2 - Table of Contents',
      '1 - Acknowledgements',
      '1 - Goals',
      '1 Chapter 2 Design',
      '2 - Table of Contents',
      '2 - Data Delivery',
      '2 - Record Context',
    ]);
  });
});

describe('a date in a column beside another field', () => {
  it('is the document’s date, and its line no heading', () => {
    const sections = ['1  Sicherheit', BODY, '2  Installation', BODY];
    const text = doc('Bedienungsanleitung AquaTherm WP 300', 'Dok.-Nr. 71-4420-03                     Stand: 3. März 2024', ...sections);
    const document = parseText(text);
    assert.equal(document.date, '3. März 2024');
    assert.deepEqual(headings(document), ['1 1 Sicherheit', '1 2 Installation']);
    // With the prose indented, a line at the margin is a heading, but not this one.
    const indented = doc(
      'Bedienungsanleitung',
      'Dok.-Nr. 71-4420-03        Stand: 3. März 2024',
      '1  Sicherheit',
      `  ${BODY}`,
      '2  Installation',
      `  ${BODY}`,
    );
    assert.deepEqual(headings(parseText(indented)), ['1 1 Sicherheit', '1 2 Installation']);
  });
});

describe('a keyword heading whose title hangs under itself', () => {
  it('is one heading over two lines', () => {
    const text = doc(
      'PART II',
      "Item 5. Market for Registrant's Common Equity, Related Stockholder Matters\n        and Issuer Purchases of Equity Securities",
      BODY,
      'Item 6. [Reserved]',
      BODY,
      "Item 7. Management's Discussion and Analysis of Financial Condition and\n        Results of Operations",
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 PART II ',
      "2 Item 5 Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities",
      '2 Item 6 [Reserved]',
      "2 Item 7 Management's Discussion and Analysis of Financial Condition and Results of Operations",
    ]);
  });
});

describe('a letter and a number run together', () => {
  it('`A1.` and `A2.` under `PART A` are its sections; a table row `A1 Operational emissions` is not', () => {
    const text = doc(
      'Sustainability Report',
      '  KPI                                     2022      2023\n  A1 Operational emissions (ktCO2e)       211       194',
      'PART A - ENVIRONMENT',
      'A1. Greenhouse gas emissions',
      BODY,
      'A2. Leakage and water efficiency',
      BODY,
      'PART B - PEOPLE',
      'B1. Health and safety',
      BODY,
      'B2. Customer affordability',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 PART A ENVIRONMENT',
      '2 A1 Greenhouse gas emissions',
      '2 A2 Leakage and water efficiency',
      '1 PART B PEOPLE',
      '2 B1 Health and safety',
      '2 B2 Customer affordability',
    ]);
  });
});

describe('numbers with a letter inserted after them', () => {
  it('`Item 1A` and `Item 1B` go on from `Item 1` to `Item 2`', () => {
    const text = doc(
      'PART I',
      'Item 1. Business',
      BODY,
      'Item 1A. Risk Factors',
      BODY,
      'Item 1B. Unresolved Staff Comments',
      BODY,
      'Item 2. Properties',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 PART I ',
      '2 Item 1 Business',
      '2 Item 1A Risk Factors',
      '2 Item 1B Unresolved Staff Comments',
      '2 Item 2 Properties',
    ]);
  });
});

describe('capitals set flush on their text inside a numbered section', () => {
  const term = (name: string): string => `${name}\nNur die Wärmepumpe heizt, mit dem geringsten Energieverbrauch.`;

  it('two or more are that section’s subheads; one alone after the numbered sections is a part of its own', () => {
    const text = doc(
      '1  Bedienung',
      BODY,
      '1.1  Betriebsarten',
      term('ECO'),
      term('AUTO'),
      '2  Wartung',
      BODY,
      'ACTION ITEMS\n- Check the filter.\n- Book a service.',
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 Bedienung',
      '2 1.1 Betriebsarten',
      '3 - ECO',
      '3 - AUTO',
      '1 2 Wartung',
      '1 - ACTION ITEMS',
    ]);
  });

  it('the same capitals twice in one scene are a speaker’s name', () => {
    const speech = (name: string): string => `${name}\nI had not thought of the glasshouse since the winter.`;
    const text = doc(
      'ACT I',
      'SCENE 1',
      'A glasshouse at dusk. Edith is potting seedlings.',
      speech('EDITH'),
      speech('ROBERT'),
      speech('EDITH'),
      'SCENE 2',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 ACT I ', '2 SCENE 1 ', '2 SCENE 2 ']);
  });
});

describe('lists of figures, and text across a page break', () => {
  it('`List of Figures` is a contents heading whose entries end at its first gap; `Contents   Page` is `Contents`', () => {
    const text = doc(
      'Contents                                   Page',
      'Foreword ................................. 1\n1  Scope ................................. 2\n2  Terms ................................. 3',
      'List of Figures',
      '2.1. Connecting to a Font Server\n2.2. Where Font Data Comes From',
      'Foreword',
      BODY,
      '1  Scope',
      BODY,
      '2  Terms',
      BODY,
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - Contents', '1 - List of Figures', '1 - Foreword', '1 1 Scope', '1 2 Terms']);
    assert.ok(!allText(document).includes('Font Server'));
  });

  it('a short line, the end of a paragraph, does not go on across a form feed', () => {
    const release = (v: string, last: string): string => `Version ${v} - July 1995, by Jo Doe\n\n* ${BODY}\n\n* ${last}\n\f\n`;
    const document = parseText(`GNU gettext NEWS\n\n${['0.9', '0.8', '0.7'].map((v) => release(v, `checks for ${v}`)).join('')}`);
    assert.deepEqual(headings(document), [
      '1 - Version 0.9 - July 1995, by Jo Doe',
      '1 - Version 0.8 - July 1995, by Jo Doe',
      '1 - Version 0.7 - July 1995, by Jo Doe',
    ]);
  });
});

describe('term entries of a standard', () => {
  it('a number alone over a term in lower case and its definition is an entry, not a section', () => {
    const entry = (n: string, term: string): string => `${n}\n${term}\nfixed structure to which one or more bicycles can be secured`;
    const text = doc(
      '1  Scope',
      BODY,
      '2  Terms and definitions',
      BODY,
      entry('2.1', 'stand'),
      entry('2.2', 'parking space'),
      '3  Requirements',
      BODY,
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 1 Scope', '1 2 Terms and definitions', '1 3 Requirements']);
    assert.match(allText(document), /2\.1\nstand\nfixed structure/);
  });
});

describe('a Markdown changelog saved as text, and FAQ groups', () => {
  it('`### Added` set straight over its list is a heading', () => {
    const text = doc(
      '# Changelog',
      'Notable changes to this project.',
      '## [1.1.0] - 2024-03-02',
      '### Added\n- New option.\n- Another option.',
      '### Fixed\n- A crash.',
      '## [1.0.0] - 2024-01-01',
      '### Added\n- First release.',
    );
    assert.deepEqual(
      headings(parseText(text)).map((h) => h.replace(/^\d /, '')),
      ['- [1.1.0] - 2024-03-02', '- Added', '- Fixed', '- [1.0.0] - 2024-01-01', '- Added'],
    );
  });

  it('where `#` marks headings at two levels, a heading set straight over its text or over another is cut off', () => {
    const text =
      '# Changelog\nAll notable changes to this project are documented here.\n\n' +
      '## [1.2.0] - 2024-03-01\n### Added\n- A --json flag.\n\n### Fixed\n- A crash on empty input.\n\n' +
      '## [1.1.0] - 2024-01-10\n### Added\nColour output, on by default in a terminal.\n';
    const document = parseText(text);
    assert.equal(document.title, 'Changelog');
    assert.deepEqual(headings(document), ['1 - [1.2.0] - 2024-03-01', '2 - Added', '2 - Fixed', '1 - [1.1.0] - 2024-01-10', '2 - Added']);
    // (One level alone is a script's comments pasted at the margin: `# Install` over a command is not cut.)
    const script = parseText(doc('Setting up', 'Run these:', '# Install\napt-get install widget', '# Configure\nwidget --init'));
    assert.deepEqual(headings(script), []);
  });

  it('a bold label dates the text (`**Created:** 2024-01-18`); a `---` underline ranks as `##` among `#` headings', () => {
    const text = doc(
      '# Design: Tiered Compaction',
      '**Status:** Accepted  \n**Created:** 2024-01-18  ',
      '## Background',
      BODY,
      '### Merge policy',
      BODY,
      'Observability\n-------------',
      BODY,
      '## Rollout',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.date, '2024-01-18');
    assert.deepEqual(headings(document), ['1 - Background', '2 - Merge policy', '1 - Observability', '1 - Rollout']);
  });

  it('code between Markdown fences is kept as written, blank lines and `#` comments and all', () => {
    const text = doc(
      '# Notes',
      '## Setup',
      'Put this in the file:',
      '```toml\n# default station\nstation = "8443970"\n\n## not read yet\n[plot]\nwidth = 100\n```',
      '## Use',
      'Run it.',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 - Setup', '1 - Use']);
    const code = flattenSections(document.sections)[0]?.blocks[1];
    assert.equal(code?.type, 'preformatted');
    assert.equal(code?.text, '```toml\n# default station\nstation = "8443970"\n\n## not read yet\n[plot]\nwidth = 100\n```');
    // (A fence never closed is text: three backticks in a sentence open nothing.)
    const open = parseText(doc('Setup', BODY, '```\nopens a code block, and another closes it, which this text never has.', BODY));
    assert.deepEqual(
      open.lead.map((b) => b.type),
      ['paragraph', 'paragraph', 'paragraph'],
    );
    assert.equal(open.lead[1]?.text, '``` opens a code block, and another closes it, which this text never has.');
  });

  it('capitals over `Q:` questions and their answers group them', () => {
    const qa = (q: string): string => `Q: ${q}?\nA: ${BODY}`;
    const text = doc(
      'Membership: Frequently Asked Questions',
      'JOINING',
      qa('How do I join'),
      qa('Is there a fee'),
      'CANCELLING',
      qa('How do I cancel'),
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 - JOINING',
      '2 - How do I join?',
      '2 - Is there a fee?',
      '1 - CANCELLING',
      '2 - How do I cancel?',
    ]);
  });
});

describe('a shire, and a preliminary title', () => {
  it('`SHIRE OF KELLERBROOK` is an issuer; `TÍTULO PRELIMINAR` comes before `TÍTULO I`; `CP 1047` is a paper’s number; `... LIMITED` is an issuer', () => {
    const policy = doc('HARBOURSIDE MUTUAL INSURANCE LIMITED', 'Home Insurance', '1. Cover', BODY, '2. Claims', BODY);
    assert.equal(parseText(policy).title, 'Home Insurance');
    const paper = doc('Open for Business', 'CP 1047', BODY, 'Chapter 1: The problem', BODY, 'Chapter 2: The plan', BODY);
    assert.deepEqual(headings(parseText(paper)), ['1 Chapter 1 The problem', '1 Chapter 2 The plan']);
    const minutes = doc('SHIRE OF KELLERBROOK', 'MINUTES OF THE ORDINARY MEETING OF COUNCIL', '1. Opening', BODY, '2. Apologies', BODY);
    assert.equal(parseText(minutes).title, 'MINUTES OF THE ORDINARY MEETING OF COUNCIL');
    const ley = doc(
      'Ley 5/2023, de regadíos',
      'TÍTULO PRELIMINAR\nDisposiciones generales',
      'Artículo 1. Objeto.',
      BODY,
      'TÍTULO I\nDe la planificación',
      'Artículo 2. Contenido.',
      BODY,
    );
    assert.deepEqual(headings(parseText(ley)), [
      '1 TÍTULO PRELIMINAR Disposiciones generales',
      '2 Artículo 1 Objeto.',
      '1 TÍTULO I De la planificación',
      '2 Artículo 2 Contenido.',
    ]);
  });
});

describe('a running header on the first page', () => {
  it('of two lines, also above the title on page one, is furniture; so is a masthead that starts like it', () => {
    const header =
      '                                                                      NGS7301\nwww.northgate-semi.example               SLVS912B – MARCH 2021 – REVISED JUNE 2023';
    const page = (n: number, heading: string): string => `${header}\n\n${heading}\n\n${BODY} (${n})\n${BODY}\n\n\f`;
    const text = `${header}\n\nNGS7301 36-V, 1-A Synchronous Step-Down Converter\n\n${page(1, '1 Features')}${page(2, '2 Applications')}${page(3, '3 Description')}`;
    const document = parseText(text);
    assert.equal(document.title, 'NGS7301 36-V, 1-A Synchronous Step-Down Converter');
    assert.equal(document.date, null);
    assert.deepEqual(headings(document), ['1 1 Features', '1 2 Applications', '1 3 Description']);
    assert.ok(!allText(document).includes('SLVS912B'));
  });
});

describe('numbered records in capitals', () => {
  it('`COUNCIL RESOLUTION 2024/030` over its mover, three or more alike, labels a record, not a section', () => {
    const resolution = (n: number): string =>
      `COUNCIL RESOLUTION 2024/0${n}\nMOVED:     Cr Moyo\nSECONDED:  Cr Hartnett\nThat Council accept the report.`;
    const text = doc(
      'Minutes',
      '1.   REPORTS OF OFFICERS',
      '1.1  Tender RFT 03/2024',
      BODY,
      resolution(30),
      '1.2  Monthly Financial Statements',
      BODY,
      resolution(31),
      '1.3  Schedule of Accounts Paid',
      BODY,
      resolution(32),
      '2.   CLOSURE',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), [
      '1 1 REPORTS OF OFFICERS',
      '2 1.1 Tender RFT 03/2024',
      '2 1.2 Monthly Financial Statements',
      '2 1.3 Schedule of Accounts Paid',
      '1 2 CLOSURE',
    ]);
  });
});

describe('minutes held on a date given on the next line, and a summary of recommendations', () => {
  it('`on Tuesday 19 March 2024, commencing at 6.00pm` under `Held in ...` dates the minutes', () => {
    const text = doc(
      'MINUTES OF THE ORDINARY MEETING',
      'Held in the Council Chambers, 14 Barrack Street\non Tuesday 19 March 2024, commencing at 6.00pm',
      '1. Opening',
      BODY,
      '2. Closure',
      BODY,
    );
    assert.equal(parseText(text).date, 'Tuesday 19 March 2024');
  });

  it('`Summary of recommendations` after numbered chapters is back matter, a peer of them', () => {
    const text = doc(
      'White Paper',
      'Chapter 1: The problem',
      BODY,
      'Chapter 2: What we will do',
      BODY,
      'Summary of recommendations',
      BODY,
      'Annex A: Evidence',
      BODY,
    );
    assert.ok(headings(parseText(text)).includes('1 - Summary of recommendations'));
  });
});

describe('defined words under Definitions', () => {
  it('capitals or terms over their meanings under `Definitions` or `GLOSSARY` are defined words; a man page’s DEFINITIONS section is a peer', () => {
    const term = (word: string): string =>
      `${word}\n     Sudden and unexpected physical damage which happens at a specific\n     time and was not caused on purpose.`;
    const policy = doc(
      'Home Insurance',
      'Definitions',
      'Wherever these words appear in capitals they have this meaning.',
      term('ACCIDENTAL DAMAGE'),
      term('BUILDINGS'),
      term('EXCESS'),
      'Section A - Buildings',
      BODY,
      'Section B - Contents',
      BODY,
    );
    assert.deepEqual(headings(parseText(policy)), ['1 - Definitions', '1 Section A Buildings', '1 Section B Contents']);
    const glossary = doc(
      'Budget in Brief',
      '7. CALENDAR',
      BODY,
      '8. GLOSSARY',
      'Appropriation\nLegal authorization by the City Council to spend money for a\nspecific purpose during the fiscal year.',
      'Enterprise Fund\nA fund for a service run like a business and paid for by user\ncharges, such as water and refuse collection.',
    );
    assert.deepEqual(headings(parseText(glossary)), ['1 7 CALENDAR', '1 8 GLOSSARY']);
    const man = doc(
      'NAME',
      '       bash - GNU Bourne-Again SHell',
      'DEFINITIONS',
      `       ${BODY}`,
      'RESERVED WORDS',
      `       ${BODY}`,
      'SHELL GRAMMAR',
      `       ${BODY}`,
    );
    assert.deepEqual(headings(parseText(man)), ['1 - NAME', '1 - DEFINITIONS', '1 - RESERVED WORDS', '1 - SHELL GRAMMAR']);
  });
});

describe('a law report saved from the web', () => {
  it('a menu of bracketed links and a `You are here:` trail are chrome; a block of fields stands before the title', () => {
    const text = doc(
      '[Home] [Databases] [World Law] [Multidatabase Search] [Help]',
      'England and Wales High Court (Chancery Division) Decisions',
      'You are here: BAILII >> Databases >> England and Wales High Court >> Hargreave v Marlowe',
      'URL: http://www.bailii.org/ew/cases/EWHC/Ch/2024/512.html\nCite as: [2024] EWHC 512 (Ch)',
      '[New search] [Printable PDF version] [Help]',
      'Hargreave Estates Ltd v Marlowe Building Services Ltd [2024] EWHC 512 (Ch)',
      'Introduction',
      BODY,
      'Conclusion',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'Hargreave Estates Ltd v Marlowe Building Services Ltd [2024] EWHC 512 (Ch)');
    assert.ok(!allText(document).includes('[Home]'));
    // A usage line's bracketed options are no menu.
    assert.match(
      allText(parseText(doc('Usage', 'usage: yq [options] <filter>\n          [--indentless-lists] [--in-place] [--version]'))),
      /--in-place/,
    );
  });
});

describe('a report’s named part straight over its first subhead', () => {
  it('`Executive summary` over `Key performance indicators` and its text is a heading', () => {
    const text = doc(
      'Sustainability Report 2023',
      'Chair’s introduction',
      BODY,
      'Executive summary',
      'Key performance indicators',
      BODY,
      'PART A - ENVIRONMENT',
      'A1. Emissions',
      BODY,
      'A2. Water',
      BODY,
    );
    assert.ok(headings(parseText(text)).some((h) => h.endsWith('- Executive summary')));
    // Another plain line over a subhead is not: a line of the title page, an author.
    const other = doc(
      'Sustainability Report 2023',
      'Jane Smith',
      'Key performance indicators',
      BODY,
      'PART A - ENVIRONMENT',
      'A1. Emissions',
      BODY,
      'A2. Water',
      BODY,
    );
    assert.ok(!headings(parseText(other)).some((h) => h.includes('Jane Smith')));
  });
});

describe('dates with a note after them, and deep in a header', () => {
  it('a labelled date may close with a bracketed note; a header of fields is read to its sixteenth line', () => {
    const sections = ['1. Sessions', BODY, '2. Venue', BODY];
    assert.equal(
      parseText(doc('Programme', 'Last updated: 4 June 2024 (changes since the draft programme are marked *)', ...sections)).date,
      '4 June 2024',
    );
    assert.equal(
      parseText(doc('Budget in Brief', 'Adopted by the City Council: June 18, 2024 (Resolution 2024-61)', ...sections)).date,
      'June 18, 2024',
    );
    const header = [
      'PEP: 9999',
      'Title: Late-Bound Defaults',
      'Author: Jo Doe',
      'Discussions-To: list',
      'Status: Draft',
      'Type: Standards Track',
      'Topic: Typing',
      'Content-Type: text/x-rst',
      'Created: 14-Feb-2024',
      'Python-Version: 3.14',
    ];
    assert.equal(parseText(doc(header.join('\n'), ...sections)).date, '14-Feb-2024');
  });
});

describe('a header of fields at the top', () => {
  it('a PEP’s `Title:` field and YAML front matter in a text file give the title', () => {
    const sections = ['Abstract\n========', BODY, 'Motivation\n==========', BODY];
    const pep = doc(
      'PEP: 9999\nTitle: Late-Bound Default Argument Expressions\nAuthor: Jo Doe\nStatus: Draft\nCreated: 14-Feb-2024',
      ...sections,
    );
    assert.equal(parseText(pep).title, 'Late-Bound Default Argument Expressions');
    assert.deepEqual(headings(parseText(pep)), ['1 - Abstract', '1 - Motivation']);
    const yaml = doc('---\ntitle: "Late-Bound Defaults"\nauthor: Jo Doe\n---', ...sections);
    const document = parseText(yaml);
    assert.equal(document.title, 'Late-Bound Defaults');
    assert.ok(!allText(document).includes('author:'));
    // A mail header has no Title: its Subject decides, as before.
    assert.equal(parseText(doc('From: Jo Doe\nTo: List\nSubject: Backup failures\nDate: 3 March 2024', BODY)).title, 'Backup failures');
  });
});

describe('a conference programme', () => {
  it('rows that open with a time range are a day’s text, not headings', () => {
    const session = [
      '11:00-12:40   Session 1A: Kelp forests (Auditorium Polaris)',
      '              Chair: Eero Salo',
      '              11:00  Urchin barrens in retreat? Twenty years of recovery',
      '                     in Finnmark - Hanna Rasmussen',
      '              11:20  Kelp carbon export to the deep fjord basin',
      '              12:20  Discussion',
    ].join('\n');
    const text = doc(
      'Arctic Coasts 2024: Programme',
      'MONDAY 10 JUNE',
      '08:30-09:15   Registration and coffee (Foyer, ground floor)',
      '09:15-09:30   Welcome and opening remarks\n              Kari Lindahl, UiT The Arctic University of Norway',
      '09:30-10:30   KEYNOTE 1 (Auditorium Polaris)\n              Sea-ice retreat and the new Barents Sea food web',
      '10:30-11:00   Coffee break and posters',
      session,
      'TUESDAY 11 JUNE',
      '08:30-09:15   Registration and coffee (Foyer, ground floor)',
      session,
    );
    assert.deepEqual(headings(parseText(text)), ['1 - MONDAY 10 JUNE', '1 - TUESDAY 11 JUNE']);
  });
});

describe('an exam paper’s cover', () => {
  it('a subtitle over a block of four fields opening with the date is the cover’s, and the date is found', () => {
    const text = doc(
      'CIVL3002 Soil Mechanics',
      'Semester 1 Examination 2023/24',
      'Date: Tuesday 16 January 2024\nTime: 09:30\nTime allowed: 3 hours\nVenue: Sports Hall',
      'SECTION A',
      BODY,
      'SECTION B',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.date, 'Tuesday 16 January 2024');
    assert.deepEqual(headings(document), ['1 SECTION A ', '1 SECTION B ']);
  });
});

describe('a boxed title under a masthead', () => {
  it('the title in a box of rules under the school’s name is the title, the school its issuer', () => {
    const text = doc(
      '              ST BRENDAN\'S CATHOLIC PRIMARY SCHOOL\n        "Learning, loving and growing together in faith"',
      '  =============================================================\n                     THE BRENDAN BULLETIN\n              Issue 14  |  Spring Term  |  Friday 8 March 2024\n  =============================================================',
      'FROM THE HEADTEACHER',
      BODY,
      'SPORT',
      BODY,
    );
    const document = parseText(text);
    assert.equal(document.title, 'THE BRENDAN BULLETIN');
    assert.equal(document.date, 'Friday 8 March 2024');
  });
});

describe('a titled section among run-in ones', () => {
  it('`Section 3.2 Reconciliation` on its own line after a run-in `Section 3.1 Base Rent. Tenant shall ...` is a heading', () => {
    const text = doc(
      'COMMERCIAL LEASE AGREEMENT',
      'ARTICLE 3 RENT',
      'Section 3.1 Base Rent. Tenant shall pay the amount due under this\nsection in monthly instalments in advance.',
      'Section 3.2 Reconciliation\nWithin one hundred twenty (120) days after the end of each calendar\nyear, Landlord shall give Tenant a statement of actual expenses.',
      'ARTICLE 4 USE',
      BODY,
    );
    assert.deepEqual(headings(parseText(text)), ['1 ARTICLE 3 RENT', '2 Section 3.2 Reconciliation', '1 ARTICLE 4 USE']);
  });
});

describe('an exam question with its marks', () => {
  it('a one-line question closing with its marks is the text of `Question 7`, not its title or a heading', () => {
    const text = doc(
      'EXAM PAPER',
      'Question 6',
      BODY,
      'Question 7',
      'Calculate the total active thrust on the wall.               [18 marks]',
      'END OF PAPER',
    );
    const document = parseText(text);
    assert.deepEqual(headings(document), ['1 Question 6 ', '1 Question 7 ']);
    assert.match(allText(document), /thrust on the wall\. \[18 marks\]/);
  });
});
