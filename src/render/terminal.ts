/**
 * View -> styled text for a terminal. Markdown goes through marked and
 * marked-terminal (markdown-terminal.ts, loaded only then); plain-text prose
 * and headings are styled here. Everything is then reflowed here in terminal
 * cells, which marked-terminal does not measure.
 */

import { Chalk, type ChalkInstance } from 'chalk';
import { highlight, type Theme } from 'cli-highlight';
import type { Token } from 'marked';
import stringWidth from 'string-width';
import type { Block, Section } from '../document.js';
import { HEADING_MARK } from '../pager.js';
import type { View } from '../select.js';
import { markdownHeading } from './markdown.js';
import { createMarkdownToTerminal, type MarkdownToTerminal } from './markdown-terminal.js';
import { wrapEachLine, wrapParagraph } from './wrap.js';

export interface TerminalOptions {
  /** chalk colour level: 0 none, 1 basic, 2 256 colours, 3 truecolor. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Cells per line. */
  width: number;
  /**
   * How the document is written. Markdown source may use entities (`&lt;`),
   * which marked-terminal decodes; escaped plain text must not be decoded.
   */
  syntax: 'text' | 'markdown';
}

/** One rendered block, and the section when the block is that section's heading. */
export interface RenderedBlock {
  text: string;
  heading?: Section;
  /** 1-based source line where the block starts (none for the title and the date line). */
  line?: number;
}

export interface TerminalRenderer {
  /** The styled text of a view, block by block (so callers can stream it). */
  blocks(view: View): Generator<string>;
  /** The same blocks, with headings marked (for `read --at`). */
  parts(view: View): Generator<RenderedBlock>;
  chalk: ChalkInstance;
}

