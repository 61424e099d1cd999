/**
 * The one place that talks to the process: argv, env, stdin/stdout/stderr,
 * exit codes. Everything else takes and returns data.
 */

import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { Chalk } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Document } from './document.js';
import { ArticleError, ExitCode } from './errors.js';
import { readInput } from './load.js';
import { type ColorMode, type Env, MAX_READING_WIDTH, type OutputPlan, type OutputStream, planOutput, safeForOutput } from './output.js';
import { parseText } from './parse.js';
import { looksLikeMarkdown, parseMarkdown } from './parse-markdown.js';
import { documentJson, renderJson, tocJson } from './render/json.js';
import { loadTerminalRenderer } from './render/load-terminal.js';
import { renderMarkdown } from './render/markdown.js';
import { renderText } from './render/text.js';
import { renderTocMarkdown, renderTocPlain, renderTocTerminal } from './render/toc.js';
import { sanitizeText } from './sanitize.js';
import { findSection, tocEntries, type View, wholeDocument } from './select.js';
import { VERSION } from './version.js';

export interface Io {
  /** Arguments after the program name. */
  argv: readonly string[];
  env: Env;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Standard input, read whole (only when the file is `-`). */
  readStdin: () => Buffer;
}

type Format = 'text' | 'markdown' | 'json';

interface CommonOptions {
  format: Format;
  color: ColorMode;
  width?: number;
  pager: boolean;
}

function parseWidth(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 10 || n > 1000) throw new InvalidArgumentError('a whole number of columns from 10 to 1000');
  return n;
}

function addCommonOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .addOption(
      new Option('--color [when]', 'colour: auto (on for a terminal), always or never')
        .choices(['auto', 'always', 'never'])
        .default('auto')
        .preset('always'),
    )
    .addOption(
      new Option(
        '-w, --width <columns>',
        'wrap paragraphs to this many columns (default: the terminal, at most 100; no wrapping in a pipe)',
      ).argParser(parseWidth),
    )
    .option('--no-pager', 'never page the output');
}

const EXAMPLES = `
Examples:
  article                                 read the bundled article
  article read report.txt                 read a file
  article toc rfc9999.txt                 list its headings
  article section 2 report.txt            the second section
  article section II                      by its label as written
  article section "good neighborliness"   by words of its heading
  article section lead                    the paragraphs before the first heading
  article toc --format json | jq .        headings for scripts
  curl -s URL | article toc -             read standard input

Exit status: 0 ok, 1 no such section, 2 usage error, 65 input is not text,
66 input cannot be read, 74 output cannot be written.`;

/** Write a line to stderr, safely: file names and messages can carry control characters too. */
function warn(io: Io, message: string): void {
  io.stderr.write(`article: ${sanitizeText(message)}\n`);
}

function loadDocument(io: Io, file: string | undefined): { document: Document; name: string } {
  const input = readInput(file, io.readStdin);
  for (const warning of input.warnings) warn(io, warning);
  const document = looksLikeMarkdown(input.name, input.text) ? parseMarkdown(input.text) : parseText(input.text);
  return { document, name: input.name };
}

function emit(io: Io, text: string, kind: 'text' | 'json', plan: OutputPlan): void {
  if (text !== '') io.stdout.write(safeForOutput(text, kind, plan.colorLevel));
}

async function renderView(view: View, options: CommonOptions, plan: OutputPlan): Promise<{ text: string; kind: 'text' | 'json' }> {
  switch (options.format) {
    case 'json':
      return { text: renderJson(documentJson(view)), kind: 'json' };
    case 'markdown':
      return { text: renderMarkdown(view), kind: 'text' };
    case 'text':
      if (plan.interactive || plan.colorLevel > 0) return { text: await renderStyled(view, plan), kind: 'text' };
      return { text: renderText(view, { width: plan.width }), kind: 'text' };
  }
}

async function renderStyled(view: View, plan: OutputPlan): Promise<string> {
  const { renderTerminal } = await loadTerminalRenderer();
  return renderTerminal(view, { colorLevel: plan.colorLevel, width: plan.width ?? MAX_READING_WIDTH, syntax: view.document.syntax });
}

