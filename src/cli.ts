/**
 * The one place that talks to the process: argv, env, stdin/stdout/stderr,
 * signals, exit codes. Everything else takes and returns data.
 */

import { spawn } from 'node:child_process';
import { fstatSync, statSync, writeSync } from 'node:fs';
import { Chalk } from 'chalk';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Document, Section } from './document.js';
import { ArticleError, ExitCode } from './errors.js';
import { type CaseMode, countBySection, findMatches } from './find.js';
import { COMMANDS, EXAMPLES, examplesHelp, exitStatusHelp, PROGRAM_SUMMARY } from './help.js';
import { readInput, readInputHead, readUpToLimit } from './load.js';
import {
  type Chunk,
  type ColorMode,
  type Env,
  MAX_READING_WIDTH,
  type OutputPlan,
  type OutputStream,
  type PagingMode,
  planOutput,
  printChunks,
  safeForOutput,
} from './output.js';
import type { SpawnPager } from './pager.js';
import { parseText } from './parse.js';
import { looksLikeMarkdown, parseMarkdown } from './parse-markdown.js';
import { continueAfterPreview, previewBlocks } from './preview.js';
import { findCountJson, findJson, renderFindCounts, renderFindMatches } from './render/find.js';
import { documentJson, renderJson, tocJson } from './render/json.js';
import { loadTerminalRenderer } from './render/load-terminal.js';
import { renderMarkdown } from './render/markdown.js';
import type { RenderedBlock } from './render/terminal.js';
import { renderTextPieces } from './render/text.js';
import { renderTocMarkdown, renderTocPlain, renderTocTerminal } from './render/toc.js';
import { oneLine, sanitizeText } from './sanitize.js';
import {
  completionSelectors,
  documentWords,
  findSection,
  type Part,
  partView,
  readingMinutes,
  selectSections,
  stepView,
  tocEntries,
  tocSections,
  type View,
  wholeDocument,
} from './select.js';
import { VERSION } from './version.js';

export interface Io {
  /** Arguments after the program name. */
  argv: readonly string[];
  env: Env;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Standard input, read whole (only when the file is `-`). */
  readStdin: () => Buffer;
  /** Starts the pager; without it the program never pages (in-process tests that do not test paging). */
  spawnPager?: SpawnPager | undefined;
  /** While the pager runs, Ctrl-C is the pager's: returns a release function that says whether one arrived. */
  holdInterrupts?: (() => () => boolean) | undefined;
  /** Called once before a large text is parsed: the process may tune the VM for it (bin/article.js sets V8 flags). */
  prepareForLargeInput?: (() => void) | undefined;
}

/** From this many characters on, a text is large enough for the VM settings of bin/v8-flags.cjs to pay. */
const LARGE_INPUT = 1_000_000;

type Format = 'text' | 'markdown' | 'json';

interface CommonOptions {
  format: Format;
  color: ColorMode;
  width?: number;
  /** A command, or false for --no-pager. */
  pager?: string | false;
  paging: PagingMode;
}

function parseWidth(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 10 || n > 1000) throw new InvalidArgumentError('a whole number of columns from 10 to 1000');
  return n;
}

