import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';

import { escapeJsonControls, findBidiControls, sanitizeTerminalOutput, sanitizeText } from '../src/sanitize.js';

/** Characters that must never survive sanitizeText / sanitizeTerminalOutput (ESC handled separately there). */
const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
/** Invisible characters that sanitizeText makes visible (tags outside RGI flags, checked separately). */
const INVISIBLE = /[\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]/;
/** Matches only unpaired surrogate halves (flag u). */
const LONE_SURROGATE = /\p{Surrogate}/u;
const VALID_SGR_G = /\x1b\[[0-9;]{0,64}m/g;
/** Everything escapeJsonControls must leave only as \uXXXX escapes (plus raw C0, which JSON.stringify escapes). */
const JSON_RAW_FORBIDDEN =
  /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]|\p{Surrogate}/u;

const ESC = '\x1b';
const BEL = '\x07';
const ST = '\x1b\\';

/** Hostile fragments injected into arbitrary strings by the property tests. */
const FRAGMENTS = [
  `${ESC}[2J`,
  `${ESC}[31m`,
  `${ESC}[0m`,
  `${ESC}[1;31m`,
  `${ESC}[`,
  `${ESC}[38;2;255;0;0m`,
  `${ESC}]52;c;ZXZpbA==${BEL}`,
  `${ESC}]0;title${BEL}`,
  `${ESC}]2;title${ST}`,
  `${ESC}]8;;http://evil.example/${ST}link${ESC}]8;;${ST}`,
  `${ESC}[21t`,
  `${ESC}[6n`,
  `${ESC}P$q"p${ST}`,
  `${ESC}[?1049h`,
  `${ESC}c`,
  `${ESC}(0`,
  '\u009b2J',
  '\u009d0;x\u009c',
  '\u0085',
  '\x00',
  '\x07',
  '\x08',
  '\r',
  '\x7f',
  '\t',
  '\n',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u2060',
  '\ufeff',
  '\u2028',
  '\u{e0041}',
  '\u{e007f}',
  '\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}',
  '\ud800',
  '\udfff',
  'שלום',
  'مرحبا',
  '👨‍👩‍👧',
  ';',
  'm',
  '[',
];

/** One UTF-16 code unit of any value (lone surrogates included). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
/** A code point from the ranges that matter here. */
const hotChar = fc
  .oneof(
    fc.integer({ min: 0x00, max: 0xa0 }),
    fc.integer({ min: 0x2000, max: 0x2070 }),
    fc.integer({ min: 0xfff0, max: 0xffff }),
    fc.integer({ min: 0xe0000, max: 0xe0080 }),
  )
  .map((cp) => String.fromCodePoint(cp));
/** Arbitrary strings: any code points, lone code units, and injected hostile fragments. */
const hostileString = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      codeUnit,
      hotChar,
      fc.constantFrom(...FRAGMENTS),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const RUNS = { numRuns: 1000 };

function countChars(s: string, re: RegExp): number {
  let n = 0;
  for (const ch of s) if (re.test(ch)) n++;
  return n;
}

describe('sanitizeText: terminal escape sequences', () => {
  const cases: [string, string, string][] = [
    ['CSI clear screen', `a${ESC}[2Jb`, 'a␛[2Jb'],
    ['CSI SGR colour', `${ESC}[31mred${ESC}[0m`, '␛[31mred␛[0m'],
    ['CSI alternate screen', `${ESC}[?1049h`, '␛[?1049h'],
    ['OSC 52 clipboard write', `${ESC}]52;c;ZXZpbA==${BEL}`, '␛]52;c;ZXZpbA==␇'],
    ['OSC 0 title set (BEL)', `${ESC}]0;title${BEL}`, '␛]0;title␇'],
    ['OSC 2 title set (ST)', `${ESC}]2;title${ST}`, '␛]2;title␛\\'],
    ['title report', `${ESC}[21t`, '␛[21t'],
    ['DCS request status string', `${ESC}P$q"p${ST}`, '␛P$q"p␛\\'],
    ['device status report', `${ESC}[6n`, '␛[6n'],
    ['8-bit CSI', '\u009b2J', '<U+009B>2J'],
    ['8-bit OSC + ST', '\u009d0;t\u009c', '<U+009D>0;t<U+009C>'],
    ['NEL', 'a\u0085b', 'a<U+0085>b'],
    ['OSC 8 hyperlink', `${ESC}]8;;http://x/${ST}t${ESC}]8;;${ST}`, '␛]8;;http://x/␛\\t␛]8;;␛\\'],
    ['full reset', `${ESC}c`, '␛c'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.equal(sanitizeText(input), expected);
    });
  }
});

