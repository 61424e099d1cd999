/**
 * Terminal or pipe, decided once: colour level, width, and the last filter
 * before bytes leave the program.
 */

import { escapeJsonControls, sanitizeTerminalOutput, sanitizeText } from './sanitize.js';

export type ColorMode = 'auto' | 'always' | 'never';
export type Env = Readonly<Record<string, string | undefined>>;

/** The parts of a stream the program uses: a real `process.stdout` or a test double. */
export interface OutputStream {
  write(chunk: string): boolean;
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
}

/** glow caps the reading width at 120; long lines read badly, so we stop at 100. */
export const MAX_READING_WIDTH = 100;
const DEFAULT_TERMINAL_WIDTH = 80;

function supportedLevel(env: Env): 1 | 2 | 3 {
  if (/^(truecolor|24bit)$/i.test(env.COLORTERM ?? '')) return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

export function planOutput(stdout: OutputStream, env: Env, color: ColorMode, width: number | undefined): OutputPlan {
  const interactive = stdout.isTTY === true;
  // NO_COLOR with any value turns colour off (no-color.org); --color=always wins over it.
  const wantColor = color === 'always' || (color === 'auto' && interactive && env.NO_COLOR === undefined && env.TERM !== 'dumb');
  const colorLevel = wantColor ? supportedLevel(env) : 0;
  const terminalWidth = interactive ? Math.min(stdout.columns || DEFAULT_TERMINAL_WIDTH, MAX_READING_WIDTH) : undefined;
  return { interactive, colorLevel, width: width ?? terminalWidth };
}

/**
 * Make text safe for where it goes. With colour on, only the renderer's own
 * SGR styling may pass; everything else that could drive a terminal is shown
 * visibly. This is the one exit for stdout, so no path can skip it.
 */
export function safeForOutput(text: string, kind: 'text' | 'json', colorLevel: number): string {
  if (kind === 'json') return escapeJsonControls(text);
  return colorLevel > 0 ? sanitizeTerminalOutput(text) : sanitizeText(text);
}
