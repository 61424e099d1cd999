/**
 * Terminal or pipe, decided once: colour level, width, paging, and the last
 * filter before bytes leave the program (for stdout and the pager alike).
 */

import { canRun, Pager, type PagerExit, pagerCommand, pagerSetting, type SpawnPager } from './pager.js';
import { escapeJsonControls, sanitizeTerminalOutput, sanitizeText } from './sanitize.js';

export type ColorMode = 'auto' | 'always' | 'never';
export type PagingMode = 'auto' | 'always' | 'never';
export type Env = Readonly<Record<string, string | undefined>>;

/** The parts of a stream the program uses: a real `process.stdout` or a test double. */
export interface OutputStream {
  write(chunk: string): boolean;
  /** Write out anything held back (a buffered pipe); called once, at the end. */
  flush?(): void;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
  rows?: number | undefined;
}

export interface OutputPlan {
  /** stdout is a terminal. */
  interactive: boolean;
  colorLevel: 0 | 1 | 2 | 3;
  /** Cells per line; undefined: do not wrap (a pipe without --width). */
  width: number | undefined;
  /** Lines on the screen (paging auto pages what is taller). */
  rows: number;
  /** Resolved: `auto` only for a terminal; `never` for a pipe unless asked `always`. */
  paging: PagingMode;
  /** The pager command as configured (`--pager` > `$ARTICLE_PAGER` > `$PAGER` > `less`). */
  pager: string;
}

/** glow caps the reading width at 120; long lines read badly, so we stop at 100. */
export const MAX_READING_WIDTH = 100;
const DEFAULT_TERMINAL_WIDTH = 80;
const DEFAULT_TERMINAL_ROWS = 24;

