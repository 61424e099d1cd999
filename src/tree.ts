/**
 * Headings in document order -> nested sections. Shared by the plain-text and
 * the Markdown parsers: they find headings, this decides how they nest.
 */

import type { Block, Section } from './document.js';
import { slugify } from './text.js';

export interface HeadingInput {
  /** Numbering or markup style; headings of one style are siblings. */
  style: string;
  number: string | null;
  title: string;
  heading: string;
  line: number;
  /** A peer of the top level whatever came before (appendices, unnumbered front matter). */
  topLevel: boolean;
  /** An unnumbered heading that holds the numbered run under it (`BACKGROUND`, then `1.`, `2.`, then `SUMMARY`). */
  holds?: boolean;
}

/**
 * Styles with a known rank inside their family: a deeper rank nests under a
 * shallower one whatever order they first appear in (`1.2` under `1`,
 * `###` under `##`, a chapter under a part).
 */
function rankOf(style: string): { family: string; rank: number } | null {
  const [family, detail, count] = style.split(':') as [string, string | undefined, string | undefined];
  // Banners of one mark nest by their length: `=== Early years ===` under `== History ==`.
  if (family === 'banner') return { family: `banner${detail}`, rank: Number(count) };
  if (family === 'decimal' || family === 'letter-decimal' || family === 'atx' || family === 'markdown' || family === 'wiki')
    return { family, rank: Number(detail) };
  if (family === 'keyword') {
    // `article` has no rank: articles sit under chapters in EU acts and over sections in bylaws,
    // so they nest by the order in which the styles first appear.
    const ranks: Record<string, number> = {
      volume: 0,
      book: 1,
      part: 1,
      act: 2,
      chapter: 2,
      lecture: 2,
      canto: 3,
      section: 3,
      scene: 3,
      chapitre: 2,
      kapitel: 2,
      capítulo: 2,
      capitulo: 2,
      teil: 1,
      parte: 1,
      livre: 1,
      // (A French code: `Livre III` > `Titre III` > `Sous-titre II` > `Chapitre Ier`; a Czech act's `ČÁST` > `HLAVA`.)
      titre: 1.5,
      'sous-titre': 1.75,
      // (The US Code of Federal Regulations: `PART 1904` > `Subpart A—Purpose` > `§ 1904.0`.)
      subpart: 1.5,
      abschnitt: 2,
    };
    const rank = detail !== undefined ? ranks[detail] : undefined;
    return rank === undefined ? null : { family, rank };
  }
  if (family === 'chinese') {
    const ranks: Record<string, number> = { bian: 0, bu: 1, pian: 1, juan: 1, zhang: 2, hui: 2, jie: 3, guan: 3.5, tiao: 4 };
    return { family, rank: ranks[detail ?? ''] ?? 5 };
  }
  const chineseEnums: Record<string, number> = { 'chinese-enum': 6, 'chinese-paren': 7, 'decimal-cjk': 8, 'paren-number': 9 };
  if (style in chineseEnums) return { family: 'chinese', rank: chineseEnums[style] as number };
  return null;
}

/** A numbered heading with its own contents listed straight under it (`Chapter 2. Keyboard State`, `Table of Contents`). */
const chapterContents = (above: HeadingInput | undefined, contents: HeadingInput): boolean =>
  above !== undefined && above.number !== null && contents.line - above.line <= 3;

/** Nesting levels (1-based) for headings, from a stack of open styles. */
export function assignLevels(headings: readonly HeadingInput[]): number[] {
  const stack: HeadingInput[] = [];
  const levels: number[] = [];
  // Capitals used for the sections of the whole text: from the second such heading on, they hold numbered ones.
  let capsSeen = 0;
  let capsSections = false;
  for (const heading of headings) {
    // A printed contents heading lists; it holds no sections.
    if (stack[stack.length - 1]?.style === 'contents') stack.pop();
    if (heading.style === 'caps') capsSections = ++capsSeen >= 2;
    const open = stack.findIndex((h) => h.style === heading.style);
    if (open >= 0) {
      stack.length = open;
    } else if (heading.style === 'contents' && chapterContents(stack[stack.length - 1], heading)) {
      // A chapter's own contents, straight under its heading (DocBook), stays in the chapter.
    } else if (heading.topLevel) {
      stack.length = 0;
    } else {
      const rank = rankOf(heading.style);
      // Pop styles of the same family that rank at or below this one.
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as HeadingInput;
        const topRank = rankOf(top.style);
        const sameFamilyDeeper = rank && topRank && topRank.family === rank.family && topRank.rank >= rank.rank;
        // Numbered sections do not nest under unnumbered front matter (`Abstract`).
        // (But capitals that are the text's sections, `NOTES TO THE ACCOUNTS` after `DIRECTORS' REPORT`, hold
        // numbered headings of no ranked family: `Note 1`, the `I.` of a sonnet sequence. Chapters stay on top.)
        const underFrontMatter =
          top.topLevel &&
          top.number === null &&
          heading.number !== null &&
          top.holds !== true &&
          !(top.style === 'caps' && capsSections && rank === null);
        // (Nor under a subhead, plain or capitals, left open: `Goals` in chapter 1 ends before `Chapter 2. Design`.)
        const underSubhead =
          (top.style === 'plain' || top.style === 'caps') && !top.topLevel && top.number === null && heading.number !== null;
        if (sameFamilyDeeper || underFrontMatter || underSubhead) stack.pop();
        else break;
      }
    }
    stack.push(heading);
    levels.push(stack.length);
  }
  return levels;
}

export function buildTree(headings: readonly HeadingInput[], bodies: readonly Block[][], lastLine: number): Section[] {
  const levels = assignLevels(headings);
  const roots: Section[] = [];
  const open: Section[] = [];
  const slugs = new Map<string, number>();
  headings.forEach((heading, i) => {
    const level = levels[i] as number;
    const base = slugify(heading.title || heading.heading) || 'section';
    const seen = slugs.get(base) ?? 0;
    slugs.set(base, seen + 1);
    const section: Section = {
      type: 'section',
      path: '',
      number: heading.number,
      title: heading.title,
      heading: heading.heading,
      level,
      line: heading.line,
      endLine: lastLine,
      slug: seen === 0 ? base : `${base}-${seen}`,
      blocks: bodies[i] ?? [],
      children: [],
    };
    while (open.length >= level) {
      const closed = open.pop() as Section;
      closed.endLine = Math.max(closed.line, heading.line - 1);
    }
    const parent = open[open.length - 1];
    // A level can skip (`###` right under `#`): the section still nests under the nearest open one.
    section.level = open.length + 1;
    if (parent) parent.children.push(section);
    else roots.push(section);
    open.push(section);
  });
  assignPaths(roots, '');
  return roots;
}

function assignPaths(sections: Section[], prefix: string): void {
  sections.forEach((section, i) => {
    section.path = `${prefix}${i + 1}`;
    assignPaths(section.children, `${section.path}.`);
  });
}
