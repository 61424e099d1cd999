/**
 * Sanitizing untrusted document text before it reaches a terminal, a pipe or
 * JSON output.
 *
 * Pure functions: no imports, no process access, no I/O. Every function uses a
 * single precompiled regular expression (flag `u`) and a replace callback
 * backed by a precomputed lookup table, so text without anything to change is
 * scanned once and returned without copying.
 *
 * What `sanitizeText` makes visible
 * ---------------------------------
 * | characters                         | becomes                         | why |
 * |------------------------------------|---------------------------------|-----|
 * | C0 U+0000–U+001F except TAB and LF | Control Picture U+2400+code (ESC → ␛, BEL → ␇, NUL → ␀, CR → ␍) | terminal control: escape sequences, bell, backspace/CR overprinting, SO/SI charset switching |
 * | DEL U+007F                         | ␡ (U+2421)                      | control character |
 * | C1 U+0080–U+009F                   | `<U+009B>`                      | 8-bit CSI/OSC/DCS/ST are interpreted by some terminals; U+0085 NEL is a line break |
 * | bidi embeddings/overrides/isolates U+202A–U+202E, U+2066–U+2069 | `<U+202E>` | "Trojan Source" (CVE-2021-42574) reordering of displayed text; counted by `findBidiControls` |
 * | ZWSP U+200B                        | `<U+200B>`                      | invisible; splits/hides words and spoofs identical-looking strings |
 * | WJ U+2060, invisible operators U+2061–U+2064 | `<U+2060>`            | invisible, no legitimate use in prose |
 * | deprecated format chars U+206A–U+206F | `<U+206A>`                   | invisible, alter shaping/digit display |
 * | U+FEFF anywhere                    | `<U+FEFF>`                      | invisible (ZWNBSP). The loader must strip a leading BOM *before* calling this |
 * | interlinear annotation U+FFF9–U+FFFB | `<U+FFF9>`                    | can hide annotation text in some renderers |
 * | tag characters U+E0000–U+E007F     | `<U+E0041>`                     | invisible "ASCII smuggling" (hidden text, prompt injection) |
 * | lone surrogate halves              | U+FFFD                          | invalid UTF-16; would produce invalid UTF-8 on output |
 *
 * Deliberately left untouched:
 * - TAB, LF: ordinary layout.
 * - U+200C ZWNJ and U+200D ZWJ: required by Persian/Indic text and emoji ZWJ
 *   sequences (👨‍👩‍👧).
 * - U+200E LRM, U+200F RLM, U+061C ALM: implicit directional *marks*, common in
 *   legitimate Hebrew/Arabic text (e.g. Wikipedia). Unlike embeddings,
 *   overrides and isolates they have no scope, so they cannot reorder a span
 *   of text the way Trojan Source does.
 * - U+00AD SOFT HYPHEN: a hyphenation hint found in a lot of real news text
 *   (German in particular). It neither controls the terminal nor reorders or
 *   hides meaningful text; showing `<U+00AD>` in the middle of words would make
 *   such articles unreadable. (The renderer may choose to drop it before word
 *   wrapping, since terminals disagree on whether it is 0 or 1 column wide.)
 * - U+2028/U+2029 LINE/PARAGRAPH SEPARATOR: not terminal controls; only
 *   escaped in JSON output (see `escapeJsonControls`).
 * - The three RGI subdivision flags (England, Scotland, Wales), i.e. U+1F3F4
 *   followed by the tag sequence `gbeng`/`gbsct`/`gbwls` and U+E007F CANCEL
 *   TAG, are kept as they are; any other tag character is made visible.
 *
 * `sanitizeText` is idempotent: none of its replacements contain a character
 * it would replace.
 */

/** C0 controls except TAB (U+0009) and LF (U+000A). */
const C0 = '\\u0000-\\u0008\\u000B-\\u001F';
const DEL = '\\u007F';
const C1 = '\\u0080-\\u009F';
/** Bidi embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI = '\\u202A-\\u202E\\u2066-\\u2069';
/** Invisible format characters that can hide or spoof text. */
const INVISIBLE = '\\u200B\\u2060-\\u2064\\u206A-\\u206F\\uFEFF\\uFFF9-\\uFFFB';
const TAGS = '\\u{E0000}-\\u{E007F}';
/** In a `u` regex these only match surrogate halves that are not part of a pair. */
const LONE_SURROGATE = '\\u{D800}-\\u{DFFF}';
const LINE_SEPARATORS = '\\u2028\\u2029';
/** RGI emoji subdivision flags: 🏴 + tag letters gbeng | gbsct | gbwls + CANCEL TAG. */
const RGI_TAG_FLAG =
  '\\u{1F3F4}\\u{E0067}\\u{E0062}(?:\\u{E0065}\\u{E006E}\\u{E0067}|\\u{E0073}\\u{E0063}\\u{E0074}|\\u{E0077}\\u{E006C}\\u{E0073})\\u{E007F}';
/** SGR: ESC [ params m, params limited to digits and ';' (bounded length). */
const SGR = '\\u001B\\[[0-9;]{0,64}m';

const TEXT_CLASS = `[${C0}${DEL}${C1}${BIDI}${INVISIBLE}${TAGS}${LONE_SURROGATE}]`;

const TEXT_RE = new RegExp(`${RGI_TAG_FLAG}|${TEXT_CLASS}`, 'gu');
const TERMINAL_RE = new RegExp(`${SGR}|${RGI_TAG_FLAG}|${TEXT_CLASS}`, 'gu');
const JSON_RE = new RegExp(`[${DEL}${C1}${BIDI}${INVISIBLE}${LINE_SEPARATORS}${TAGS}${LONE_SURROGATE}]`, 'gu');
const BIDI_RE = new RegExp(`[${BIDI}]`, 'g');
/**
 * A superset of what TEXT_RE replaces, without the `u` flag (any surrogate
 * stands for the astral and lone-surrogate cases): scanning with it is several
 * times faster, so clean text, the usual case, is returned as it is.
 */