describe('sanitizeText: single control characters', () => {
  it('maps C0 controls to Control Pictures', () => {
    assert.equal(sanitizeText('\x00'), '␀');
    assert.equal(sanitizeText('\x07'), '␇');
    assert.equal(sanitizeText('\x08'), '␈');
    assert.equal(sanitizeText('\x0b\x0c'), '␋␌');
    assert.equal(sanitizeText('\x0e\x0f'), '␎␏');
    assert.equal(sanitizeText('\x1b'), '␛');
    assert.equal(sanitizeText('\x1f'), '␟');
    assert.equal(sanitizeText('safe text\rEVIL'), 'safe text␍EVIL');
    for (let c = 0; c < 0x20; c++) {
      if (c === 0x09 || c === 0x0a) continue;
      assert.equal(sanitizeText(String.fromCharCode(c)), String.fromCharCode(0x2400 + c));
    }
  });
  it('keeps TAB and LF', () => {
    assert.equal(sanitizeText('a\tb\nc\n'), 'a\tb\nc\n');
  });
  it('maps DEL to ␡ and C1 to <U+XXXX>', () => {
    assert.equal(sanitizeText('\x7f'), '␡');
    assert.equal(sanitizeText('\x80\x9f'), '<U+0080><U+009F>');
  });
  it('leaves U+00A0 and Latin-1 letters alone', () => {
    assert.equal(sanitizeText('\u00a0é ÿ ©'), '\u00a0é ÿ ©');
  });
});

describe('sanitizeText: bidi, invisible and tag characters', () => {
  // Trojan Source (CVE-2021-42574), "commenting-out" example.
  const trojan = '/*\u202e } \u2066if (isAdmin)\u2069 \u2066 begin admins only */';
  it('makes Trojan Source bidi controls visible', () => {
    assert.equal(sanitizeText(trojan), '/*<U+202E> } <U+2066>if (isAdmin)<U+2069> <U+2066> begin admins only */');
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      assert.equal(sanitizeText(String.fromCharCode(cp)), `<U+${cp.toString(16).toUpperCase()}>`);
    }
  });
  it('findBidiControls counts embeddings, overrides and isolates only', () => {
    assert.equal(findBidiControls(trojan), 4);
    assert.equal(findBidiControls('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'), 9);
    assert.equal(findBidiControls('plain'), 0);
    assert.equal(findBidiControls(''), 0);
    // LRM/RLM/ALM are marks, not controls with scope.
    assert.equal(findBidiControls('\u200e\u200f\u061c'), 0);
    // Stateless across calls (global regex lastIndex is reset).
    assert.equal(findBidiControls('x\u202e'), 1);
    assert.equal(findBidiControls('\u202e'), 1);
  });
  it('makes zero-width and invisible characters visible', () => {
    assert.equal(sanitizeText('pay\u200bpal'), 'pay<U+200B>pal');
    assert.equal(sanitizeText('a\u2060b'), 'a<U+2060>b');
    assert.equal(sanitizeText('a\u2062b'), 'a<U+2062>b');
    assert.equal(sanitizeText('a\u206ab'), 'a<U+206A>b');
    assert.equal(sanitizeText('\ufeffa\ufeffb'), '<U+FEFF>a<U+FEFF>b');
    assert.equal(sanitizeText('a\ufff9b\ufffac\ufffb'), 'a<U+FFF9>b<U+FFFA>c<U+FFFB>');
  });
  it('makes tag characters (ASCII smuggling) visible', () => {
    const hidden = [...'hi'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    assert.equal(sanitizeText(`ok${hidden}`), 'ok<U+E0068><U+E0069>');
    assert.equal(sanitizeText('\u{e0001}\u{e007f}'), '<U+E0001><U+E007F>');
  });
  it('keeps the RGI subdivision flags but not arbitrary tag sequences after 🏴', () => {
    const tags = (s: string): string => `${[...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')}\u{e007f}`;
    for (const code of ['gbeng', 'gbsct', 'gbwls']) {
      const flag = `\u{1f3f4}${tags(code)}`;
      assert.equal(sanitizeText(`a ${flag} b`), `a ${flag} b`);
    }
    assert.equal(sanitizeText(`\u{1f3f4}${tags('usca')}`), '\u{1f3f4}<U+E0075><U+E0073><U+E0063><U+E0061><U+E007F>');
    assert.equal(sanitizeText('\u{1f3f4}'), '\u{1f3f4}');
  });
  it('replaces lone surrogates with U+FFFD and keeps valid pairs', () => {
    assert.equal(sanitizeText('a\ud800b'), 'a\ufffdb');
    assert.equal(sanitizeText('a\udc00b'), 'a\ufffdb');
    assert.equal(sanitizeText('\ud83d'), '\ufffd');
    assert.equal(sanitizeText('\udc00\ud800'), '\ufffd\ufffd');
    assert.equal(sanitizeText('\ud83d\ude00'), '😀');
    assert.equal(sanitizeText('\ud83d\ud83d\ude00'), '\ufffd😀');
    const out = sanitizeText('x\ud800\udc00\udc00y\ud800');
    assert.equal(out, 'x\u{10000}\ufffdy\ufffd');
    assert.equal(Buffer.from(out, 'utf8').toString('utf8'), out);
  });
});

