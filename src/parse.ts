/**
 * text -> Document for plain text. A few pure passes over the lines, one module each:
 *   1. boilerplate (parse/boilerplate.ts): licence wrappers, page furniture, web chrome, printed contents;
 *   2. blocks (parse/blocks.ts): runs of lines between blank lines, classified (prose, preformatted, underlined);
 *   3. heading candidates (parse/candidates.ts): one line that stands apart and looks like a heading;
 *   4. validation (parse/validate.ts): numbered candidates must fit a sequence of siblings and have a body;
 *   5. the tree (tree.ts): levels from the numbering styles, sections holding their blocks;
 *   6. paragraphs (parse/paragraphs.ts): each block's lines joined, or kept where the writer broke them.
 * The title (parse/title.ts) and the date (parse/dates.ts) come from the first blocks; this module
 * runs the passes and assembles the Document. Every pass is linear in the number of lines.
 */

import type { Block, Boilerplate, Document } from './document.js';
import { isBlank, removeCommonMargin, removeLineNumbers, type SourceLine, splitLines, unboxStars } from './lines.js';
import { matchLabel } from './numbering.js';
import { classifyBlocks, groupBlocks, proseIndent, type TextBlock } from './parse/blocks.js';
import { findBoilerplate } from './parse/boilerplate.js';
import { ATX, BACK_MATTER, type Candidate, findCandidates, splitHeadingLines, splitTitleLines } from './parse/candidates.js';
import { findDate } from './parse/dates.js';
import { withoutModeLine } from './parse/heading-text.js';
import { blockToBlocks, textFacts } from './parse/paragraphs.js';
import { dropTitleEchoes, findTitleBlock, titleLineCount } from './parse/title.js';
import { validate } from './parse/validate.js';
import { collapseSpace } from './text.js';
import { buildTree, type HeadingInput } from './tree.js';

export function parseText(text: string): Document {
  const lines = unboxStars(splitLines(text));
  // (A bill's lines numbered in the margin: the numbers go, and a paragraph starts where a line is set in.)
  const numberedLines = removeLineNumbers(lines);
  const { kinds, contentsHeaders, listed, outline, asciidoc, titleField, headerTitle, dateField, mailDate, breadcrumb } =
    findBoilerplate(lines);
  removeCommonMargin(lines, kinds);
  const boilerplate: Boilerplate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    const line = lines[i] as SourceLine;
    if (kind !== undefined && !isBlank(line.text)) {
      boilerplate.push({ type: 'boilerplate', kind, text: collapseSpace(line.text), line: line.line });
    }
  }

  const grouped = groupBlocks(lines, kinds, asciidoc, numberedLines);
  const baseIndent = proseIndent(grouped);
  // Headings are taken off their bodies first, so a table or a tabbed list under a heading does not hide it.
  const hints = { listed, outline, asciidoc };
  const blocks = splitHeadingLines(splitTitleLines(grouped), baseIndent, hints);
  classifyBlocks(blocks, baseIndent);

  const candidates = findCandidates(blocks, baseIndent, contentsHeaders, hints);
  let headings = validate(candidates, blocks, baseIndent, listed);

  // Title and date come from the first blocks, before any heading.
  const consumed = new Set<number>();
  let title: string | null = null;
  const titleBlock = headerTitle === null ? findTitleBlock(blocks, headings, candidates) : -1;
  if (titleBlock >= 0) {
    const block = blocks[titleBlock] as TextBlock;
    const count = titleLineCount(block);
    title = collapseSpace(
      block.lines
        .slice(0, count)
        .map((l) => l.text)
        .join(' '),
    );
    title = withoutModeLine(ATX.exec(title)?.[2] ?? title);
    // A centred title page block: the title is its first line (or lines), the rest stays.
    if (block.kind === 'prose' && block.lines.length > count) blocks[titleBlock] = { lines: block.lines.slice(count), kind: 'prose' };
    else consumed.add(titleBlock);
    headings = dropTitleEchoes(headings, blocks, titleBlock, title);
    // The title's underline is the outermost style (rST): `=` under the title outranks the `-` seen before the next `=`.
    if (block.kind === 'underlined') for (const c of headings) if (c.style === block.underlineStyle) c.topLevel = true;
  } else if (headerTitle !== null || titleField !== null) {
    title = headerTitle ?? titleField;
  }
  // A message's own header dates it, whatever dates the messages quoted under it carry.
  const found = mailDate === null ? findDate(blocks, Math.max(0, titleBlock), headings[0]?.block ?? blocks.length) : null;
  const date = mailDate ?? found?.date ?? dateField;
  if (found?.whole) consumed.add(found.block);

  for (const c of headings) {
    consumed.add(c.block);
    if (c.titleBlock !== undefined) consumed.add(c.titleBlock);
  }
  const facts = textFacts(blocks, text);
  const lead: Block[] = [];
  const bodies: Block[][] = headings.map(() => []);
  let h = -1;
  for (let b = 0; b < blocks.length; b++) {
    while (h + 1 < headings.length && (headings[h + 1] as Candidate).block <= b) h++;
    if (consumed.has(b)) continue;
    const block = blocks[b] as TextBlock;
    // (A loop, not push(...): one block may hold more list items than a call can take arguments.)
    const body = h >= 0 ? (bodies[h] as Block[]) : lead;
    for (const b of blockToBlocks(block, facts)) body.push(b);
  }

  // Wiki headings nest as the page's numbered contents box says (`1.1 Origins` under `1 History`).
  if (headings.some((c) => c.style === 'wiki')) {
    const depth = contentsDepths(boilerplate);
    for (const c of headings) if (c.style === 'wiki') c.style = `wiki:${depth.get(c.title.toLowerCase()) ?? 1}`;
  }
  // Under a heading in capitals (`DIRECTORS' REPORT`, then `Going concern`), a plain line is its subhead, not front matter.
  let underCaps = false;
  for (const c of headings) {
    if (c.style === 'plain' && underCaps && !c.centred && !BACK_MATTER.test(c.heading)) c.topLevel = false;
    else underCaps = c.style === 'caps';
  }
  // Capitals with no text of their own over a numbered run from 1 (or 0), with capitals again after the run
  // (`BACKGROUND OF THE INVENTION`, `1. Field ...`, `2. Related Art`, `SUMMARY`): the run is their subsections.
  const holds = new Set<Candidate>();
  headings.forEach((c, i) => {
    const next = headings[i + 1];
    if (c.style !== 'caps' || next?.label == null || next.label.ordinal > 1 || next.block !== c.block + 1) return;
    // (Or another unnumbered heading of the top level: `How to Apply These Terms` after a licence's numbered terms.)
    let j = i + 1;
    while (j < headings.length && !((headings[j] as Candidate).label === null && (headings[j] as Candidate).topLevel)) j++;
    if (j < headings.length) holds.add(c);
  });
  nestAsListed(headings, listed);
  // Among `#` headings, a setext underline ranks as Markdown ranks it: `===` as `#`, `---` as `##`.
  if (headings.some((c) => c.style.startsWith('atx:'))) {
    for (const c of headings)
      if (c.style === 'underline:=' || c.style === 'underline:-') c.style = c.style === 'underline:=' ? 'atx:1' : 'atx:2';
  }
  const headingInputs: HeadingInput[] = headings.map((c) => ({
    holds: holds.has(c),
    style: c.style,
    number: c.number,
    title: c.title,
    heading: c.heading,
    line: c.line,
    topLevel: c.topLevel,
  }));
  const lastLine = lastContentLine(lines, kinds) ?? lines[lines.length - 1]?.line ?? 1;
  const sections = buildTree(headingInputs, bodies, lastLine);
  return { type: 'document', syntax: 'text', title, date, breadcrumb, lead, sections, boilerplate };
}