function parseDepth(value: string): number {
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new InvalidArgumentError('a whole number of levels, 1 or more');
  return Number(value);
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
    .addOption(
      new Option('--paging <when>', 'page the output: auto (a terminal, when longer than the screen), always or never')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .option('--pager <command>', 'the pager (default: $ARTICLE_PAGER, $PAGER, less)')
    .option('--no-pager', 'never page the output (same as --paging never)');
}

/** Write a line to stderr, safely: file names and messages can carry control characters too. */
function warn(io: Io, message: string): void {
  io.stderr.write(`article: ${sanitizeText(message)}\n`);
}

/** From LARGE_INPUT bytes on, `read` into a pager first shows what this much of the file's head makes. */
const PREVIEW_BYTES = 32 * 1024;

const parseDocument = (name: string, text: string): Document => (looksLikeMarkdown(name, text) ? parseMarkdown(text) : parseText(text));

function loadDocument(
  io: Io,
  file: string | undefined,
  report: (warning: string) => void = (warning) => warn(io, warning),
): { document: Document; name: string } {
  const input = readInput(file, io.readStdin);
  for (const warning of input.warnings) report(warning);
  if (input.text.length >= LARGE_INPUT) io.prepareForLargeInput?.();
  return { document: parseDocument(input.name, input.text), name: input.name };
}

/** Styled output is for people: a terminal, asked-for colour, or a pager. */
const styled = (plan: OutputPlan): boolean => plan.interactive || plan.colorLevel > 0 || plan.paging !== 'never';

/** Blocks as chunks: each block, then a blank line before the next, so a pager gets the first screen early. */
function* blockChunks(blocks: Iterable<{ text: string; heading?: Section }>, anchor?: Section): Generator<Chunk> {
  let first = true;
  for (const block of blocks) {
    if (!first) yield { text: '\n' };
    first = false;
    yield { text: `${block.text}\n`, anchor: anchor !== undefined && block.heading === anchor };
  }
}

function* textChunks(pieces: Iterable<string>): Generator<Chunk> {
  for (const text of pieces) yield { text };
}

async function viewChunks(
  view: View,
  options: CommonOptions,
  plan: OutputPlan,
  anchor?: Section,
): Promise<{ chunks: Iterable<Chunk>; kind: 'text' | 'json' }> {
  switch (options.format) {
    case 'json':
      return { chunks: [{ text: renderJson(documentJson(view)) }], kind: 'json' };
    case 'markdown':
      return { chunks: [{ text: renderMarkdown(view) }], kind: 'text' };
    case 'text': {
      if (!styled(plan)) return { chunks: textChunks(renderTextPieces(view, { width: plan.width })), kind: 'text' };
      const { createTerminalRenderer } = await loadTerminalRenderer();
      const renderer = createTerminalRenderer({
        colorLevel: plan.colorLevel,
        width: plan.width ?? MAX_READING_WIDTH,
        syntax: view.document.syntax,
      });
      return { chunks: blockChunks(renderer.parts(view), anchor), kind: 'text' };
    }
  }
}

function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('article')
    .description(PROGRAM_SUMMARY)
    .version(VERSION, '-V, --version')
    .configureOutput({
      writeOut: (s) => io.stdout.write(safeForOutput(s, 'text', 0)),
      writeErr: (s) => io.stderr.write(s),
      // (One line: commander's suggestion, `(Did you mean --color?)`, and any line break in a value the user gave
      // go on it.)
      outputError: (s, write) =>
        write(`${sanitizeText(oneLine((s.startsWith('error:') ? `article: ${s}` : s).trimEnd().replace(/\n+/g, ' ')))}\n`),
      // The same help everywhere (README, man page, tests), whatever the terminal.
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
    })
    .exitOverride()
    .showSuggestionAfterError()
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', `${examplesHelp(EXAMPLES.article)}\n${exitStatusHelp()}`);
  // Options shared by every command are the program's: commander reads them
  // before or after the command name (`article --no-pager toc`, `article toc -f json`).
  addCommonOptions(program);

  const plan = (options: CommonOptions): OutputPlan =>
    planOutput(io.stdout, io.env, {
      color: options.color,
      width: options.width,
      paging: options.pager === false ? 'never' : options.paging,
      pager: typeof options.pager === 'string' ? options.pager : undefined,
    });
  const target = {
    stdout: io.stdout,
    env: io.env,
    warn: (m: string) => warn(io, m),
    spawnPager: io.spawnPager,
    holdInterrupts: io.holdInterrupts,
  };
  const print = async (p: OutputPlan, chunks: Iterable<Chunk>, kind: 'text' | 'json', anchored = false): Promise<void> => {
    setExitCode(await printChunks(target, p, chunks, kind, { anchored }));
  };
  const printView = async (view: View, options: CommonOptions, p: OutputPlan): Promise<void> => {
    const { chunks, kind } = await viewChunks(view, options, p);
    await print(p, chunks, kind);
  };

  /**
   * A large text into a pager: the first screens come from the file's head, then the whole text is
   * read and parsed and goes on from where they stopped (preview.ts). Warnings wait until the pager has quit.
   */
  const readInStages = async (file: string, head: string, p: OutputPlan): Promise<void> => {
    const { createTerminalRenderer } = await loadTerminalRenderer();
    const renderer = (syntax: Document['syntax']) =>
      createTerminalRenderer({ colorLevel: p.colorLevel, width: p.width ?? MAX_READING_WIDTH, syntax });
    const headDocument = parseDocument(file, head);
    const headRenderer = renderer(headDocument.syntax);
    // Two screens: enough to read on while the whole text is parsed.
    const preview = previewBlocks(headRenderer.parts(wholeDocument(headDocument)), 2 * p.rows);
    const warnings: string[] = [];
    function* wholeText(): Generator<RenderedBlock> {
      const { document } = loadDocument(io, file, (warning) => warnings.push(warning));
      const wholeRenderer = document.syntax === headDocument.syntax ? headRenderer : renderer(document.syntax);
      yield* wholeRenderer.parts(wholeDocument(document));
    }
    await print(p, blockChunks(continueAfterPreview(preview, wholeText())), 'text');
    for (const warning of warnings) warn(io, warning);
  };

  program
    .command('read [file]', { isDefault: true })
    .description(COMMANDS.read)
    .option('--at <selector>', 'open the pager at this section (less); without less, start the output there')
    .addOption(new Option('--part <part>', 'print only this part of the text').choices(['title', 'date', 'lead', 'body']))
    .addHelpText('after', examplesHelp(EXAMPLES.read))
    .action(async (file: string | undefined, local: { at?: string; part?: Part }, command: Command) => {
      const options = command.optsWithGlobals<CommonOptions>();
      const p = plan(options);
      // A large file read whole into a pager shows its first screens before it is parsed (readInStages).
      const toPager = options.format === 'text' && p.paging !== 'never' && io.spawnPager !== undefined;
      if (toPager && local.part === undefined && local.at === undefined && file !== undefined && file !== '-') {
        const head = readInputHead(file, LARGE_INPUT, PREVIEW_BYTES);
        if (head !== null) return readInStages(file, head, p);
      }
      const { document, name } = loadDocument(io, file);
      if (local.part !== undefined) return printView(partView(document, local.part, name), options, p);
      const whole = wholeDocument(document);
      if (local.at === undefined) return printView(whole, options, p);
      const at = findSection(document, local.at, name);
      const section = at.kind === 'section' ? at.sections[0] : undefined;
      if (section === undefined) return printView(whole, options, p);
      if (options.format === 'text' && styled(p)) {
        const { chunks, kind } = await viewChunks(whole, options, p, section);
        return print(p, chunks, kind, true);
      }
      // Markdown, JSON and plain text have no pager to position: they start at the heading.
      return printView(selectSections(document, `${section.path}..`, name), options, p);
    });

  program
    .command('toc [file]')
    .description(COMMANDS.toc)
    .addOption(new Option('-d, --depth <levels>', 'list headings down to this level (1: top level only)').argParser(parseDepth))
    .addHelpText('after', examplesHelp(EXAMPLES.toc))
    .action(async (file: string | undefined, local: { depth?: number }, command: Command) => {
      const options = command.optsWithGlobals<CommonOptions>();
      const { document, name } = loadDocument(io, file);
      const p = plan(options);
      const sections = tocSections(document, local.depth);
      if (sections.length === 0) warn(io, `${name}: no headings found`);
      // Plain and Markdown listings show no counts: only JSON and the styled listing count words.
      if (options.format === 'markdown') return print(p, [{ text: renderTocMarkdown(sections, document.syntax) }], 'text');
      if (options.format !== 'json' && !styled(p)) return print(p, [{ text: renderTocPlain(sections) }], 'text');
      const entries = tocEntries(sections);
      const words = documentWords(document);
      if (options.format === 'json') {
        return print(p, [{ text: renderJson(tocJson(wholeDocument(document), entries, words, readingMinutes(words))) }], 'json');
      }
      if (entries.length === 0 && document.title === null) return;
      const chalk = new Chalk({ level: p.colorLevel });
      const text = renderTocTerminal(document, entries, { words, minutes: readingMinutes(words) }, chalk, p.width ?? MAX_READING_WIDTH);
      return print(p, [{ text }], 'text');
    });

  program
    .command('section <selector> [file]')
    .description(COMMANDS.section)
    .option('--next', 'print the section after the selected one, in reading order')
    .option('--prev', 'print the section before the selected one')
    .addHelpText('after', examplesHelp(EXAMPLES.section))
    .action(async (selector: string, file: string | undefined, local: { next?: boolean; prev?: boolean }, command: Command) => {
      const options = command.optsWithGlobals<CommonOptions>();
      if (local.next && local.prev) throw new ArticleError('section: --next or --prev, not both', ExitCode.usage);
      const { document, name } = loadDocument(io, file);
      const p = plan(options);
      let view = selectSections(document, selector, name);
      if (local.next || local.prev) view = stepView(view, local.next ? 1 : -1, name);
      await printView(view, options, p);
    });

  program
    .command('find <pattern> [file]')
    .description(COMMANDS.find)
    .option('-i, --ignore-case', 'ignore case')
    .option('-s, --case-sensitive', 'match case exactly (default: smart case, case-sensitive only when PATTERN has a capital)')
    .option('-E, --regex', 'PATTERN is a regular expression (JavaScript syntax); otherwise literal text')
    .option('-c, --count', 'print the number of matches per section')
    .addHelpText('after', examplesHelp(EXAMPLES.find))
    .action(
      async (
        pattern: string,
        file: string | undefined,
        local: { ignoreCase?: boolean; caseSensitive?: boolean; regex?: boolean; count?: boolean },
        command: Command,
      ) => {
        const options = command.optsWithGlobals<CommonOptions>();
        const { document } = loadDocument(io, file);
        const p = plan(options);
        const caseMode: CaseMode = local.caseSensitive ? 'sensitive' : local.ignoreCase ? 'insensitive' : 'smart';
        const matches = findMatches(document, pattern, { regex: local.regex === true, caseMode });
        if (matches.length === 0) {
          // Like grep: nothing on stdout, exit 1; JSON readers still get a document.
          if (options.format === 'json')
            await print(p, [{ text: renderJson(local.count ? findCountJson(pattern, []) : findJson(pattern, [])) }], 'json');
          setExitCode(ExitCode.noMatch);
          return;
        }
        const chalk = new Chalk({ level: p.colorLevel });
        if (local.count) {
          const counts = countBySection(matches);
          if (options.format === 'json') return print(p, [{ text: renderJson(findCountJson(pattern, counts)) }], 'json');
          return print(p, [{ text: renderFindCounts(counts, chalk) }], 'text');
        }
        if (options.format === 'json') return print(p, [{ text: renderJson(findJson(pattern, matches)) }], 'json');
        const lines = renderFindMatches(matches, chalk, p.width ?? MAX_READING_WIDTH);
        return print(
          p,
          lines.map((text) => ({ text })),
          'text',
        );
      },
    );

  program
    .command('completion')
    .description(COMMANDS.completion)
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', examplesHelp(EXAMPLES.completion))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionScript } = await import('./completion.js');
      io.stdout.write(safeForOutput(completionScript(shell, program), 'text', 0));
    });

  // For the completion scripts: the selectors of a file, one a line. Quiet on errors.
  program.command('__selectors [file]', { hidden: true }).action((file: string | undefined) => {
    try {
      const { document } = loadDocument({ ...io, stderr: { write: () => true } }, file);
      io.stdout.write(
        safeForOutput(
          completionSelectors(document)
            .map((s) => `${s}\n`)
            .join(''),
          'text',
          0,
        ),
      );
    } catch {
      // A file that cannot be read has no selectors to offer.
    }
  });

  return program;
}