function supportedLevel(env: Env): 1 | 2 | 3 {
  if (/^(truecolor|24bit)$/i.test(env.COLORTERM ?? '')) return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

export interface PlanRequest {
  color: ColorMode;
  width?: number | undefined;
  paging?: PagingMode | undefined;
  pager?: string | undefined;
}

export function planOutput(stdout: OutputStream, env: Env, request: PlanRequest): OutputPlan {
  const interactive = stdout.isTTY === true;
  const { color } = request;
  // NO_COLOR with any value turns colour off (no-color.org); --color=always wins over it.
  const wantColor = color === 'always' || (color === 'auto' && interactive && env.NO_COLOR === undefined && env.TERM !== 'dumb');
  const colorLevel = wantColor ? supportedLevel(env) : 0;
  const terminalWidth = interactive ? Math.min(stdout.columns || DEFAULT_TERMINAL_WIDTH, MAX_READING_WIDTH) : undefined;
  const pager = pagerSetting(request.pager, env);
  const asked = request.paging ?? 'auto';
  // bat: paging auto means a pager only for a terminal; an empty pager setting means none.
  const paging: PagingMode = pager === '' || asked === 'never' || (asked === 'auto' && !interactive) ? 'never' : asked;
  return { interactive, colorLevel, width: request.width ?? terminalWidth, rows: stdout.rows || DEFAULT_TERMINAL_ROWS, paging, pager };
}

/**
 * Make text safe for where it goes. With colour on, only the renderer's own
 * SGR styling may pass; everything else that could drive a terminal is shown
 * visibly. This is the one exit for stdout and the pager, so no path can skip it.
 */
export function safeForOutput(text: string, kind: 'text' | 'json', colorLevel: number): string {
  if (kind === 'json') return escapeJsonControls(text);
  return colorLevel > 0 ? sanitizeTerminalOutput(text) : sanitizeText(text);
}

/** A piece of output. Renderers yield blocks and the separators between them as separate chunks. */
export interface Chunk {
  text: string;
  /** The heading `read --at` opens at: less starts here; without less, output starts here. */
  anchor?: boolean;
}

export interface OutputTarget {
  stdout: OutputStream;
  /** One-line warnings (already prefixed `article: ` by the caller). */
  warn: (message: string) => void;
  env: Env;
  spawnPager?: SpawnPager | undefined;
  /** While the pager runs, Ctrl-C is the pager's: returns a release function that says whether one arrived. */
  holdInterrupts?: (() => () => boolean) | undefined;
}

const countLines = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Print chunks to stdout or through the pager, as decided by the plan.
 * Paging auto holds back the first screen: a text that fits goes straight
 * to stdout, a longer one starts the pager and streams into it. Returns the
 * exit code: 0, or 130 when the reader pressed Ctrl-C in the pager.
 */
export async function printChunks(
  target: OutputTarget,
  plan: OutputPlan,
  chunks: Iterable<Chunk>,
  kind: 'text' | 'json',
  options: { anchored?: boolean } = {},
): Promise<number> {
  const safe = (text: string): string => safeForOutput(text, kind, plan.colorLevel);
  let pagerSetting = plan.paging === 'never' || target.spawnPager === undefined ? null : plan.pager;
  if (pagerSetting !== null) {
    const probe = pagerCommand(pagerSetting, { quitIfOneScreen: false });
    if (!canRun(probe.file, target.env)) {
      target.warn(`pager "${pagerSetting}" not found; printing to standard output`);
      pagerSetting = null;
    }
  }
  // `--at` opens less at the heading; any other pager, or none, starts the output there.
  const lessAt = options.anchored === true && pagerSetting !== null && pagerCommand(pagerSetting, { quitIfOneScreen: false }).less;
  let skipping = options.anchored === true && !lessAt;
  let waitingForAnchor = lessAt;

  const held: string[] = [];
  let heldLines = 0;
  let startLine: number | undefined;
  let pager: Pager | null = null;
  const sent: string[] = [];

  let release: (() => boolean) | undefined;
  const startPager = async (): Promise<void> => {
    // From now on Ctrl-C is the pager's (before, while we render the first screen, it stops us as usual).
    release = target.holdInterrupts?.();
    const command = pagerCommand(pagerSetting as string, { quitIfOneScreen: plan.paging === 'auto', startLine });
    pager = new Pager(target.spawnPager as SpawnPager, command, target.env);
    for (const text of held.splice(0)) {
      sent.push(text);
      await pager.write(text);
    }
  };

  const iterator = chunks[Symbol.iterator]();
  try {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const chunk = next.value;
      if (skipping) {
        if (!chunk.anchor) continue;
        skipping = false;
      }
      const text = safe(chunk.text);
      if (pager !== null) {
        const p: Pager = pager;
        sent.push(text);
        // The reader quit: stop rendering (what was rendered is kept in case the pager failed instead).
        if (p.closed) break;
        await p.write(text);
      } else if (pagerSetting === null) {
        if (text !== '') target.stdout.write(text);
      } else if (waitingForAnchor && chunk.anchor) {
        waitingForAnchor = false;
        startLine = heldLines + 1;
        held.push(text);
        await startPager();
      } else {
        held.push(text);
        heldLines += countLines(text);
        if (!waitingForAnchor && (plan.paging === 'always' || heldLines >= plan.rows)) await startPager();
      }
    }
    if (pager === null) {
      // Everything fitted on one screen (or the anchor never came): no pager needed.
      for (const text of held) if (text !== '') target.stdout.write(text);
      return 0;
    }
    const exit = await (pager as Pager).finish();
    const interrupted = release?.() ?? false;
    if (interrupted || exit.signal === 'SIGINT') return 130;
    // The pager's own reader went away (`--paging always | head -1`): as for us, that is no error.
    if (exit.signal === 'SIGPIPE' || exit.code === 141) return 0;
    if (exit.failedToStart || exit.code !== 0) {
      // One warning, then the whole text on stdout as if there had been no pager.
      target.warn(`pager "${pagerSetting}" ${describeFailure(exit)}; printing to standard output`);
      for (const text of sent) target.stdout.write(text);
      for (let next = iterator.next(); !next.done; next = iterator.next()) target.stdout.write(safe(next.value.text));
    }
    return 0;
  } finally {
    release?.();
  }
}

function describeFailure(exit: PagerExit): string {
  if (exit.failedToStart) return 'could not be started';
  return exit.signal !== null ? `died of ${exit.signal}` : `failed (exit status ${exit.code})`;
}
