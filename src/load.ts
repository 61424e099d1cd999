/**
 * path | '-' | nothing (the bundled article) -> decoded text. Decoding is
 * here and only here: BOMs, UTF-16, invalid UTF-8, binary detection.
 */

import { isAscii } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleError, ExitCode } from './errors.js';
import { findBidiControls, mayBeUnsafe, oneLine, sanitizeText } from './sanitize.js';

export interface LoadedText {
  /** How to name the input in messages: the path as given, `<stdin>`, or the seed's file name. */
  name: string;
  text: string;
  /** Things worth one line on stderr (e.g. invalid UTF-8), already phrased. */
  warnings: string[];
}

/** A numeric character reference (`&#27;`, `&#x1b;`), which Markdown decodes. */
const CHARACTER_REFERENCE = /&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));/g;

/**
 * Make the text safe before any stage sees it: control characters, bidi
 * overrides and invisible characters become visible (sanitize.ts), and so do
 * character references to them, which marked would otherwise decode into a
 * real ESC. Line breaks (CR, form feed) stay: the parser needs them.
 */
export function neutralise(text: string): string {
  // Clean text, the usual case, comes back as it is: no copy of a large file.
  const visible = text.includes('\r') || text.includes('\f') ? text.replace(/[^\r\f]+/g, sanitizeText) : sanitizeText(text);
  if (!visible.includes('&#')) return visible;
  return visible.replace(CHARACTER_REFERENCE, (reference, decimal: string | undefined, hex: string | undefined) => {
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return reference;
    const char = String.fromCodePoint(code);
    const safe = sanitizeText(char);
    return safe === char && code !== 0 && code !== 0x0d && code !== 0x0c ? reference : safe === char ? '\ufffd' : safe;
  });
}

export const SEED_NAME = 'journey-of-friendship.txt';

/**
 * The bundled article sits in seeds/ beside src/ and dist/, so one path serves both. The CommonJS
 * bundle has `__dirname`; a file URL made and read back costs half a millisecond of start-up.
 */
export function seedPath(): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  return join(here, '..', 'seeds', SEED_NAME);
}

/** V8 cannot hold a string longer than about 2^29 characters; refuse before trying. */
const MAX_BYTES = 512 * 1024 * 1024;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'not a directory in the path',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ERR_FS_FILE_TOO_LARGE: 'file is too large to read',
};

export function readInput(path: string | undefined, readStdin: () => Buffer): LoadedText {
  if (path === undefined) return decode(readFile(seedPath(), SEED_NAME), SEED_NAME);
  if (path === '-') return decode(readStdinBytes(readStdin), '<stdin>');
  // (Named in one-line messages: a line break in the name is shown, not written.)
  const name = oneLine(path);
  return decode(readFile(path, name), name);
}

/**
 * The first `bytes` of a file of `minSize` bytes or more, decoded and cut after
 * its last blank line, so that a first screen can be shown before the whole
 * is read. Null for a smaller file, UTF-16, or any trouble: the whole read
 * that follows reports problems (and warnings) itself.
 */