/**
 * Where the document's own contents lists the top of its unnumbered headings
 * (a web page's `Jump to:` list), those are its sections, and an unnumbered
 * heading it does not list, after one it does, is a subsection of that one
 * (`Getting there`, then `By air` and `By train`). Three listed headings at
 * least: a contents that names fewer is not this text's.
 */
function nestAsListed(headings: Candidate[], listed: ReadonlyMap<string, number>): void {
  const top = (c: Candidate): boolean => c.label === null && listed.get(c.title.toLowerCase()) === 0;
  // (Numbered headings nest by their numbers: a DocBook chapter's own contents lists its subsections at its top.)
  if (headings.filter(top).length < 3 || headings.some((c) => c.label !== null)) return;
  const last = headings.findLastIndex(top);
  let parent: Candidate | null = null;
  headings.forEach((c, i) => {
    if (top(c)) {
      c.topLevel = true;
      parent = c;
    } else if (parent !== null && i < last && c.style === parent.style && !listed.has(c.title.toLowerCase())) {
      // (Only between listed headings: after the last, a heading in its style is as likely a part of its
      // own, `TRUSTEES` and `THANK YOU` closing a report whose contents stops at its last chapter.)
      c.style = `${c.style}:unlisted`;
      c.topLevel = false;
    }
  });
}

/** From a printed contents' numbered entries (`1.1 Origins`): each title's depth. */
function contentsDepths(boilerplate: Boilerplate[]): Map<string, number> {
  const depth = new Map<string, number>();
  for (const entry of boilerplate) {
    const label = entry.kind === 'contents' ? matchLabel(entry.text) : null;
    if (label?.path !== undefined) depth.set(label.title.toLowerCase(), label.path.length);
  }
  return depth;
}

function lastContentLine(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (kinds[i] === undefined && !isBlank((lines[i] as SourceLine).text)) return (lines[i] as SourceLine).line;
  }
  return null;
}
