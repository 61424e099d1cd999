/**
 * The document tree: the contract between the parser and every renderer.
 * Renderers never re-parse text; the parser never knows about output.
 * All text fields are whitespace-normalised (single spaces) unless noted.
 */

import type { Token } from 'marked';

/** A run of prose: source lines joined, white space collapsed. */
export interface Paragraph {
  type: 'paragraph';
  text: string;
  /** 1-based line of the first source line, counting `\n`. */
  line: number;
}

/**
 * Short lines whose breaks are the writer's, not a wrap's: an address, a
 * signature, a verse, a list without marks. Each line is kept (and wrapped on
 * its own when a width asks for it).
 */
export interface LineGroup {
  type: 'lines';
  /** The lines, white space collapsed in each, joined by `\n`. */
  text: string;
  line: number;
}

/** Lines whose layout matters (code, ASCII art, tables): kept as written. */
export interface Preformatted {
  type: 'preformatted';
  /** The lines, joined by `\n`, common indentation removed. */
  text: string;
  line: number;
}

/** A block of Markdown source (Markdown input only): rendered as Markdown. */
export interface MarkdownBlock {
  type: 'markdown';
  /** The block's Markdown source as written. */
  text: string;
  /** marked's token type (`paragraph`, `list`, `code`, `table`...): how to lay it out. */
  token: string;
  line: number;
  /**
   * The token marked made of the block when it lexed the whole document (so reference links
   * defined elsewhere resolve): the terminal renderer renders it without lexing the source again.
   * Not part of any output.
   */
  lexed?: Token;
}

export type Block = Paragraph | LineGroup | Preformatted | MarkdownBlock;

export interface Section {
  type: 'section';
  /** Position in the tree: `2`, `2.1`. Stable address for `section`. */
  path: string;
  /** The label as written without trailing punctuation (`II`, `1.2`, `Chapter 3`), or null. */
  number: string | null;
  /** The heading text after its label. */
  title: string;
  /** The heading line as written (normalised): `II. Stay committed to ...`. */
  heading: string;
  /** Nesting depth: 1 for top-level sections. */
  level: number;
  /** 1-based source line of the heading. */
  line: number;
  /** 1-based source line of the last line of the section, sub-sections included. */
  endLine: number;
  slug: string;
  blocks: Block[];
  children: Section[];
}

/** Text that is not the article: site chrome, licence wrappers, page furniture. */
export interface Boilerplate {
  type: 'boilerplate';
  kind: 'breadcrumb' | 'footer' | 'wrapper' | 'page-furniture' | 'contents';
  text: string;
  line: number;
}

export interface Document {
  type: 'document';
  /** How the body is written: plain prose, or Markdown source. */
  syntax: 'text' | 'markdown';
  title: string | null;
  /** The date line as written, or null. */
  date: string | null;
  breadcrumb: string | null;
  /** Blocks before the first heading. */
  lead: Block[];
  sections: Section[];
  boilerplate: Boilerplate[];
}

/** Every section in document order, depth first. */
export function flattenSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const visit = (list: readonly Section[]): void => {
    for (const section of list) {
      out.push(section);
      visit(section.children);
    }
  };
  visit(sections);
  return out;
}
