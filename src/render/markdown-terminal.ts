/**
 * Markdown -> styled terminal text, through marked and marked-terminal. Its own
 * file, loaded on first use: plain-text documents style their headings without
 * it, and marked builds its whole grammar when it loads (dist/markdown-terminal.cjs).
 */

import type { ChalkInstance } from 'chalk';
import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';

const identity = (text: string): string => text;

/** marked-terminal styles with the global chalk unless told otherwise: give it ours, so `--color` decides. */
function styles(chalk: ChalkInstance, headings: Pick<MarkdownTerminalOptions, 'heading' | 'firstHeading'>) {
  return {
    code: chalk.yellow,
    blockquote: chalk.gray.italic,
    html: chalk.gray,
    hr: identity,
    listitem: identity,
    table: identity,
    paragraph: identity,
    strong: chalk.bold,
    em: chalk.italic,
    codespan: chalk.yellow,
    del: chalk.dim.gray.strikethrough,
    link: chalk.blue,
    href: chalk.blue.underline,
    text: identity,
    heading: headings.heading,
    firstHeading: headings.firstHeading,
  };
}

/**
 * Where marked-terminal decides for itself, decide here instead: it colours
 * code with the global chalk's level (so NO_COLOR on a terminal would still get
 * escape codes), writes OSC 8 hyperlinks when it guesses the terminal takes
 * them (our output filter allows only SGR), and sizes rules by process.stdout.
 */
function overrides(chalk: ChalkInstance, width: number, renderCode: (text: string, lang?: string) => string) {
  return {
    renderer: {
      code(token: Tokens.Code): string {
        return `${renderCode(token.text, token.lang || undefined)}\n\n`;
      },
      link(this: { parser: { parseInline(tokens: Tokens.Link['tokens']): string } }, token: Tokens.Link): string {
        const text = this.parser.parseInline(token.tokens);
        const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
        return plain === token.href ? chalk.blue.underline(token.href) : `${chalk.blue(text)} (${chalk.blue.underline(token.href)})`;
      },
      // marked-terminal prints a tight list item's text token as it is written, so `**bold**` and
      // `code` stayed raw in lists (its issues #304, #371): render the token's inline children.
      text(this: { parser: { parseInline(tokens: Tokens.Text['tokens']): string } }, token: Tokens.Text | Tokens.Escape): string {
        return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : token.text;
      },
      hr(): string {
        return `${chalk.dim('─'.repeat(Math.min(width, 80)))}\n\n`;
      },
    },
  };
}

export interface MarkdownTerminalOptions {
  width: number;
  /** Markdown source may use entities (`&lt;`), which marked-terminal decodes; escaped plain text must not be decoded. */
  unescape: boolean;
  /** How code blocks are shown (the caller's highlighting). */
  renderCode: (text: string, lang?: string) => string;
  /** The styles of the title (`#`) and of other headings, shared with plain text's. */
  firstHeading: (text: string) => string;
  heading: (text: string) => string;
}

/** Markdown source, or tokens marked has lexed, to styled text (trailing newlines removed). */
export interface MarkdownToTerminal {
  (markdown: string): string;
  tokens(tokens: Token[]): string;
}

export function createMarkdownToTerminal(chalk: ChalkInstance, options: MarkdownTerminalOptions): MarkdownToTerminal {
  const marked = new Marked(
    markedTerminal({
      ...styles(chalk, options),
      unescape: options.unescape,
      emoji: false,
      showSectionPrefix: false,
      reflowText: false,
      width: options.width,
      tab: 4,
      // cli-table3 colours borders and headers through its own colour detection, not our level.
      tableOptions: { style: { head: [], border: [] } },
    }),
    overrides(chalk, options.width, options.renderCode),
  );
  const render = (markdown: string): string => (marked.parse(markdown, { async: false }) as string).replace(/\n+$/, '');
  render.tokens = (tokens: Token[]): string => marked.parser(tokens).replace(/\n+$/, '');
  return render;
}