/** What marked would make something of in escaped plain text: an autolink (`https:`, `www.`, `a@b.c`) or a closing `#`. */
const MAY_BE_MARKUP = /[:@#]|www\./i;

/** Syntax colours from our chalk, so `--color` and NO_COLOR decide, not cli-highlight's own detection. */
function codeTheme(chalk: ChalkInstance): Theme {
  return {
    keyword: chalk.blue,
    built_in: chalk.cyan,
    type: chalk.cyan,
    literal: chalk.magenta,
    number: chalk.green,
    regexp: chalk.red,
    string: chalk.red,
    symbol: chalk.magenta,
    class: chalk.blue,
    function: chalk.yellow,
    title: chalk.yellow,
    comment: chalk.dim,
    doctag: chalk.dim,
    meta: chalk.gray,
    tag: chalk.gray,
    name: chalk.blue,
    attr: chalk.cyan,
    attribute: chalk.cyan,
    variable: chalk.yellow,
    addition: chalk.green,
    deletion: chalk.red,
    default: (s: string) => s,
  };
}

/** A code block, indented; highlighted when it names its language (highlight.js loads on first use). */
function codeRenderer(chalk: ChalkInstance): (text: string, lang?: string) => string {
  const theme = codeTheme(chalk);
  return (text, lang) => {
    let styled = text;
    if (chalk.level > 0) {
      try {
        styled = lang ? highlight(text, { language: lang, theme, ignoreIllegals: true }) : chalk.yellow(text);
      } catch {
        styled = chalk.yellow(text);
      }
    }
    return styled.replace(/^/gm, '    ');
  };
}

/** Markdown tokens whose lines are laid out already: never reflowed. */
const KEEP_LINES = new Set(['code', 'table', 'html', 'hr']);

export function createTerminalRenderer(options: TerminalOptions): TerminalRenderer {
  const chalk = new Chalk({ level: options.colorLevel });
  const renderCode = codeRenderer(chalk);
  /** The title (level 1) in magenta, headings in green. */
  const headingStyle = (level: number): ChalkInstance => (level === 1 ? chalk.magenta.bold : chalk.green.bold);
  // marked and marked-terminal load on the first Markdown to render (see markdown-terminal.ts).
  let markdownToTerminal: MarkdownToTerminal | undefined;
  const markdown = (): MarkdownToTerminal => {
    markdownToTerminal ??= createMarkdownToTerminal(chalk, {
      width: options.width,
      unescape: options.syntax === 'markdown',
      renderCode,
      firstHeading: headingStyle(1),
      heading: headingStyle(2),
    });
    return markdownToTerminal;
  };
  const toTerminal = (source: string): string => markdown()(source);
  /** A heading or title, styled as marked-terminal styles it; plain text needs no Markdown round trip. */
  const styleHeading = (text: string, level: number): string => {
    if (options.syntax === 'text' && !MAY_BE_MARKUP.test(text)) return headingStyle(level)(text);
    return toTerminal(markdownHeading(text, level, options.syntax));
  };
  const width = options.width;

  const block = (b: Block): string => {
    switch (b.type) {
      case 'paragraph':
        // Escaped prose comes out of marked exactly as it went in (marked-terminal styles
        // paragraphs as they are), so it skips the round trip: faster, and safe from
        // marked's recursion on megabyte-long paragraphs. No hanging indent for `1. `.
        return wrapParagraph(b.text, width);
      case 'lines':
        return wrapEachLine(b.text, width);
      case 'preformatted':
        return renderCode(b.text);
      case 'markdown': {
        if (b.token === 'html') return wrapLines(htmlText(b.text), width);
        // A table too large to draw in a terminal is shown as written (cli-table3's layout time grows faster than
        // the table: 6,000 rows took over a second).
        if (b.token === 'table' && tooLargeToDraw(b.lexed)) return wrapLines(b.text, width);
        let rendered: string;
        try {
          rendered = b.lexed ? markdown().tokens([b.lexed]) : toTerminal(b.text);
        } catch {
          // marked gives up on pathological input (deep recursion): show the source as it is.
          return wrapLines(b.text, width);
        }
        if (KEEP_LINES.has(b.token)) return rendered;
        // marked keeps a paragraph's source line breaks (soft breaks): hard-wrapped Markdown reflows to the width.
        return b.token === 'paragraph' ? wrapParagraph(rendered.replace(/\n/g, ' '), width) : wrapLines(joinSoftBreaks(rendered), width);
      }
    }
  };

  // Every heading starts with the mark, so a pager can jump between headings; continuation lines hang under the text.
  const heading = (s: Section): string =>
    wrapParagraph(styleHeading(s.heading, s.level + 1), Math.max(width - 2, 8))
      .split('\n')
      .map((line, i) => (i === 0 ? `${HEADING_MARK} ` : '  ') + line)
      .join('\n');

  /** A block's text; nothing for a block with nothing to show (an HTML comment). */
  function* shown(list: Block[]): Generator<RenderedBlock> {
    for (const b of list) {
      const text = block(b);
      if (text !== '') yield { text, line: b.line };
    }
  }

  function* section(s: Section): Generator<RenderedBlock> {
    yield { text: heading(s), heading: s, line: s.line };
    yield* shown(s.blocks);
    for (const child of s.children) yield* section(child);
  }

  function* parts(view: View): Generator<RenderedBlock> {
    if (view.title !== null) yield { text: wrapParagraph(styleHeading(view.title, 1), width) };
    if (view.date !== null) yield { text: chalk.dim(view.date) };
    yield* shown(view.lead);
    for (const s of view.sections) yield* section(s);
  }

  function* blocks(view: View): Generator<string> {
    for (const part of parts(view)) yield part.text;
  }

  return { blocks, parts, chalk };
}

/**
 * An HTML block as a reader sees it in a browser, in plain lines: comments
 * gone, white space run together, a line break at `<br>` and at block
 * elements, an image its alt text, other tags dropped, the common entities
 * decoded.
 */
/** More rows or columns than a terminal shows, or than a table can be laid out in good time. */
function tooLargeToDraw(token: Token | undefined): boolean {
  const table = token as { rows?: unknown[]; header?: unknown[] } | undefined;
  return (table?.rows?.length ?? 0) > 1000 || (table?.header?.length ?? 0) > 64;
}

export function htmlText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    // White space runs together as in a browser; line breaks come from `<br>` and block elements.
    .replace(/\s+/g, ' ')
    .replace(
      /<br\s*\/?>|<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|table|tr|blockquote|pre|section|header|footer|figure|figcaption|details|summary)\b[^<>]*>/gi,
      '\n',
    )
    // (`[^<>]`, not `[^>]`: a `<` with no `>` after it would send each of thousands of them to the end of the text.)
    .replace(
      /<img\b[^<>]*?\balt\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')[^<>]*>/gi,
      (_, double?: string, single?: string) => `[${double ?? single}]`,
    )
    .replace(/<[^<>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => HTML_ENTITIES[name] as string);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The whole view as one string: blocks separated by a blank line. */
export function renderTerminal(view: View, options: TerminalOptions): string {
  const parts = [...createTerminalRenderer(options).blocks(view)];
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}

const HANGING = /^(\s*)((?:[*•-]|\d{1,9}[.)])\s+)?/;

const ITEM_MARKER = /^\s*(?:\x1b\[[0-9;]*m)*(?:[*•-]|\d{1,9}[.)])\s/;

/**
 * Join the source line breaks inside list items and quotes, so that they
 * reflow like paragraphs: a line that is neither blank nor the start of a new
 * item continues the line before it.
 */
export function joinSoftBreaks(text: string): string {
  const out: string[] = [];
  // The line being joined, in parts: joining as it grows would copy it once per line, and a nested quote of
  // list items (`> - > - ...`) makes thousands of them.
  let joined: string[] | null = null;
  for (const line of text.split('\n')) {
    const blank = line.trim() === '';
    if (joined !== null && !blank && !ITEM_MARKER.test(line)) {
      joined.push(line.trim());
      continue;
    }
    if (joined !== null) out.push(joined.join(' '));
    joined = null;
    if (blank) out.push(line);
    else joined = [line.trimEnd()];
  }
  if (joined !== null) out.push(joined.join(' '));
  return out.join('\n');
}

/**
 * Reflow each line that is too wide, keeping its indentation (and a list
 * bullet's hanging indent) on the continuation lines.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (stringWidth(line) <= width) return line.trimEnd();
      const m = HANGING.exec(line) as RegExpExecArray;
      const indent = stringWidth(m[0]);
      if (indent >= width / 2) return wrapParagraph(line, width);
      const pad = ' '.repeat(indent);
      const body = wrapParagraph(line.slice(m[0].length), width - indent).split('\n');
      return body.map((l, i) => (i === 0 ? m[0] : pad) + l).join('\n');
    })
    .join('\n');
}
