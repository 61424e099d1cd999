/**
 * text -> Document for plain text. A few pure passes over the lines:
 *   1. boilerplate: licence wrappers, page furniture, web chrome, printed contents;
 *   2. blocks: runs of lines between blank lines, classified (prose, preformatted, underlined);
 *   3. heading candidates: one line that stands apart and looks like a heading;
 *   4. validation: numbered candidates must fit a sequence of siblings and have a body;
 *   5. the tree: levels from the numbering styles, sections holding their blocks.
 * Every pass is linear in the number of lines.
 */

import type { Block, Boilerplate, Document } from './document.js';
import { expandTabs, indentation, isBlank, maxOf, minOf, type SourceLine, splitLines } from './lines.js';
import { type Label, matchLabel } from './numbering.js';
import { collapseSpace, countWords, plainSpaces } from './text.js';
import { buildTree, type HeadingInput } from './tree.js';

interface TextBlock {
  lines: SourceLine[];
  kind: 'prose' | 'preformatted' | 'underlined';
  /** For underlined blocks: the underline style, e.g. `underline:=`. */
  underlineStyle?: string;
}

interface Candidate {
  block: number;
  style: string;
  number: string | null;
  title: string;
  /** Heading line as written (collapsed). */
  heading: string;
  line: number;
  label: Label | null;
  /** Index of a following block consumed as this heading's title (label-only lines). */
  titleBlock?: number;
  /** Styles that are peers of the top level (unnumbered front-matter headings, appendices). */
  topLevel: boolean;
}

// ---------------------------------------------------------------------------
// Pass 1: boilerplate

const GUTENBERG_START = /^\s*\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG/i;
const GUTENBERG_END = /^\s*(\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG|End of (the )?Project Gutenberg)/i;
const TITLE_FIELD = /^\s*Title:\s+(.+)$/;
const PAGE_FOOTER = /\[Page \d+\]\s*$/;
const COLUMN_GAP = /\S {3,}\S/g;
const BREADCRUMB = /^\s*(Home|Homepage|首页|Start|Accueil|Inicio)\s*([>»›|/→]|&gt;)/i;

const PRODUCED_BY = /^\s*(Produced by|E-text prepared by|Transcribed by)\b/i;
const INLINE_CHROME = /^\s*(advertisement|sponsored( content)?|skip to (main )?content|read more:.*|continue reading.*)\s*$/i;
/** Lines that open a page's footer: after one of these, only short lines (links, lists) follow. */
const FOOTER_START =
  /^\s*(share( this( article| story)?)?:?|related (articles|news|stories|links|posts|content)|most (read|popular|viewed|shared)|more (from|on) .{1,40}|you (may|might) also like|recommended( for you)?|tags?:.*|topics?:.*|###|-\s?30\s?-|<[^<>]{1,40}>|\[close\]|print|comments?( \(\d+\))?:?)\s*$/i;
const NAV_BAR = /^[^|]{1,40}(\s\|\s[^|]{1,40}){2,}$/;

interface Boilerplates {
  /** Per source index: the kind of boilerplate it is, if any. */
  kinds: (Boilerplate['kind'] | undefined)[];
  /** Source indexes of `Contents` lines: headings whose entries are boilerplate. */
  contentsHeaders: Set<SourceLine>;
  titleField: string | null;
  breadcrumb: string | null;
}

function findBoilerplate(lines: SourceLine[]): Boilerplates {
  const kinds: (Boilerplate['kind'] | undefined)[] = new Array(lines.length);
  let titleField: string | null = null;

  // Licence wrappers (Project Gutenberg): everything outside START..END.
  const start = lines.findIndex((l) => GUTENBERG_START.test(l.text));
  if (start >= 0) {
    for (let i = 0; i <= start; i++) {
      kinds[i] = 'wrapper';
      const field = TITLE_FIELD.exec(lines[i]?.text ?? '');
      if (field && titleField === null) titleField = collapseSpace(field[1] as string);
    }
    for (let i = start + 1; i < lines.length; i++) {
      if (GUTENBERG_END.test(lines[i]?.text ?? '')) {
        for (let j = i; j < lines.length; j++) kinds[j] = 'wrapper';
        break;
      }
    }
  }

  // Page furniture: `[Page N]` footers and the running header after each form feed.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (PAGE_FOOTER.test(line.text) && line.text.length < 100) kinds[i] = 'page-furniture';
    if (line.pageBreak) {
      let j = i;
      while (j < lines.length && isBlank((lines[j] as SourceLine).text)) j++;
      const header = lines[j];
      if (header && (header.text.match(COLUMN_GAP)?.length ?? 0) >= 1 && header.text.length < 100) {
        kinds[j] = 'page-furniture';
      }
    }
  }

  // Older Project Gutenberg files credit the producers right after START.
  if (start >= 0) {
    const credit = firstContent(lines, kinds, start + 1);
    if (credit >= 0 && PRODUCED_BY.test((lines[credit] as SourceLine).text)) {
      for (let i = credit; i < lines.length && !isBlank((lines[i] as SourceLine).text); i++) kinds[i] = 'wrapper';
    }
  }

  // Web chrome: a breadcrumb near the top (with the masthead and menu above it),
  // advertisement markers in the body, share/print/related links at the bottom.
  let breadcrumb: string | null = null;
  for (let i = firstContent(lines, kinds, 0), seen = 0; i >= 0 && seen < 8; i = firstContent(lines, kinds, i + 1), seen++) {
    const text = (lines[i] as SourceLine).text;
    if (BREADCRUMB.test(text) && text.length < 200) {
      for (let j = 0; j < i; j++) if (kinds[j] === undefined && !isBlank((lines[j] as SourceLine).text)) kinds[j] = 'breadcrumb';
      kinds[i] = 'breadcrumb';
      breadcrumb = collapseSpace(text.replace(/&gt;/g, '>'));
      break;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === undefined && INLINE_CHROME.test((lines[i] as SourceLine).text)) kinds[i] = 'footer';
  }
  markFooter(lines, kinds);
  const contentsHeaders = markPrintedContents(lines, kinds);
  return { kinds, contentsHeaders, titleField, breadcrumb };
}