function buildProgram(io: Io): Command {
  const program = new Command('article')
    .description('Read long structured texts in a terminal: the whole text, one section, or the table of contents.')
    .version(VERSION, '-V, --version')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(sanitizeText(s.startsWith('error:') ? `article: ${s}` : s)),
    })
    .exitOverride()
    .showSuggestionAfterError()
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', EXAMPLES);
  // Options shared by every command are the program's: commander reads them
  // before or after the command name (`article --no-pager toc`, `article toc -f json`).
  addCommonOptions(program);

  const plan = (options: CommonOptions): OutputPlan => planOutput(io.stdout, io.env, options.color, options.width);

  program
    .command('read [file]', { isDefault: true })
    .description('print the whole text (FILE, "-" for standard input, or the bundled article)')
    .action(async (file: string | undefined, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<CommonOptions>();
      const { document } = loadDocument(io, file);
      const p = plan(options);
      const { text, kind } = await renderView(wholeDocument(document), options, p);
      emit(io, text, kind, p);
    });

  program
    .command('toc [file]')
    .description('print the table of contents')
    .action((file: string | undefined, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<CommonOptions>();
      const { document, name } = loadDocument(io, file);
      const p = plan(options);
      const entries = tocEntries(document);
      if (entries.length === 0) warn(io, `${name}: no headings found`);
      if (options.format === 'json') {
        emit(io, renderJson(tocJson(wholeDocument(document), entries)), 'json', p);
      } else if (options.format === 'markdown') {
        emit(io, renderTocMarkdown(entries, document.syntax), 'text', p);
      } else if (p.interactive || p.colorLevel > 0) {
        if (entries.length > 0 || document.title !== null) {
          emit(io, renderTocTerminal(document, entries, new Chalk({ level: p.colorLevel }), p.width ?? 80), 'text', p);
        }
      } else {
        emit(io, renderTocPlain(entries), 'text', p);
      }
    });

  program
    .command('section <selector> [file]')
    .description('print one section: by position (2, 2.1), label (II, 1.2), slug, words of its heading, or "lead"')
    .action(async (selector: string, file: string | undefined, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<CommonOptions>();
      const { document, name } = loadDocument(io, file);
      const p = plan(options);
      const view = findSection(document, selector, name);
      const { text, kind } = await renderView(view, options, p);
      emit(io, text, kind, p);
    });

  return program;
}

/** Run the program; returns the exit code. Never throws for expected failures. */
export async function main(io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof ArticleError) {
      // exit code 0: the reader closed the pipe; nothing to say.
      if (error.exitCode !== ExitCode.ok) warn(io, error.message);
      return error.exitCode;
    }
    // A bug: say so in one line, without a stack trace.
    warn(io, `internal error: ${(error as Error)?.message ?? String(error)}`);
    return 70;
  }
  return ExitCode.ok;
}

const WRITE_ERRORS: Record<string, string> = { ENOSPC: 'no space left on device', EIO: 'input/output error', EBADF: 'stdout is closed' };

/** Write all of `text` to a file descriptor with blocking writes, waiting out a non-blocking pipe. */
function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
        continue;
      }
      // A reader that goes away (`| head -1`) is not an error; a full disk is.
      if (code === 'EPIPE') throw new ArticleError('', ExitCode.ok);
      throw new ArticleError(`cannot write output: ${WRITE_ERRORS[code] ?? code}`, ExitCode.ioErr);
    }
  }
}

/**
 * stdout for this run. A pipe or a file gets blocking writes on fd 1:
 * process.stdout would load Node's net and tty modules (milliseconds of
 * start-up), and its write errors arrive later, asynchronously. A terminal
 * gets process.stdout, which knows its size.
 */
function openStdout(): OutputStream {
  let characterDevice = false;
  try {
    characterDevice = fstatSync(1).isCharacterDevice();
  } catch {
    // A closed fd 1: writing will fail and say so.
  }
  if (characterDevice && process.stdout.isTTY) return process.stdout;
  return { write: (chunk: string) => (writeAllSync(1, chunk), true) };
}

/** Entry point for bin/article.js: wires the real process to main(). */
export async function runProcess(): Promise<void> {
  process.exitCode = await main({
    argv: process.argv.slice(2),
    env: process.env,
    stdout: openStdout(),
    // Touched only when there is something to say (process.stderr loads modules too).
    stderr: { write: (chunk: string) => process.stderr.write(chunk) },
    readStdin: () => readFileSync(0),
  });
}
