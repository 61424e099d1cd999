/**
 * The pager: which command, with which arguments, and a handle that streams
 * text into it. The process is started by an injected spawn function, so
 * this module never reaches for the real process on its own.
 */

import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Env } from './output.js';

/** Every section heading on a terminal starts with this, so less can find headings (`n`/`N`). */
export const HEADING_MARK = '§';
/** less's search pattern for a heading line (with -R, less searches the text without its escape codes). */
export const HEADING_PATTERN = `^${HEADING_MARK} `;

export interface PagerCommand {
  /** The command as the user gave it, for messages. */
  display: string;
  file: string;
  args: string[];
  /** less gets our flags; any other pager runs as given. */
  less: boolean;
}

export interface PagerStart {
  /** Quit if the text fits on one screen (less -F): paging auto. */
  quitIfOneScreen: boolean;
  /** 1-based line of the output to open at (less `+Ng`). */
  startLine?: number | undefined;
}

/** `--pager` > `$ARTICLE_PAGER` > `$PAGER` > `less`; empty means "no pager". */
export function pagerSetting(option: string | undefined, env: Env): string {
  for (const value of [option, env.ARTICLE_PAGER, env.PAGER]) if (value !== undefined) return value.trim();
  return 'less';
}

/** Plain words only (no quotes, redirections, pipes, variables): run without a shell. */
const SIMPLE_WORDS = /^[\w./@%+=:,-]+(?:\s+[\w./@%+=:,-]+)*$/;

/**
 * The program and its arguments. A command in shell syntax (`cat > file`,
 * `less -p "x"`) runs through `sh -c` as written; a plain `less [args]` gets
 * `-R -K` (colour, Ctrl-C quits), `-F` in auto mode, `-X` (keep the text on
 * screen after quitting) and the heading search pattern, all before the
 * user's own arguments so that theirs win (`less -+X` keeps the alternate screen).
 */
export function pagerCommand(setting: string, start: PagerStart): PagerCommand {
  if (!SIMPLE_WORDS.test(setting)) return { display: setting, file: '/bin/sh', args: ['-c', setting], less: false };
  const [file, ...userArgs] = setting.split(/\s+/) as [string, ...string[]];
  const less = /(?:^|\/)less$/.test(file);
  if (!less) return { display: setting, file, args: userArgs, less: false };
  const ours = ['-R', '-K', ...(start.quitIfOneScreen ? ['-F'] : []), '-X'];
  // The last `+` command wins over -p's initial search: open at the top (or at --at), n/N still jump between headings.
  const position = `+${start.startLine ?? 1}g`;
  return { display: setting, file, args: [...ours, ...userArgs, '-p', HEADING_PATTERN, position], less: true };
}

/** Whether a program can be run: a path that is executable, or a name found on PATH. */
export function canRun(file: string, env: Env): boolean {
  const executable = (path: string): boolean => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (file.includes('/')) return executable(file);
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && executable(join(dir, file)));
}

/** The parts of a child process the pager handle uses (node's ChildProcess has them). */
export interface PagerProcess {
  stdin: {
    write(chunk: string, callback?: (error?: Error | null) => void): boolean;
    end(): void;
    once(event: 'drain', listener: () => void): unknown;
    on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  } | null;
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  once(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

export type SpawnPager = (file: string, args: string[], options: { env: Env; stdio: ['pipe', 'inherit', 'inherit'] }) => PagerProcess;

export interface PagerExit {
  /** The pager could not be started at all (nothing reached it). */
  failedToStart: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running pager: write text as it is rendered, then wait for the reader to quit. */
export class Pager {
  /** The reader quit (or the pager died): stop rendering. */
  closed = false;
  private readonly exited: Promise<PagerExit>;
  private readonly child: PagerProcess;

  constructor(spawn: SpawnPager, command: PagerCommand, env: Env) {
    // LESS stays the user's: our flags are on the command line.
    this.child = spawn(command.file, command.args, { env, stdio: ['pipe', 'inherit', 'inherit'] });
    this.exited = new Promise((resolve) => {
      this.child.once('error', () => {
        this.closed = true;
        resolve({ failedToStart: true, code: null, signal: null });
      });
      this.child.once('exit', (code, signal) => {
        this.closed = true;
        resolve({ failedToStart: false, code, signal });
      });
    });
    // EPIPE: the reader quit before the end (`q` on the first screen); not an error.
    this.child.stdin?.on('error', () => {
      this.closed = true;
    });
  }

  /** Write one chunk; resolves when the pager can take more (backpressure), so rendering keeps pace with reading. */
  async write(chunk: string): Promise<void> {
    const stdin = this.child.stdin;
    if (this.closed || stdin === null) return;
    if (stdin.write(chunk)) return;
    await new Promise<void>((resolve) => {
      stdin.once('drain', resolve);
      void this.exited.then(() => resolve());
    });
  }

  /** Close the pager's input and wait for the reader to quit. */
  async finish(): Promise<PagerExit> {
    if (!this.closed) this.child.stdin?.end();
    return this.exited;
  }
}