const CONTENTS_HEADER =
  /^\s*(table of contents|contents|contents of [\p{L} ]+|目\s*录|目\s*次|inhalt(sverzeichnis)?|sommaire|índice|indice)\.?:?\s*$/iu;
// No `i` or `u` flag: this runs on every short line, and plain regexes compile and run faster.
const LEADER = /(\.\s*){4,}\s*\S{0,8}\s*$|…{2,}\s*\S{0,8}\s*$|\S\s{3,}(\d{1,4}|[ivxlcIVXLC]{1,6})\s*$/;
/** Contents entries and their header are short lines; testing only those keeps long prose out of the regexes. */
const LONGEST_CONTENTS_LINE = 200;

/**
 * A table of contents printed in the document: a `Contents` line followed by
 * short entries, or a run of entries with dot leaders and page numbers. Its
 * entries repeat the real headings; they are marked 'contents' so they are
 * kept (JSON shows them) but never taken for headings or body.
 */
function markPrintedContents(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): Set<SourceLine> {
  const headers = new Set<SourceLine>();
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== undefined) continue;
    const text = (lines[i] as SourceLine).text;
    if (text.length > LONGEST_CONTENTS_LINE) continue;
    const header = text.length <= 60 && CONTENTS_HEADER.test(text);
    if (!header && !LEADER.test(text)) continue;
    // Collect the entries: short lines, until a prose paragraph or a line
    // that repeats the first entry (the real heading it pointed to).
    const entries: number[] = [];
    const seen = new Set<string>();
    let blanks = 0;
    let j = header ? i + 1 : i;
    let leaders = 0;
    for (; j < lines.length; j++) {
      if (kinds[j] === 'page-furniture') continue;
      const t = (lines[j] as SourceLine).text;
      if (isBlank(t)) {
        blanks++;
        if (blanks > 2 && entries.length > 0) break;
        continue;
      }
      const key = t.length > LONGEST_HEADING ? t : collapseSpace(t.replace(LEADER, ''));
      const isLeader = LEADER.test(t);
      // The real heading an entry pointed to ends the contents.
      if (seen.has(key.toLowerCase()) && blanks > 0 && !isLeader) break;
      // Rules and underlines inside the contents are part of it.
      if (!/[\p{L}\p{N}]/u.test(key) && key.length <= 80) {
        entries.push(j);
        continue;
      }
      const short = t.trim().length <= 90 && !/[.!?]["”’)]?\s*$/.test(t.replace(LEADER, '').trim());
      if (!isLeader && !(header && short && (matchLabel(key) || blanks === 0 || entries.length === 0 || looksLikeHeadingText(key)))) break;
      if (isLeader) leaders++;
      seen.add(key.toLowerCase());
      entries.push(j);
      blanks = 0;
    }
    if ((header && entries.length >= 2) || leaders >= 3) {
      // The `Contents` line itself is a heading (its section lists nothing): the entries are boilerplate.
      if (header) headers.add(lines[i] as SourceLine);
      for (const e of entries) kinds[e] = 'contents';
      i = (entries[entries.length - 1] as number) || i;
    }
  }
  return headers;
}

/**
 * The footer of a page copied from a browser or a wire service: from the first
 * footer opener (`Share this:`, `Related articles`, a `###` end mark) in the
 * last third of the text, when only short lines follow it, to the end.
 */
function markFooter(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): void {
  let end = lines.length - 1;
  while (end >= 0 && (kinds[end] !== undefined || isBlank((lines[end] as SourceLine).text))) end--;
  let start = -1;
  // Walk up through short lines only, remembering the highest footer opener;
  // a wrapped paragraph (a long line continued in lower case) ends the walk.
  for (let i = end; i >= 0 && i >= end - 60; i--) {
    if (kinds[i] !== undefined && kinds[i] !== 'footer') break;
    const raw = (lines[i] as SourceLine).text;
    if (raw.length > LONGEST_HEADING) break;
    const text = collapseSpace(raw);
    if (text === '') continue;
    if (text.length > 70) break;
    const below = lines[i + 1]?.text ?? '';
    if (text.length >= 50 && /^\s*\p{Ll}/u.test(below)) break;
    if (indentation(raw) === 0 && (FOOTER_START.test(text) || NAV_BAR.test(text))) start = i;
  }
  if (start < 0) return;
  for (let i = start; i <= end; i++) {
    if (kinds[i] === undefined && !isBlank((lines[i] as SourceLine).text)) kinds[i] = 'footer';
  }
}

function looksLikeHeadingText(text: string): boolean {
  return text.length <= 80 && countWords(text) <= 12 && !/[,;]$/.test(text);
}