describe('sanitizeText: legitimate text is untouched', () => {
  const legit = [
    'שלום עולם — עברית',
    'مرحبا بالعالم',
    'می\u200cخواهم', // Persian with ZWNJ
    'क्‍ष', // Devanagari with ZWJ
    '👨\u200d👩\u200d👧',
    '👩🏽\u200d💻 🏳️\u200d🌈',
    '你好，世界。日本語のテキスト。한국어',
    'Zürich, naïve café, Ελληνικά, русский',
    'left\u200e right\u200f alm\u061c', // LRM, RLM, ALM are kept
    'Bundes\u00adverfassungs\u00adgericht', // soft hyphen kept
    'line\u2028sep\u2029para', // LS/PS kept (escaped only in JSON)
    'e\u0301 combining, variation ✌\ufe0f',
    '\u{1d54f}\u{1f600}\u{10ffff}',
    '',
  ];
  for (const s of legit) {
    it(JSON.stringify(s), () => {
      assert.equal(sanitizeText(s), s);
      assert.equal(sanitizeTerminalOutput(s), s);
      assert.equal(findBidiControls(s), 0);
    });
  }
});

describe('unterminated sequences do not swallow text', () => {
  it('CSI introducer at end of line', () => {
    const out = sanitizeText(`first line ${ESC}[\nnext line`);
    assert.equal(out, 'first line ␛[\nnext line');
    assert.ok(out.includes('next line'));
  });
  it('OSC without terminator', () => {
    assert.equal(sanitizeText(`a${ESC}]52;c;AAAA\nnext line`), 'a␛]52;c;AAAA\nnext line');
  });
  it('DCS without ST, and ESC at the very end', () => {
    assert.equal(sanitizeText(`${ESC}Pdata\nnext line${ESC}`), '␛Pdata\nnext line␛');
  });
  it('in terminal output as well', () => {
    assert.equal(
      sanitizeTerminalOutput(`${ESC}[1mtitle${ESC}[0m ${ESC}[\nnext line ${ESC}[31`),
      `${ESC}[1mtitle${ESC}[0m ␛[\nnext line ␛[31`,
    );
  });
});