const MAYBE_UNSAFE = new RegExp(`[${C0}${DEL}${C1}${BIDI}${INVISIBLE}\\uD800-\\uDFFF]`);
/** MAYBE_UNSAFE without ESC: the terminal filter keeps an ESC that opens an SGR sequence (see onlySgrEscapes). */
const C0_BESIDES_ESC = '\\u0000-\\u0008\\u000B-\\u001A\\u001C-\\u001F';
const MAYBE_UNSAFE_BESIDES_ESC = new RegExp(`[${C0_BESIDES_ESC}${DEL}${C1}${BIDI}${INVISIBLE}\\uD800-\\uDFFF]`);
const SGR_AT = new RegExp(SGR, 'y');

/**
 * Every ESC in `s` opens an SGR sequence. Styled text has a few ESCs a line,
 * found by indexOf; one pattern with ESC as an alternative scans at half speed.
 */
function onlySgrEscapes(s: string): boolean {
  for (let at = s.indexOf('\x1b'); at >= 0; at = s.indexOf('\x1b', at + 1)) {
    SGR_AT.lastIndex = at;
    if (!SGR_AT.test(s)) return false;
  }
  return true;
}

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * Visible replacement for a BMP character that TEXT_CLASS matched: a control
 * picture for C0 and DEL (TAB and LF are never matched), U+FFFD for a lone
 * surrogate, `<U+XXXX>` for the rest (C1, bidi and invisible characters).
 */
function visibleBmp(cp: number): string {
  if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
  if (cp === 0x7f) return '\u2421';
  if (cp >= 0xd800 && cp <= 0xdfff) return '\ufffd';
  return `<U+${hex(cp, 4)}>`;
}

/** Shared by sanitizeText and sanitizeTerminalOutput. */
function makeVisible(m: string): string {
  switch (m.length) {
    case 1: // BMP character, or a lone surrogate (no table entry)
      return visibleBmp(m.charCodeAt(0));
    case 2: // a tag character U+E0000–U+E007F (the only astral class members)
      return `<U+${hex(m.codePointAt(0) ?? 0xfffd, 4)}>`;
    default: // a whitelisted RGI tag flag
      return m;
  }
}

function keepSgrOrMakeVisible(m: string): string {
  // An SGR match is ESC + at least "[m"; a lone ESC has length 1.
  if (m.length > 2 && m.charCodeAt(0) === 0x1b) return m;
  return makeVisible(m);
}

function jsonEscape(m: string): string {
  let out = '';
  for (let i = 0; i < m.length; i++) out += `\\u${m.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * Text from the command line or a file name, to be quoted in a one-line
 * message: its line breaks shown as `␤`, so that a name cannot forge a second
 * line on stderr (`missing\nFAKE: line`).
 */
export function oneLine(s: string): string {
  return /[\n\r\u0085\u2028\u2029]/.test(s) ? s.replace(/\r\n|[\n\r\u0085\u2028\u2029]/g, '␤') : s;
}

/**
 * Make text safe to show anywhere: controls, bidi overrides/isolates and
 * invisible characters become visible placeholders, lone surrogates become
 * U+FFFD. Legitimate text in any script (including ZWNJ/ZWJ) is untouched.
 */
export function sanitizeText(s: string): string {
  return mayBeUnsafe(s) ? s.replace(TEXT_RE, makeVisible) : s;
}

/** False when `s` has nothing sanitizeText would change (one scan, no copy). */
export function mayBeUnsafe(s: string): boolean {
  return MAYBE_UNSAFE.test(s);
}

/**
 * Number of bidi embedding/override/isolate controls (U+202A–U+202E,
 * U+2066–U+2069) in `s`, so the caller can warn once.
 */
export function findBidiControls(s: string): number {
  let n = 0;
  BIDI_RE.lastIndex = 0;
  while (BIDI_RE.exec(s) !== null) n++;
  return n;
}

/**
 * Last filter before styled output reaches a terminal. Keeps only SGR
 * sequences `ESC [ <digits and ;> m` (at most 64 parameter characters), which
 * is how the renderer styles text; everything else is treated exactly like
 * `sanitizeText` (so for input without SGR the result equals
 * `sanitizeText(s)`, and a stray ESC shows as ␛).
 *
 * OSC 8 hyperlinks are deliberately not allowed: they let the visible text
 * differ from the real link target (a spoofing vector), terminals without
 * support print garbage, and the renderer shows URLs as text anyway.
 *
 * This filter trusts SGR, so document text must already have gone through
 * `sanitizeText` (which turns every ESC into ␛) before styling is added.
 */
export function sanitizeTerminalOutput(s: string): string {
  // One scan settles the usual case, styled text with nothing else to change (no replace, no copy).
  return MAYBE_UNSAFE_BESIDES_ESC.test(s) || !onlySgrEscapes(s) ? s.replace(TERMINAL_RE, keepSgrOrMakeVisible) : s;
}

/**
 * Post-process `JSON.stringify` output: DEL, C1 controls, bidi controls,
 * U+2028/U+2029, the invisible characters listed above (all tag characters,
 * flags included) and lone surrogates are written as `\uXXXX` escapes (astral
 * characters as an escaped surrogate pair). C0 is not touched: JSON.stringify
 * already escapes it inside strings, and outside strings only JSON whitespace
 * can occur. The result parses back to exactly the same value.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RE, jsonEscape);
}