function firstContent(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (kinds[i] === undefined && !isBlank((lines[i] as SourceLine).text)) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Pass 2: blocks

const UNDERLINE = /^\s*([=\-~^*+#`'":_])\1{2,}\s*$/;

function groupBlocks(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: SourceLine[] = [];
  const nearFurniture = blanksNearFurniture(lines, kinds);
  const flush = (): void => {
    if (current.length > 0) blocks.push({ lines: current, kind: 'prose' });
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (kinds[i] !== undefined) {
      // Page furniture does not end a paragraph that runs across pages.
      if (kinds[i] !== 'page-furniture') flush();
      continue;
    }
    if (isBlank(line.text)) {
      // Blank lines around page furniture are part of the page break, not a paragraph end.
      if (!nearFurniture[i]) flush();
      continue;
    }
    // Underlined (setext / reStructuredText) headings are blocks of their own.
    const next = lines[i + 1];
    // (An indented block is code or program output: its underlines are not headings.)
    if (next && kinds[i + 1] === undefined && UNDERLINE.test(next.text) && !UNDERLINE.test(line.text) && !indentedBlock(line)) {
      const marker = next.text.trim();
      const text = line.text.trim();
      const over = current.length > 0 && UNDERLINE.test((current[current.length - 1] as SourceLine).text);
      if (marker.length >= Math.min(3, text.length) && text.length <= 100 && (current.length === 0 || over)) {
        let style = `underline:${marker[0]}`;
        if (over) {
          current.pop();
          style = `overline:${marker[0]}`;
        }
        flush();
        blocks.push({ lines: [line, next], kind: 'underlined', underlineStyle: style });
        i++;
        continue;
      }
    }
    current.push(line);
  }
  flush();
  return blocks;
}

/**
 * For each blank line: whether its run of blank lines touches a page break or
 * page furniture. One pass over the runs, so a million blank lines stay linear.
 */
/** A line indented like code (four columns or more) that is not centred. */
function indentedBlock(line: SourceLine): boolean {
  return indentation(line.text) >= 4 && !allCentred([line.text]);
}

function blanksNearFurniture(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): boolean[] {
  const near: boolean[] = new Array(lines.length).fill(false);
  const marks = (j: number): boolean => j >= 0 && j < lines.length && (kinds[j] === 'page-furniture' || (lines[j] as SourceLine).pageBreak);
  for (let start = 0; start < lines.length; start++) {
    if (!isBlank((lines[start] as SourceLine).text)) continue;
    let end = start;
    let flag = marks(start - 1);
    while (end < lines.length && isBlank((lines[end] as SourceLine).text)) {
      if (marks(end)) flag = true;
      end++;
    }
    if (marks(end)) flag = true;
    for (let j = start; j < end; j++) near[j] = flag;
    start = end;
  }
  return near;
}

/** The indentation of ordinary prose lines: RFCs indent body text by 3, most texts by 0. */
function proseIndent(blocks: TextBlock[]): number {
  const counts = new Map<number, number>();
  for (const block of blocks) {
    if (block.lines.length < 2) continue;
    for (const l of block.lines) {
      // Chinese paragraphs open with full-width spaces that headings share: that is not a layout of indented prose.
      if (l.text.length < 40 || /^\s*\u3000/u.test(l.text)) continue;
      const ind = indentation(l.text);
      counts.set(ind, (counts.get(ind) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestCount = 0;
  for (const [ind, count] of counts) {
    if (count > bestCount || (count === bestCount && ind < best)) {
      best = ind;
      bestCount = count;
    }
  }
  return best;
}

const BOX_DRAWING = /[|+]-{2,}|-{2,}[|+]|[│┌┐└┘├┤┬┴┼─═║]|^\s*[|+].*[|+]\s*$/;

function classifyBlocks(blocks: TextBlock[], baseIndent: number): void {
  for (const block of blocks) {
    if (block.kind !== 'prose') continue;
    const { lines } = block;
    const texts = lines.map((l) => l.text);
    const minIndent = minOf(texts.map(indentation));
    const columns = texts.filter((t) => (t.trim().match(/\S( {3,}|\t)\S/g)?.length ?? 0) >= 1).length;
    const boxes = texts.filter((t) => BOX_DRAWING.test(t)).length;
    const indented = lines.length >= 2 && minIndent >= baseIndent + 4 && !allCentred(texts);
    if (indented || boxes >= 1 || (lines.length >= 2 && columns >= Math.max(2, lines.length / 2))) {
      block.kind = 'preformatted';
    }
  }
}

/**
 * Lines set in the middle of the page: indented, and (for several lines) with
 * their centres close together although their indentations differ.
 */
function allCentred(texts: string[]): boolean {
  const lines = texts.filter((t) => !isBlank(t)).map((t) => ({ indent: indentation(t), centre: indentation(t) + t.trim().length / 2 }));
  if (lines.length === 0 || lines.some((l) => l.indent < 4)) return false;
  if (lines.length === 1) return (lines[0]?.indent ?? 0) >= 8 && Math.abs((lines[0]?.centre ?? 0) - 38) <= 10;
  const centres = lines.map((l) => l.centre);
  const indents = new Set(lines.map((l) => l.indent));
  return indents.size > 1 && maxOf(centres) - minOf(centres) <= 8;
}

// ---------------------------------------------------------------------------
// Pass 3: heading candidates

const SENTENCE_END = /[.!?。！？…]["”’»)）]?$/u;
// Exclamations are speech; a question can be a heading (`What went wrong?`).
const SPEECH_END = /[!！]["”’»]?$/u;
const ATX = /^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{Lu}/gu;

/** Lines longer than this are never headings, titles or dates: they are not even normalised to check. */
const LONGEST_HEADING = 400;

/** The line normalised, or '' when it is too long to be a heading. */
function headingText(line: string): string {
  return line.length > LONGEST_HEADING ? '' : collapseSpace(line);
}

/** A line that reads like running text rather than a heading. */
function isSentenceLike(title: string): boolean {
  const words = countWords(title);
  if (title.length > 180 || words > 24) return true;
  if (/[,;，；:：]$/u.test(title)) return true;
  if (SPEECH_END.test(title)) return true;
  // A short label-like title ending in a full stop (`Introduction.`) is fine; a sentence is not (a question may be a heading).
  return /[.!。！…]["”’»)）]?$/u.test(title) && words > 6;
}

/**
 * A heading often sits directly on top of its body (`Section 1. Name` then the
 * text, no blank line). The line is taken apart when it looks like a heading
 * and ends early on purpose: the next line's first word would have fitted.
 * A label-only line (`ARTICLE I`) may bring one title line along.
 */
function splitHeadingLines(blocks: TextBlock[], baseIndent: number): TextBlock[] {
  const out: TextBlock[] = [];
  for (const block of blocks) {
    let lines = block.lines;
    // Code and other indented blocks are kept whole.
    const code = lines.length >= 2 && indentation((lines[0] as SourceLine).text) >= baseIndent + 4;
    if (block.kind !== 'prose' || lines.length < 2 || code) {
      out.push(block);
      continue;
    }
    const width = Math.max(40, maxOf(lines.slice(0, 3).map((l) => l.text.trimEnd().length)));
    for (let taken = 0; taken < 2 && lines.length >= 2; taken++) {
      const first = lines[0] as SourceLine;
      const text = headingText(first.text);
      if (text === '') break;
      const label = matchLabel(text);
      const labelOnly = label !== null && label.title === '';
      const looksLikeHeading = taken === 0 ? isHeadingLine(text, label) : isTitleLine(text);
      const nextWord = (lines[1] as SourceLine).text.trim().split(/\s+/)[0] ?? '';
      const brokenEarly = first.text.trimEnd().length + 1 + nextWord.length <= width;
      // A run of item lines is a list, not a heading over its body.
      const list =
        taken === 0 && label !== null && !labelOnly && matchLabel(headingText((lines[1] as SourceLine).text))?.style === label.style;
      if (!looksLikeHeading || !brokenEarly || list) break;
      out.push({ lines: [first], kind: 'prose' });
      lines = lines.slice(1);
      if (taken === 0 && !labelOnly) break;
    }
    out.push({ lines, kind: 'prose' });
  }
  return out;
}

/**
 * An issuer and a title stacked at the very top with no blank line between
 * (`Harbourside Institute of Marine Biology` / `Standard Operating Procedure:
 * ...`): short lines that end early on purpose become blocks of their own.
 */
function splitTitleLines(blocks: TextBlock[]): TextBlock[] {
  const first = blocks[0];
  if (first?.kind !== 'prose' || first.lines.length < 2 || first.lines.length > 3) return blocks;
  const texts = first.lines.map((l) => l.text);
  if (allCentred(texts) || texts.some((t) => t.length > 100 || /:\t/.test(t))) return blocks;
  const width = Math.max(60, maxOf(texts.map((t) => t.trimEnd().length)));
  const stacked = texts.every((t, i) => {
    const text = collapseSpace(t);
    if (!isTitleText(text) || matchLabel(text) || SENTENCE_END.test(text)) return false;
    const nextWord = texts[i + 1]?.trim().split(/\s+/)[0];
    return nextWord === undefined || t.trimEnd().length + 1 + nextWord.length <= width;
  });
  if (!stacked) return blocks;
  return [...first.lines.map((l): TextBlock => ({ lines: [l], kind: 'prose' })), ...blocks.slice(1)];
}

function isHeadingLine(text: string, label: Label | null): boolean {
  if (label) return label.title === '' || (!isSentenceLike(label.title) && countWords(label.title) <= 12);
  return isAllCaps(text);
}

function isTitleLine(text: string): boolean {
  return text.length <= 100 && !isSentenceLike(text) && (isAllCaps(text) || countWords(text) <= 10) && matchLabel(text) === null;
}

function findCandidates(blocks: TextBlock[], baseIndent: number, contentsHeaders: Set<SourceLine>): Candidate[] {
  const candidates: Candidate[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as TextBlock;
    if (block.kind === 'preformatted') continue;
    // The title line of a label-only heading just before is not a heading itself.
    if (candidates[candidates.length - 1]?.titleBlock === b) continue;
    const first = block.lines[0] as SourceLine;
    const heading = headingText(first.text);
    if (heading === '') continue;
    if (block.kind === 'underlined') {
      const label = matchLabel(heading);
      candidates.push({
        block: b,
        style: block.underlineStyle as string,
        number: label ? label.number : null,
        title: label?.title ? label.title : heading,
        heading,
        line: first.line,
        label,
        topLevel: false,
      });
      continue;
    }
    // A heading stands on its own line (splitHeadingLines has taken apart those that sit on their body).
    if (block.lines.length > 1) continue;
    if (contentsHeaders.has(first)) {
      candidates.push({
        block: b,
        style: 'contents',
        number: null,
        title: heading,
        heading,
        line: first.line,
        label: null,
        topLevel: true,
      });
      continue;
    }
    const label = matchLabel(heading);
    if (label) {
      const labelOnly = label.title === '';
      if (!labelOnly && isSentenceLike(label.title) && !(label.strong && countWords(label.title) <= 10)) continue;
      // Where prose is indented (RFCs), headings stand out to the left or in the middle: an indented item is a list.
      if (baseIndent >= 2 && indentation(first.text) >= baseIndent && !allCentred([first.text])) continue;
      const candidate: Candidate = {
        block: b,
        style: label.style,
        number: label.number,
        title: label.title,
        heading,
        line: first.line,
        label,
        topLevel: /^keyword:(appendix|annex)/.test(label.style),
      };
      if (labelOnly) attachTitleLine(candidate, blocks, b);
      candidates.push(candidate);
      continue;
    }
    const atx = ATX.exec(heading);
    if (atx) {
      candidates.push({
        block: b,
        style: `atx:${(atx[1] as string).length}`,
        number: null,
        title: atx[2] as string,
        heading,
        line: first.line,
        label: null,
        topLevel: false,
      });
      continue;
    }
    if (isAllCaps(heading)) {
      // Unnumbered capitals head the top level: numbered headings after them do not nest under them.
      candidates.push({ block: b, style: 'caps', number: null, title: heading, heading, line: first.line, label: null, topLevel: true });
      continue;
    }
    // In documents whose prose is indented (RFCs), a short flush-left line is a heading.
    if (
      baseIndent >= 2 &&
      indentation(first.text) === 0 &&
      /\p{L}/u.test(heading) &&
      heading.length <= 70 &&
      !isSentenceLike(heading) &&
      !SENTENCE_END.test(heading)
    ) {
      candidates.push({ block: b, style: 'outdent', number: null, title: heading, heading, line: first.line, label: null, topLevel: true });
      continue;
    }
    if (isPlainHeading(heading)) {
      candidates.push({ block: b, style: 'plain', number: null, title: heading, heading, line: first.line, label: null, topLevel: false });
    }
  }
  return candidates;
}

/** A short line in ordinary case that could be a subhead: it reads like a title, not a sentence. */
function isPlainHeading(text: string): boolean {
  // A final full stop ends a sentence, unless it ends an abbreviation (`About Acme Widgets, Inc.`).
  const abbreviation = /(?:^|\s)\p{Lu}\p{L}{0,3}\.$/u.test(text);
  if (text.length > 70 || !/^[\p{Lu}\p{N}]/u.test(text) || (/[.!?:;,…。！？：；，]["”’)]?$/u.test(text) && !abbreviation)) return false;
  const words = countWords(text);
  return words >= 1 && words <= 10 && !/^by\s/i.test(text) && matchDateLine(text) === null;
}

function isAllCaps(text: string): boolean {
  if (HAS_LOWER.test(text) || text.length > 70) return false;
  const capitals = text.match(LETTERS)?.length ?? 0;
  if (capitals < 3) return false;
  if (countWords(text) > 10) return false;
  // Speech, stage directions and sign-offs (`APPLAUSE.`, `FINIS.`) end like sentences.
  return !/[.!?,;:！？。]["”’]?$/u.test(text);
}

/** `CHAPTER II.` alone, then `The Title` on the next line or block: take it as the title. */
function attachTitleLine(candidate: Candidate, blocks: TextBlock[], b: number): void {
  const block = blocks[b] as TextBlock;
  if (block.lines.length > 1) {
    const rest = block.lines.slice(1).map((l) => l.text);
    if (rest.length <= 2) {
      const title = collapseSpace(rest.join(' '));
      if (title.length <= 100 && !isSentenceLike(title)) {
        candidate.title = title;
        candidate.heading = `${candidate.heading} ${title}`;
      }
    }
    return;
  }
  const next = blocks[b + 1];
  if (next?.kind !== 'prose' || next.lines.length > 2) return;
  const title = headingText(next.lines.map((l) => l.text).join(' '));
  // A title in capitals may end with a full stop (`THE NEW KEEPER.`); one in lower case would be a sentence.
  const sentence = SENTENCE_END.test(title) && HAS_LOWER.test(title) && countWords(title) > 3;
  if (title === '' || title.length > 100 || isSentenceLike(title) || sentence || matchLabel(title)) return;
  // The block after the title line must be something else (a body or another heading).
  candidate.title = title;
  candidate.heading = `${candidate.heading} ${title}`;
  candidate.titleBlock = b + 1;
}

// ---------------------------------------------------------------------------
// Pass 4: validation

/**
 * Numbered candidates are believed when they fit a sequence of siblings
 * (`II` after `I`) and have a body. A run of items with nothing between them
 * is a list (or a printed contents), not a set of headings.
 */
function validate(candidates: Candidate[], blocks: TextBlock[], baseIndent: number): Candidate[] {
  const accepted = new Set<Candidate>();
  const byStyle = new Map<string, Candidate[]>();
  for (const c of candidates) {
    // Decimal paths are validated together whatever their markup (`3.1` underlined with `-` under `3.` with `=`).
    const key = c.label?.path ? (c.label.style.split(':')[0] as string) : c.style;
    const list = byStyle.get(key);
    if (list) list.push(c);
    else byStyle.set(key, [c]);
  }
  for (const [style, list] of byStyle) {
    if (style === 'decimal' || style === 'letter-decimal') {
      for (const c of validateDecimal(list)) accepted.add(c);
      continue;
    }
    const first = list[0] as Candidate;
    if (first.label === null || first.label.strong) {
      for (const c of list) accepted.add(c);
      continue;
    }
    for (const run of sequenceRuns(list)) {
      if (run.length >= 2) for (const c of run) accepted.add(c);
    }
  }
  let result = candidates.filter((c) => accepted.has(c) && !isListItem(c, blocks, baseIndent));
  result = dropLists(result, blocks);
  result = dropTrailing(result, blocks);
  return validateUnnumbered(result, candidates, blocks);
}

const UNNUMBERED = new Set(['caps', 'plain']);

/**
 * Unnumbered lines (capitals, plain subheads) have no sequence to vouch for
 * them. One is a heading when a body follows it (or a subhead that has one);
 * bylines, imprints and inscriptions are followed by more short lines. A style
 * used once, in a text with no other headings, is a caption or a sign, not
 * structure. Plain subheads are trusted in numbered texts only before the
 * first numbered heading (front matter such as `Document control`).
 */
function validateUnnumbered(headings: Candidate[], candidates: Candidate[], blocks: TextBlock[]): Candidate[] {
  const candidateAt = new Map(candidates.map((c) => [c.block, c]));
  const accepted = new Set(headings);
  const isBody = (b: number): boolean => {
    const block = blocks[b];
    if (!block || candidateAt.has(b)) return false;
    if (block.kind === 'preformatted') return true;
    if (block.lines.length >= 2 || allCentred([(block.lines[0] as SourceLine).text])) return !allCentred(block.lines.map((l) => l.text));
    const text = headingText((block.lines[0] as SourceLine).text);
    return text === '' || text.length >= 80 || (SENTENCE_END.test(text) && countWords(text) > 4);
  };
  const hasBody = (c: Candidate): boolean => {
    const next = (c.titleBlock ?? c.block) + 1;
    if (isBody(next)) return true;
    const sub = candidateAt.get(next);
    if (sub === undefined) return false;
    // A part heading over numbered sections that start from the first (`RESEARCH PLAN`, then `A.`).
    if (c.style === 'caps' && sub.label && !sub.label.strong && sub.label.ordinal === 1 && accepted.has(sub)) return true;
    // Capitals over a plain subhead (`RESULTS`, then `Effect of Soil Moisture`).
    return c.style === 'caps' && sub.style === 'plain' && isBody(sub.block + 1);
  };
  const firstNumbered = headings.find((h) => h.label !== null)?.block ?? Number.POSITIVE_INFINITY;
  const kept = headings.filter((h) => {
    if (!UNNUMBERED.has(h.style)) return true;
    if (h.style === 'plain' && h.block > firstNumbered) return false;
    if (/^by\s/i.test(h.heading)) return false;
    // Front matter before numbered sections (`Document control`) is a peer of them.
    if (h.style === 'plain' && firstNumbered !== Number.POSITIVE_INFINITY) h.topLevel = true;
    return hasBody(h);
  });
  const count = new Map<string, number>();
  for (const h of kept) count.set(h.style, (count.get(h.style) ?? 0) + 1);
  const others = kept.some((h) => !UNNUMBERED.has(h.style));
  return kept.filter((h) => !UNNUMBERED.has(h.style) || others || (count.get(h.style) ?? 0) >= 2);
}

/**
 * `1. Why is my widget missing?` with its answer indented by spaces under the
 * item text: a list item (reStructuredText, Markdown-like notes), not a
 * heading. (Tab-indented bodies are word-processor layout, not lists.)
 */
function isListItem(c: Candidate, blocks: TextBlock[], baseIndent: number): boolean {
  if (c.label === null || c.label.strong) return false;
  const own = indentation((blocks[c.block] as TextBlock).lines[0]?.text ?? '');
  const body = blocks[(c.titleBlock ?? c.block) + 1]?.lines[0]?.text ?? '';
  const indent = indentation(body);
  return /^ +\S/.test(body) && indent > Math.max(own + 1, baseIndent) && indent <= own + 6;
}

/** Split candidates of one style into runs of consecutive ordinals. */
function sequenceRuns(list: Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const c of list) {
    const ordinal = c.label?.ordinal ?? 0;
    const prev = run[run.length - 1];
    const prevOrdinal = prev?.label?.ordinal ?? -1;
    if (prev && ordinal === prevOrdinal + 1) run.push(c);
    else {
      if (run.length > 0) runs.push(run);
      run = [c];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Decimal paths: `4.2.1` is believed if it follows `4.2` or `4.1.x`, `2.` if it follows `1.`. */
function validateDecimal(list: Candidate[]): Candidate[] {
  const keyOf = (path: number[]): string => path.join('.');
  const seen = new Set(list.map((c) => keyOf(c.label?.path ?? [])));
  const out: Candidate[] = [];
  for (const c of list) {
    const path = c.label?.path ?? [];
    const last = path[path.length - 1] as number;
    const parent = path.slice(0, -1);
    const prevSibling = keyOf([...parent, last - 1]);
    const nextSibling = keyOf([...parent, last + 1]);
    const hasParent = parent.length > 0 && (seen.has(keyOf(parent)) || seen.has(`${keyOf(parent)}.1`));
    const hasSibling = seen.has(prevSibling) || seen.has(nextSibling);
    const hasChild = seen.has(keyOf([...path, 1]));
    if (hasSibling || hasChild || (hasParent && last === 1)) out.push(c);
  }
  return out;
}

/** Runs of same-style siblings with no body between them are lists or contents. */
function dropLists(candidates: Candidate[], blocks: TextBlock[]): Candidate[] {
  const drop = new Set<Candidate>();
  const byStyle = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.label === null) continue;
    const list = byStyle.get(c.style);
    if (list) list.push(c);
    else byStyle.set(c.style, [c]);
  }
  const indexOf = new Map(candidates.map((c, i) => [c, i]));
  for (const list of byStyle.values()) {
    if (list.length < 3) continue;
    let empty = 0;
    for (const c of list) {
      const next = candidates[(indexOf.get(c) as number) + 1];
      const bodyEnd = next ? next.block : blocks.length;
      const bodyStart = (c.titleBlock ?? c.block) + 1;
      if (next && next.style === c.style && bodyEnd <= bodyStart) empty++;
    }
    if (empty > list.length / 2) for (const c of list) drop.add(c);
  }
  return candidates.filter((c) => !drop.has(c));
}

/** A heading with nothing after it (`THE END`, `FINIS`) is a sign-off, not a section. */
function dropTrailing(candidates: Candidate[], blocks: TextBlock[]): Candidate[] {
  const out = candidates.slice();
  while (out.length > 0) {
    const last = out[out.length - 1] as Candidate;
    const bodyStart = (last.titleBlock ?? last.block) + 1;
    if (bodyStart < blocks.length) break;
    out.pop();
  }
  return out;
}

// ---------------------------------------------------------------------------
// Title and date

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const TIME = '(?:[ T,]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}|Z))?)?';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const DATE_PATTERNS = [
  `\\d{4}-\\d{1,2}-\\d{1,2}${TIME}`,
  `\\d{4}/\\d{1,2}/\\d{1,2}${TIME}`,
  `\\d{1,2}[./]\\d{1,2}[./]\\d{4}${TIME}`,
  `${WEEKDAY}(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}${TIME}`,
  `${WEEKDAY}\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}${TIME}`,
  `(?:${MONTHS})\\.?\\s+\\d{4}`,
  `\\d{1,2}-(?:${MONTHS})-\\d{2,4}`,
  `\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:\\s*\\d{1,2}[:：]\\d{2})?`,
  `[一二三四五六七八九十〇○零]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日`,
];
const DATE = `(${DATE_PATTERNS.join('|')})`;
// A whole line that is a date, perhaps after a label: `Issued: 22 March 2023`, `:Date: 2023-03-22`, `Adopted March 22, 2023`.
const DATE_LINE = new RegExp(
  `^:?(?:(?:[\\p{L}][\\p{L} .]{0,24}?\\s*[:：]:?|adopted|dated|issued|released|published|posted|updated|effective|revised|approved|signed)(?:\\s+on)?\\s*)?${DATE}\\.?$`,
  'iu',
);
// `（2023年3月22日）`, `（2023年3月22日滨江市人民政府…通过）`: the date opens a parenthesised line.
const PAREN_DATE = new RegExp(`^[（(]${DATE}`, 'iu');
// A wire-service dateline: `SPRINGFIELD, Ill., March 22, 2023 /PRNewswire/ -- ...`.
// The place is in capitals (case-sensitive), the date in any case.
const DATELINE_PLACE = /^\p{Lu}{2}[\p{Lu} .'-]*,\s+(?:[\p{L}.]+,\s+)?/u;
const DATE_FIRST = new RegExp(`^${DATE}(?![\\p{L}\\p{N}])`, 'iu');
// `Status: draft, last updated 22 March 2023`: a short status line that ends with its date.
const UPDATED_DATE = new RegExp(`\\b(?:updated|dated|published|revised|issued|released|posted|adopted)(?:\\s+on)?:?\\s+${DATE}\\.?$`, 'iu');
const CJK_DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/u;

// Every date form has a digit or a Chinese numeral; the common ISO form needs no Unicode regex.
// (The date regexes are large: compiling them costs milliseconds, so most lines never reach them.)
const MAY_HOLD_DATE = /[0-9〇○零一二三四五六七八九十]/;
const ISO_DATE_LINE = /^(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)$/;
const UPDATED_WORD = /updated|dated|published|revised|issued|released|posted|adopted/i;

/** The date as written when the whole line is a date (with an optional `Published:` label). */
export function matchDateLine(text: string): string | null {
  if (text.length > LONGEST_HEADING || !MAY_HOLD_DATE.test(text)) return null;
  const line = collapseSpace(text);
  if (line.length > 60) return null;
  const iso = ISO_DATE_LINE.exec(line);
  if (iso) return iso[1] as string;
  const m = DATE_LINE.exec(line);
  return m ? (m[1] as string) : null;
}

/** A date that opens a parenthesised line or a dateline, or ends a short status line. */
export function findDateIn(text: string): string | null {
  if (!MAY_HOLD_DATE.test(text)) return null;
  const line = collapseSpace(text.slice(0, LONGEST_HEADING));
  const updated = line.length <= 100 && UPDATED_WORD.test(line) ? UPDATED_DATE.exec(line)?.[1] : undefined;
  const place = /^[A-Z\u00c0-\uffff]{2}/.test(line) ? DATELINE_PLACE.exec(line)?.[0] : undefined;
  const dateline = place !== undefined ? DATE_FIRST.exec(line.slice(place.length))?.[1] : undefined;
  const parenthesised = /^[（(]/.test(line) ? PAREN_DATE.exec(line)?.[1] : undefined;
  return parenthesised ?? dateline ?? updated ?? null;
}

interface FoundDate {
  date: string;
  block: number;
  /** The block is nothing but the date line: it is taken out of the body. */
  whole: boolean;
}

/**
 * The document's own date: a date line (or labelled field, parenthesised date,
 * dateline) near the top, or a column of the RFC header; failing that, the
 * signature date at the end of a Chinese notice.
 */
function findDate(blocks: TextBlock[], from: number, firstHeading: number): FoundDate | null {
  const end = Math.min(blocks.length, from + 8, Math.max(firstHeading, 1));
  for (let b = 0; b < end; b++) {
    const block = blocks[b] as TextBlock;
    const header = b === 0 && block.kind === 'preformatted';
    for (const line of block.lines.slice(0, 8)) {
      // The RFC header: a date in a column of its own.
      const cells = header ? line.text.trim().split(/\s{3,}/) : [line.text];
      for (const cell of cells) {
        const whole = matchDateLine(cell);
        const date = whole ?? (b >= from ? findDateIn(cell) : null);
        if (date) return { date, block: b, whole: whole !== null && block.lines.length === 1 && !header };
      }
    }
  }
  for (let b = blocks.length - 1; b >= Math.max(0, blocks.length - 4); b--) {
    for (const line of (blocks[b] as TextBlock).lines) {
      const text = headingText(line.text);
      if (CJK_DATE_LINE.test(text)) return { date: text, block: b, whole: false };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Assembly

function blockToBlocks(block: TextBlock): Block[] {
  const line = (block.lines[0] as SourceLine).line;
  if (block.kind === 'underlined') {
    // An underline that was not taken for a heading: keep the words, drop the rule.
    return [{ type: 'paragraph', text: collapseSpace(block.lines[0]?.text ?? ''), line }];
  }
  if (block.kind === 'preformatted') {
    const texts = block.lines.map((l) => expandTabs(plainSpaces(l.text)).replace(/\s+$/, ''));
    const common = minOf(texts.filter((t) => t.trim() !== '').map(indentation));
    return [{ type: 'preformatted', text: texts.map((t) => t.slice(common)).join('\n'), line }];
  }
  // Lines that each start a list item stay separate paragraphs rather than run together.
  const items = splitListItems(block.lines);
  return items.map((item) => ({
    type: 'paragraph',
    text: collapseSpace(item.map((l) => l.text).join(' ')),
    line: (item[0] as SourceLine).line,
  }));
}

const ITEM_START = /^\s*(?:[-*•·‣◦▪–]|\d{1,3}[.)、．]|[a-zA-Z][.)]|\(\w{1,4}\)|（\S{1,3}）|[一二三四五六七八九十]+、)\s*\S/u;

function splitListItems(lines: SourceLine[]): SourceLine[][] {
  if (lines.length < 2) return [lines];
  const starts = lines.filter((l) => ITEM_START.test(l.text)).length;
  if (starts < 2 || !ITEM_START.test((lines[0] as SourceLine).text)) return [lines];
  const items: SourceLine[][] = [];
  for (const l of lines) {
    if (ITEM_START.test(l.text) || items.length === 0) items.push([l]);
    else (items[items.length - 1] as SourceLine[]).push(l);
  }
  return items;
}

export function parseText(text: string): Document {
  const lines = splitLines(text);
  const { kinds, contentsHeaders, titleField, breadcrumb } = findBoilerplate(lines);
  const boilerplate: Boilerplate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    const line = lines[i] as SourceLine;
    if (kind !== undefined && !isBlank(line.text)) {
      boilerplate.push({ type: 'boilerplate', kind, text: collapseSpace(line.text), line: line.line });
    }
  }

  const grouped = groupBlocks(lines, kinds);
  const baseIndent = proseIndent(grouped);
  // Headings are taken off their bodies first, so a table or a tabbed list under a heading does not hide it.
  const blocks = splitHeadingLines(splitTitleLines(grouped), baseIndent);
  classifyBlocks(blocks, baseIndent);

  const candidates = findCandidates(blocks, baseIndent, contentsHeaders);
  let headings = validate(candidates, blocks, baseIndent);

  // Title and date come from the first blocks, before any heading.
  const consumed = new Set<number>();
  let title: string | null = null;
  const titleBlock = findTitleBlock(blocks, headings, candidates);
  if (titleBlock >= 0) {
    const block = blocks[titleBlock] as TextBlock;
    title = collapseSpace(block.lines[0]?.text ?? '');
    title = ATX.exec(title)?.[2] ?? title;
    // A centred title page block: the title is its first line, the rest stays.
    if (block.kind === 'prose' && block.lines.length > 1) blocks[titleBlock] = { lines: block.lines.slice(1), kind: 'prose' };
    else consumed.add(titleBlock);
    headings = dropTitleEchoes(headings, blocks, titleBlock, title);
  } else if (titleField !== null) {
    title = titleField;
  }
  const found = findDate(blocks, Math.max(0, titleBlock), headings[0]?.block ?? blocks.length);
  const date = found?.date ?? null;
  if (found?.whole) consumed.add(found.block);

  for (const c of headings) {
    consumed.add(c.block);
    if (c.titleBlock !== undefined) consumed.add(c.titleBlock);
  }
  const lead: Block[] = [];
  const bodies: Block[][] = headings.map(() => []);
  let h = -1;
  for (let b = 0; b < blocks.length; b++) {
    while (h + 1 < headings.length && (headings[h + 1] as Candidate).block <= b) h++;
    if (consumed.has(b)) continue;
    const block = blocks[b] as TextBlock;
    (h >= 0 ? (bodies[h] as Block[]) : lead).push(...blockToBlocks(block));
  }

  const headingInputs: HeadingInput[] = headings.map((c) => ({
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

function lastContentLine(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (kinds[i] === undefined && !isBlank((lines[i] as SourceLine).text)) return (lines[i] as SourceLine).line;
  }
  return null;
}

const NOT_TITLE = [
  /^[^\p{L}]*$/u, // ornaments: `***`
  /^[[(（<].*[\])）>]$/u, // bracketed notes, `(A Nonprofit Corporation)`
  /^by\b/i, // bylines
  /^(for immediate release|(press|news|media) release|embargoed\b.*)$/i,
  /\b(no\.|number|rfc):?\s*\d/i, // document numbers
  /〔\d{4}〕|\d+号$|文件$/u,
  // Header fields: `Classification: OFFICIAL`, `Status: Draft`, but not a headline with a colon (`Breaking: Markets rally`).
  /^(classification|status|version|author|authors|editor|category|distribution|obsoletes|updates|issn|isbn|ref|reference|file|subject|to|from|cc|keywords|tags|language|source|security|confidential|copyright|prepared for|prepared by|contact)\s*:\s+\S.{0,40}$/iu,
  /^[\p{L}][\p{L}.]*(?: [\p{L}.]+)?:\s+[^\p{Ll}]{1,40}$/u,
];
/** Issuers printed above the title: an office, an institute, a city. */
const ISSUER =
  /^(.*\b(institute|university|department|ministry|office|school|college|academy|bureau|agency) of \S.*|(the )?(city|county|state|town|village|borough|republic|kingdom|province|commonwealth) of \S.*|.*\b(office|institute|university|college|department|ministry|agency|council|bureau|commission|committee|laboratory|laboratories|inc\.?|ltd\.?|llc|corporation|company|society|school|hospital|authority|service|government)|.*(办公厅|人民政府|委员会|办公室))$/iu;

function isTitleText(text: string): boolean {
  return text.length <= 200 && !/[,;，；:：]$/u.test(text) && !(SENTENCE_END.test(text) && countWords(text) > 6 && HAS_LOWER.test(text));
}

/**
 * The title is the first line that stands apart at the top: a single line, a
 * centred title-page block or an underlined line, skipping what sits above a
 * title (ornaments, issuers, document numbers, a one-word section kicker,
 * `FOR IMMEDIATE RELEASE`). A numbered heading or a paragraph first: no title.
 * An unnumbered line whose style is used again for sections with bodies is the
 * first section, not the title, unless it is centred like a title.
 */
function findTitleBlock(blocks: TextBlock[], headings: Candidate[], candidates: Candidate[]): number {
  const headingAt = new Map(headings.map((h) => [h.block, h]));
  const candidateAt = new Map(candidates.map((c) => [c.block, c]));
  const lineText = (b: number): string | null => {
    const block = blocks[b];
    if (!block || block.kind === 'preformatted') return null;
    if (block.lines.length > 1 && block.kind !== 'underlined' && !allCentred(block.lines.map((l) => l.text))) return null;
    return headingText(block.lines[0]?.text ?? '');
  };
  let skipped = false;
  for (let b = 0; b < Math.min(blocks.length, 12); b++) {
    const block = blocks[b] as TextBlock;
    // RFC-style header columns come before the title.
    if (block.kind === 'preformatted' && b === 0) continue;
    // A bracketed note (`[Transcriber's Note: ...]`) above the title.
    const whole = block.lines.length <= 6 ? collapseSpace(block.lines.map((l) => l.text).join(' ')) : '';
    if (/^\[.*\]$/su.test(whole)) {
      skipped = true;
      continue;
    }
    const text = lineText(b);
    if (text === null || text === '') return -1;
    if (candidateAt.get(b)?.label || candidateAt.get(b)?.style === 'contents' || matchLabel(text)) return -1;
    if (matchDateLine(text) || findDateIn(text) || NOT_TITLE.some((re) => re.test(text))) {
      skipped = true;
      continue;
    }
    if (!isTitleText(text)) return -1;
    let next: string | null = null;
    for (let k = b + 1; k <= b + 3 && next === null; k++) {
      const t = lineText(k);
      if (t === null || t === '') break;
      if (!NOT_TITLE.some((re) => re.test(t))) next = t;
    }
    const nextIsTitle = next !== null && isTitleText(next) && !matchLabel(next);
    // An issuer or a one-word kicker (`Europe`) above the real title.
    const kicker = countWords(text) === 1 && countWords(next ?? '') >= 3 && block.kind === 'prose' && !SENTENCE_END.test(next ?? '');
    if (nextIsTitle && (ISSUER.test(text) || kicker)) {
      skipped = true;
      continue;
    }
    const heading = headingAt.get(b);
    // Below an issuer or a banner, the line is the title whatever it looks like.
    if (!heading || skipped || block.kind === 'underlined' || allCentred(block.lines.map((l) => l.text))) return b;
    // The first of several sections, straight on top of its text: no title.
    const sameStyle = headings.filter((h) => h.style === heading.style);
    const body = blocks[b + 1];
    const hasBody = body !== undefined && !headingAt.has(b + 1) && (body.kind === 'preformatted' || body.lines.length > 1);
    return sameStyle.length === 1 || !hasBody ? b : -1;
  }
  return -1;
}

/**
 * Once the title is known: its echoes (a half-title repeated before chapter
 * one, the title block at the top of page 1) and an rST-style subtitle right
 * under it (an adornment used nowhere else) are not headings.
 */
function dropTitleEchoes(headings: Candidate[], blocks: TextBlock[], titleBlock: number, title: string): Candidate[] {
  const key = title.toLowerCase();
  const styleCount = new Map<string, number>();
  for (const h of headings) styleCount.set(h.style, (styleCount.get(h.style) ?? 0) + 1);
  return headings.filter((h) => {
    if (h.block === titleBlock || h.heading.toLowerCase() === key) return false;
    // A kicker above the title (`Europe`) is not a section.
    if (h.block < titleBlock && h.label === null) return false;
    const adorned = blocks[h.block]?.kind === 'underlined';
    return !(adorned && h.block === titleBlock + 1 && styleCount.get(h.style) === 1);
  });
}
