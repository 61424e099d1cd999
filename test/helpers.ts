/** Running the CLI in-process with injected streams, and small fixture helpers. */

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Io, main } from '../src/cli.js';
import type { SpawnPager } from '../src/pager.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = join(ROOT, 'seeds', 'journey-of-friendship.txt');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** A fresh directory under the system's temporary one, removed when the test file is done. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Pretend stdout is a terminal of this many columns. */
  tty?: { columns: number; rows?: number };
  env?: Record<string, string | undefined>;
  stdin?: string | Buffer;
  /** Let the program start real pager processes (as bin/article.js does). */
  pager?: boolean;
  /** Or start this instead of a pager process. */
  spawnPager?: SpawnPager;
  /** Called as bin/article.js's hook is, before a large text is parsed. */
  prepareForLargeInput?: () => void;
}

class Capture {
  chunks: string[] = [];
  isTTY: boolean | undefined;
  columns: number | undefined;
  rows: number | undefined;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  if (options.tty) {
    stdout.isTTY = true;
    stdout.columns = options.tty.columns;
    stdout.rows = options.tty.rows ?? 24;
  }
  const io: Io = {
    argv,
    // A pager needs a PATH to be found; other runs get exactly the environment asked for.
    env: options.pager ? { PATH: process.env.PATH, ...options.env } : (options.env ?? {}),
    stdout,
    stderr,
    readStdin: () => Buffer.from(options.stdin ?? ''),
    spawnPager: options.pager ? (file, args, spawnOptions) => spawn(file, args, spawnOptions) : options.spawnPager,
    prepareForLargeInput: options.prepareForLargeInput,
  };
  const code = await main(io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/** Remove SGR styling, to compare what a reader sees. */
export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