describe('sanitizeTerminalOutput', () => {
  it('keeps SGR sequences', () => {
    for (const sgr of [`${ESC}[m`, `${ESC}[0m`, `${ESC}[1;31m`, `${ESC}[38;2;255;0;0m`, `${ESC}[4;2m`]) {
      assert.equal(sanitizeTerminalOutput(`${sgr}x${ESC}[0m`), `${sgr}x${ESC}[0m`);
    }
  });
  it('neutralises every other sequence', () => {
    assert.equal(sanitizeTerminalOutput(`${ESC}[2J`), '␛[2J');
    assert.equal(sanitizeTerminalOutput(`${ESC}[6n`), '␛[6n');
    assert.equal(sanitizeTerminalOutput(`${ESC}[21t`), '␛[21t');
    assert.equal(sanitizeTerminalOutput(`${ESC}[?25l`), '␛[?25l');
    assert.equal(sanitizeTerminalOutput(`${ESC}]52;c;QQ==${BEL}`), '␛]52;c;QQ==␇');
    assert.equal(sanitizeTerminalOutput(`${ESC}]8;;http://x${ST}t`), '␛]8;;http://x␛\\t');
    assert.equal(sanitizeTerminalOutput(`${ESC}P$q"p${ST}`), '␛P$q"p␛\\');
    assert.equal(sanitizeTerminalOutput('\u009b31m'), '<U+009B>31m');
    assert.equal(sanitizeTerminalOutput(`${ESC}[38:2:255:0:0m`), '␛[38:2:255:0:0m');
    assert.equal(sanitizeTerminalOutput(`${ESC}${ESC}[1m`), `␛${ESC}[1m`);
    assert.equal(sanitizeTerminalOutput('\u202eabc\u200b\ud800'), '<U+202E>abc<U+200B>\ufffd');
  });
  it('over any mix of SGR pieces and controls: only whole SGR sequences keep their ESC, and text without others comes back as it is', () => {
    const piece = fc.constantFrom(ESC, '[', '1', ';', '31', 'm', 'x', ' ', '\n', '\u009b', '\u202e', '\u200b', '\x07', '\ud800', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const input = pieces.join('');
        const out = sanitizeTerminalOutput(input);
        assert.equal(out.replace(/\x1b\[[0-9;]{0,64}m/g, '').match(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e\u200b]/), null, JSON.stringify(out));
        assert.equal(sanitizeTerminalOutput(out), out);
        if (!/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e\u200b\ud800-\udfff]/.test(input.replace(/\x1b\[[0-9;]{0,64}m/g, '')))
          assert.equal(out, input);
      }),
    );
  });
  it('rejects over-long SGR parameter lists', () => {
    const long = `${ESC}[${'1;'.repeat(40)}m`;
    assert.equal(sanitizeTerminalOutput(long), `␛[${'1;'.repeat(40)}m`);
  });
});

describe('escapeJsonControls', () => {
  it('escapes DEL, C1, bidi, LS/PS, invisible and tag characters', () => {
    const value = {
      t: `\x7f\u009b2J\u202e\u2066\u2028\u2029\u200b\u2060\ufeff\u{e0041}ok\u200c\u200d`,
      'key\u202e': ['\u0085'],
    };
    const json = JSON.stringify(value);
    const out = escapeJsonControls(json);
    assert.equal(
      out,
      '{"t":"\\u007f\\u009b2J\\u202e\\u2066\\u2028\\u2029\\u200b\\u2060\\ufeff\\udb40\\udc41ok\u200c\u200d",' + '"key\\u202e":["\\u0085"]}',
    );
    assert.deepEqual(JSON.parse(out), value);
  });
  it('leaves JSON structure, C0 escapes and pretty-printing whitespace alone', () => {
    const json = JSON.stringify({ a: '\x1b[2J\n', b: [1, 2] }, null, 2);
    assert.equal(escapeJsonControls(json), json);
    assert.equal(escapeJsonControls(''), '');
  });
  it('escapes lone surrogates losslessly', () => {
    assert.equal(escapeJsonControls('"\ud800"'), '"\\ud800"');
    assert.equal(JSON.parse(escapeJsonControls('"\ud800"')), '\ud800');
  });
});