/** The commander program, for the man page generator and the completion scripts. */
export function describeProgram(): Command {
  const sink = { write: () => true };
  return buildProgram({ argv: [], env: {}, stdout: sink, stderr: sink, readStdin: () => Buffer.alloc(0) }, () => {});
}

/** The exit code for an error that ended the run, said in one line on stderr where there is something to say. */
function exitCodeFor(io: Io, error: unknown): number {
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

/** Run the program; returns the exit code. Never throws for expected failures. */
export async function main(io: Io): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    exitCode = exitCodeFor(io, error);
  }
  try {
    // What is still buffered goes out now; a closed pipe or a full disk shows here too.
    io.stdout.flush?.();
  } catch (error) {
    return exitCodeFor(io, error);
  }
  return exitCode;
}

/** While the pager runs, Ctrl-C reaches both it and us: the pager handles it, we only remember it (exit 130). */
function holdInterrupts(): () => boolean {
  let interrupted = false;
  let held = true;
  const onInterrupt = (): void => {
    interrupted = true;
  };
  process.on('SIGINT', onInterrupt);
  return () => {
    if (held) process.off('SIGINT', onInterrupt);
    held = false;
    return interrupted;
  };
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
 * Whether a file descriptor may be a terminal, told from fstat alone: asking
 * process.stdout loads Node's stream modules. A terminal is a character device,
 * and so is /dev/null, where benchmark tools send output.
 */
function mayBeTerminal(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    return stats.isCharacterDevice() && stats.rdev !== statSync('/dev/null').rdev;
  } catch {
    // A closed fd: writing will fail and say so. No /dev/null (Windows): the caller asks Node.
    return true;
  }
}

/**
 * stdout for this run. A pipe or a file gets blocking writes on fd 1:
 * process.stdout would load Node's net and tty modules (milliseconds of
 * start-up), and its write errors arrive later, asynchronously. A terminal
 * gets process.stdout, which knows its size.
 */
function openStdout(): OutputStream {
  if (mayBeTerminal(1) && process.stdout.isTTY) return process.stdout;
  // Pieces are gathered into writes of 64 KiB: one system call per block of a large text is slow.
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    writeAllSync(1, text);
  };
  return {
    write(chunk: string): boolean {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 65536) flush();
      return true;
    },
    flush,
  };
}

/** Entry point for bin/article.js: wires the real process to main(). */
export async function runProcess(prepareForLargeInput?: () => void): Promise<void> {
  process.exitCode = await main({
    argv: process.argv.slice(2),
    env: process.env,
    stdout: openStdout(),
    // Touched only when there is something to say (process.stderr loads modules too).
    stderr: { write: (chunk: string) => process.stderr.write(chunk) },
    readStdin: () => readUpToLimit(0, '<stdin>'),
    spawnPager: (file, args, options) => spawn(file, args, options),
    holdInterrupts,
    prepareForLargeInput,
  });
}
