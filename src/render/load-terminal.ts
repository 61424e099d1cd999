/**
 * The styled renderer, loaded on first use: marked and marked-terminal are
 * most of what a run would otherwise load at start-up. (The build replaces
 * this module with a plain require of dist/terminal.cjs.)
 */
export const loadTerminalRenderer = (): Promise<typeof import('./terminal.js')> => import('./terminal.js');