describe('property tests', () => {
  it('sanitizeText output has no controls, bidi, invisible chars or lone surrogates', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = sanitizeText(s);
        assert.ok(!FORBIDDEN.test(out), JSON.stringify(out));
        assert.ok(!INVISIBLE.test(out), JSON.stringify(out));
        assert.ok(!LONE_SURROGATE.test(out), JSON.stringify(out));
        // Tag characters only inside the three whitelisted flags.
        const withoutFlags = out.replace(
          /\u{1f3f4}\u{e0067}\u{e0062}(?:\u{e0065}\u{e006e}\u{e0067}|\u{e0073}\u{e0063}\u{e0074}|\u{e0077}\u{e006c}\u{e0073})\u{e007f}/gu,
          '',
        );
        assert.ok(!/[\u{e0000}-\u{e007f}]/u.test(withoutFlags), JSON.stringify(out));
      }),
      RUNS,
    );
  });

  it('sanitizeText is idempotent and keeps every TAB and LF', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = sanitizeText(s);
        assert.equal(sanitizeText(out), out);
        assert.equal(countChars(out, /\n/), countChars(s, /\n/));
        assert.equal(countChars(out, /\t/), countChars(s, /\t/));
      }),
      RUNS,
    );
  });

  it('sanitizeText leaves strings without special characters unchanged', () => {
    const special =
      /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]|\p{Surrogate}/u;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(fc.constantFrom('\t', '\n'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }),
        (s) => {
          fc.pre(!special.test(s));
          assert.equal(sanitizeText(s), s);
        },
      ),
      RUNS,
    );
  });

  it('text after any hostile fragment and a newline survives unchanged', () => {
    const clean = fc.string({ unit: 'grapheme-ascii' }).filter((s) => !/[\x00-\x08\x0b-\x1f\x7f]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => !/[\ud800-\udfff]/.test(f)))), clean, (frags, tail) => {
        const head = frags.join('');
        assert.equal(sanitizeText(`${head}\n${tail}`), `${sanitizeText(head)}\n${tail}`);
        assert.equal(sanitizeTerminalOutput(`${head}\n${tail}`), `${sanitizeTerminalOutput(head)}\n${tail}`);
      }),
      RUNS,
    );
  });

  it('findBidiControls counts exactly the bidi controls', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        assert.equal(findBidiControls(s), countChars(s, /[\u202a-\u202e\u2066-\u2069]/));
      }),
      RUNS,
    );
  });

  it('sanitizeTerminalOutput leaves no ESC except at the start of a valid SGR sequence', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = sanitizeTerminalOutput(s);
        const withoutSgr = out.replace(VALID_SGR_G, '');
        assert.ok(!withoutSgr.includes(ESC), JSON.stringify(out));
        assert.ok(!FORBIDDEN.test(withoutSgr), JSON.stringify(out));
        assert.ok(!INVISIBLE.test(out), JSON.stringify(out));
        assert.ok(!LONE_SURROGATE.test(out), JSON.stringify(out));
      }),
      RUNS,
    );
  });

  it('sanitizeTerminalOutput equals sanitizeText when there is no SGR', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        fc.pre(!/\x1b\[[0-9;]{0,64}m/.test(s));
        assert.equal(sanitizeTerminalOutput(s), sanitizeText(s));
      }),
      RUNS,
    );
  });

  it('styled sanitized text passes sanitizeTerminalOutput unchanged', () => {
    const sgr = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 5 }).map((ps) => `${ESC}[${ps.join(';')}m`);
    fc.assert(
      fc.property(fc.array(fc.tuple(sgr, hostileString), { maxLength: 5 }), (parts) => {
        const styled = parts.map(([style, text]) => `${style}${sanitizeText(text)}${ESC}[0m`).join('');
        assert.equal(sanitizeTerminalOutput(styled), styled);
      }),
      RUNS,
    );
  });

  it('escapeJsonControls(JSON.stringify(x)) parses back to x and has no raw controls', () => {
    const value = fc.oneof(
      fc.jsonValue({ stringUnit: 'binary' }),
      fc.dictionary(hostileString, fc.oneof(hostileString, fc.array(hostileString))),
      hostileString,
    );
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2), (x, indent) => {
        const json = JSON.stringify(x, null, indent);
        const out = escapeJsonControls(json);
        assert.deepEqual(JSON.parse(out), JSON.parse(json));
        // Outside strings only JSON whitespace may be raw C0; check the compact form for everything.
        const compact = escapeJsonControls(JSON.stringify(x));
        assert.ok(!JSON_RAW_FORBIDDEN.test(compact), JSON.stringify(compact));
        // Compare with a plain JSON round trip (fc may build null-prototype objects).
        assert.deepEqual(JSON.parse(compact), JSON.parse(JSON.stringify(x)));
      }),
      RUNS,
    );
  });
});