export function readInputHead(path: string, minSize: number, bytes: number): string | null {
  let fd: number | undefined;
  try {
    // Looked at before it is opened: opening a named pipe would wait for, and closing it would cut off, its writer.
    const stat = statSync(path);
    if (!stat.isFile() || stat.size < minSize || stat.size > MAX_BYTES) return null;
    fd = openSync(path, 'r');
    const head = Buffer.alloc(bytes);
    const read = readSync(fd, head, 0, bytes, 0);
    if (read < bytes || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
    // Cut at a line break: never inside a UTF-8 sequence.
    const text = decode(head.subarray(0, head.lastIndexOf(0x0a) + 1), oneLine(path)).text;
    const blankLine = Math.max(text.lastIndexOf('\n\n'), text.lastIndexOf('\n\r\n'));
    return blankLine > 0 ? text.slice(0, blankLine + 1) : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readFile(path: string, name: string): Buffer {
  try {
    // Refuse a file too large to hold as a string before reading a byte of it.
    const stat = statSync(path);
    if (stat.size > MAX_BYTES)
      throw new ArticleError(`${name}: file is too large (${stat.size} bytes; the limit is 512 MiB)`, ExitCode.dataErr);
    if (stat.isFile() && stat.size > 0) return readFileSync(path);
    // A device or a pipe says nothing of its size (`/dev/zero` never ends): read it up to the limit.
    const fd = openSync(path, 'r');
    try {
      return readUpToLimit(fd, name);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ERR_FS_FILE_TOO_LARGE' || error instanceof RangeError) {
      throw new ArticleError(`${name}: file is too large (the limit is 512 MiB)`, ExitCode.dataErr);
    }
    const problem = READ_ERRORS[code] ?? `cannot read (${code || (error as Error).message})`;
    throw new ArticleError(`${name}: ${problem}`, ExitCode.noInput);
  }
}

/**
 * Everything an open file gives until it ends, or the error that it is too
 * large once it has given more than the limit: standard input, a pipe or a
 * device may never end (`yes | article -`), and must not fill the memory.
 */
export function readUpToLimit(fd: number, name: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 20);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    total += read;
    if (total > MAX_BYTES) throw new ArticleError(`${name}: input is too large (the limit is 512 MiB)`, ExitCode.dataErr);
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    // (Binary from the start, `/dev/zero`, is refused on what came first: no need to read on.)
    if (chunks.length === 1 && looksBinary(chunk.subarray(0, read))) break;
  }
  return Buffer.concat(chunks, total);
}

function readStdinBytes(readStdin: () => Buffer): Buffer {
  try {
    return readStdin();
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ArticleError(`<stdin>: cannot read (${code})`, ExitCode.noInput);
  }
}

const UNDERSTRIKE = /_\x08(?=[^\x08\n])/g;
const OVERSTRIKE = /([^\x08\n])(?:\x08\1)+/gu;
const SGR = /\x1b\[[0-9;:]{0,32}m/g;

/** git and less call a file binary when a NUL byte shows up early; so do we. */
const BINARY_PROBE = 8000;

/** A NUL byte early, and no UTF-16 byte-order mark: binary. */
function looksBinary(bytes: Buffer): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, BINARY_PROBE).includes(0);
}

export function decode(bytes: Buffer, name: string): LoadedText {
  if (bytes.length > MAX_BYTES) {
    throw new ArticleError(`${name}: file is too large (${bytes.length} bytes; the limit is 512 MiB)`, ExitCode.dataErr);
  }
  const warnings: string[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const nul = looksBinary(bytes) ? bytes.indexOf(0) : -1;
    if (nul >= 0) {
      throw new ArticleError(`${name}: binary file (NUL byte at offset ${nul}), not text`, ExitCode.dataErr);
    }
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    try {
      // ASCII, the common case, is checked by SIMD and copied without decoding.
      text = isAscii(body) ? body.toString('latin1') : new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8').decode(body);
      const offset = firstInvalidUtf8(body) + start;
      warnings.push(`${name}: invalid UTF-8 at byte ${offset}; shown as U+FFFD`);
    }
  }
  // A BOM in the middle (files concatenated) is not text either.
  if (text.includes('\ufeff')) text = text.replace(/\ufeff/g, '');
  // One scan settles the usual case: nothing to make visible, so no overstrikes or bidi controls either.
  let unsafe = mayBeUnsafe(text);
  // A man page saved with `man x > file` keeps nroff's overstrikes: bold `N\bN`, underline `_\bN`.
  if (unsafe && text.includes('\b')) {
    // (`+` struck over `o` is nroff's bullet.)
    text = text
      .replace(/\+\x08o/g, '•')
      .replace(UNDERSTRIKE, '')
      .replace(OVERSTRIKE, '$1');
    unsafe = mayBeUnsafe(text);
  }
  // Text saved from a program that styles its output (grotty, `ls --color`, a log): the styles go, the
  // words stay. Only style sequences (`ESC [ 1 m`) are removed; any other escape is made visible below.
  if (unsafe && text.includes('\x1b[')) {
    text = text.replace(SGR, '');
    unsafe = mayBeUnsafe(text);
  }
  const bidi = unsafe ? findBidiControls(text) : 0;
  if (bidi > 0) warnings.push(`${name}: ${bidi} bidirectional control character(s), shown as <U+202E> and the like`);
  return { name, text: unsafe || text.includes('&#') ? neutralise(text) : text, warnings };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
