/**
 * Document + selector -> the part to print; and the table of contents.
 * Pure: a miss throws an ArticleError that lists the closest headings.
 */

import { type Block, type Document, flattenSections, type Section } from './document.js';
import { ArticleError, ExitCode } from './errors.js';
import { minOf } from './lines.js';
import { oneLine } from './sanitize.js';
import { collapseSpace, countWords, normaliseKey } from './text.js';

/** What a renderer prints: a whole document, one section, several, the lead, or one part of a news item. */
export interface View {
  kind: 'document' | 'section' | 'sections' | 'lead' | 'title' | 'date' | 'body';
  document: Document;
  /** Shown only for the whole document. */
  title: string | null;
  date: string | null;
  lead: Block[];
  sections: Section[];
}

export function wholeDocument(document: Document): View {
  return { kind: 'document', document, title: document.title, date: document.date, lead: document.lead, sections: document.sections };
}

export function sectionView(document: Document, section: Section): View {
  return { kind: 'section', document, title: null, date: null, lead: [], sections: [section] };
}

export function leadView(document: Document): View {
  return { kind: 'lead', document, title: null, date: null, lead: document.lead, sections: [] };
}

/** Words in a section, its sub-sections included: what a reader of `section` gets. */
export function sectionWords(section: Section): number {
  // Remembered: the toc asks for every section and each parent again for its children.
  const known = WORDS.get(section);
  if (known !== undefined) return known;
  let words = countWords(section.heading);
  for (const block of section.blocks) words += countWords(block.text);
  for (const child of section.children) words += sectionWords(child);
  WORDS.set(section, words);
  return words;
}
const WORDS = new WeakMap<Section, number>();

/** Silent reading speed used for reading times (words per minute; the usual estimate for adult readers). */
export const WORDS_PER_MINUTE = 230;

/** Minutes to read so many words, to one decimal (at least 0.1 when there are words). */
export function readingMinutes(words: number): number {
  if (words === 0) return 0;
  return Math.max(0.1, Math.round((words / WORDS_PER_MINUTE) * 10) / 10);
}

/** What every listing says of a section: its address, label, title, place in the source and size. */
export type SectionFacts = Pick<Section, 'path' | 'number' | 'title' | 'heading' | 'level' | 'line' | 'endLine' | 'slug'> & {
  words: number;
};

export function sectionFacts(s: Section): SectionFacts {
  const { path, number, title, heading, level, line, endLine, slug } = s;
  return { path, number, title, heading, level, line, endLine, words: sectionWords(s), slug };
}

export interface TocEntry extends SectionFacts {
  /** The heading's line, as `line` is (kept for scripts written against the first schema). */
  startLine: number;
  minutes: number;
}

/** The sections a table of contents lists, in reading order, down to `depth`. */
export function tocSections(document: Document, depth = Number.POSITIVE_INFINITY): Section[] {
  return flattenSections(document.sections).filter((s) => s.level <= depth);
}

/** Sections with their facts for a table of contents (counting every word: only listings that show counts ask). */
export function tocEntries(sections: readonly Section[]): TocEntry[] {
  return sections.map((s) => {
    const facts = sectionFacts(s);
    return { ...facts, startLine: s.line, minutes: readingMinutes(facts.words) };
  });
}

/** Words of the text a reader reads: title, date excluded; lead and every section. */
export function documentWords(document: Document): number {
  let words = 0;
  for (const block of document.lead) words += countWords(block.text);
  for (const section of document.sections) words += sectionWords(section);
  return words;
}

export type Part = 'title' | 'date' | 'lead' | 'body';

/** One part of a news item: the title, the date, the lead paragraphs, or the body (everything after the date). */
export function partView(document: Document, part: Part, inputName: string): View {
  const empty: View = { kind: part, document, title: null, date: null, lead: [], sections: [] };
  const missing = (what: string): never => {
    throw new ArticleError(`${inputName}: the text has no ${what}`, ExitCode.noMatch);
  };
  switch (part) {
    case 'title':
      return document.title !== null ? { ...empty, title: document.title } : missing('title');
    case 'date':
      return document.date !== null ? { ...empty, date: document.date } : missing('date');
    case 'lead':
      return document.lead.length > 0 ? { ...empty, lead: document.lead } : missing('lead paragraphs before a heading');
    case 'body':
      return { ...empty, lead: document.lead, sections: document.sections };
  }
}

const squash = (text: string): string => collapseSpace(text).toLowerCase().replace(/\s+/g, '');

const isInside = (inner: Section, outer: Section): boolean => inner.path.startsWith(`${outer.path}.`);

/**
 * Resolve a selection: one selector, or several joined by commas (`1,3`),
 * and ranges in document order (`II..III`, `2.1..3`; `II..` to the end,
 * `..II` from the start). A selector that matches as a whole wins, so a
 * heading with a comma in it can still be named by its words. Sections
 * inside another selected section are printed once, with it.
 */
export function selectSections(document: Document, selection: string, inputName: string): View {
  try {
    return findSection(document, selection, inputName);
  } catch (error) {
    if (!(error instanceof ArticleError) || !/[,]|\.\./.test(selection)) throw error;
  }
  const all = flattenSections(document.sections);
  const index = (selector: string): number => {
    const view = findSection(document, selector, inputName);
    if (view.kind === 'lead') return -1;
    return all.indexOf(view.sections[0] as Section);
  };
  let lead = false;
  const chosen = new Set<Section>();
  for (const item of selection.split(',').map((p) => p.trim())) {
    if (item === '') continue;
    const range = /^(.*?)\.\.(?!\.)(.*)$/.exec(item);
    if (range === null) {
      const view = findSection(document, item, inputName);
      if (view.kind === 'lead') lead = true;
      else chosen.add(view.sections[0] as Section);
      continue;
    }
    const from = range[1]?.trim() ? index(range[1]) : -1;
    const to = range[2]?.trim() ? index(range[2]) : all.length - 1;
    if (to < from) {
      throw new ArticleError(`${inputName}: the range "${item}" ends before it starts (ranges go in document order)`, ExitCode.noMatch);
    }
    if (from === -1) lead = true;
    for (let i = Math.max(from, 0); i <= to; i++) chosen.add(all[i] as Section);
  }
  if (!lead && chosen.size === 0) throw new ArticleError(`${inputName}: empty section selector`, ExitCode.usage);
  const sections = all.filter((s) => chosen.has(s) && ![...chosen].some((other) => isInside(s, other)));
  if (!lead && sections.length === 1) return sectionView(document, sections[0] as Section);
  if (lead && sections.length === 0) return leadView(document);
  return { kind: 'sections', document, title: null, date: null, lead: lead ? document.lead : [], sections };
}

/**
 * The section after (or before) a view, in reading order: the next heading
 * of the table of contents, whatever its level. After the lead comes the
 * first section; before the first section comes the lead.
 */
export function stepView(view: View, direction: 1 | -1, inputName: string): View {
  const { document } = view;
  const all = flattenSections(document.sections);
  const first = view.sections[0];
  const last = view.sections.at(-1);
  let at: number;
  if (direction === 1) {
    // After a section comes what follows its last sub-section.
    at = last === undefined ? 0 : all.findIndex((s, i) => i > all.indexOf(last) && !isInside(s, last));
  } else {
    at = first === undefined ? -2 : all.indexOf(first) - 1;
  }
  if (at === -1 && direction === -1 && document.lead.length > 0) return leadView(document);
  const target = at >= 0 ? all[at] : undefined;
  if (target === undefined) {
    const from = direction === 1 ? last : first;
    const where = `${direction === 1 ? 'after' : 'before'} ${from === undefined ? 'the lead' : `section ${from.path}`}`;
    throw new ArticleError(`${inputName}: no section ${where}`, ExitCode.noMatch);
  }
  return sectionView(document, target);
}

/** The selectors a shell completes for `section`: positions, labels and `lead`. */
export function completionSelectors(document: Document): string[] {
  const out = document.lead.length > 0 ? ['lead'] : [];
  for (const s of flattenSections(document.sections)) {
    out.push(s.path);
    if (s.number !== null && s.number !== s.path && !/\s/.test(s.number)) out.push(s.number);
  }
  return [...new Set(out)];
}

/**
 * Resolve a selector, in this order: `lead`; the position (`2`, `2.1`); the
 * label as written (`II`, `ii`, `1.2.`, `Chapter 3`); the slug; words of the
 * heading (case- and white-space-insensitive). Position wins over a label
 * that reads the same, so `toc`'s paths always work; write the label with its
 * trailing dot (`2.`) to mean the label.
 */
export function findSection(document: Document, selector: string, inputName: string): View {
  const wanted = collapseSpace(selector);
  if (wanted === '') throw new ArticleError(`${inputName}: empty section selector`, ExitCode.usage);
  if (wanted.toLowerCase() === 'lead') return leadView(document);
  const all = flattenSections(document.sections);
  const labelOnly = /[.)、．]$/u.test(wanted);
  if (!labelOnly) {
    const byPath = all.find((s) => s.path === wanted);
    if (byPath) return sectionView(document, byPath);
  }
  const key = normaliseKey(wanted);
  let byNumber = all.filter((s) => s.number !== null && normaliseKey(s.number) === key);
  // A label in several styles (`二、` and `（二）`): the ones whose heading starts as written.
  const written = byNumber.filter((s) => squash(s.heading).startsWith(squash(wanted)));
  if (written.length > 0) byNumber = written;
  if (byNumber.length === 1) return sectionView(document, byNumber[0] as Section);
  // Still several, at different levels: the one highest in the outline (`II` of a part over a chapter's `II`).
  const top = minOf(byNumber.map((s) => s.level));
  const highest = byNumber.filter((s) => s.level === top);
  if (highest.length === 1) return sectionView(document, highest[0] as Section);
  const bySlug = all.find((s) => s.slug === wanted.toLowerCase());
  if (bySlug) return sectionView(document, bySlug);
  const words = squash(wanted);
  const byWords = byNumber.length > 1 ? byNumber : all.filter((s) => squash(s.heading).includes(words));
  if (byWords.length === 1) return sectionView(document, byWords[0] as Section);
  if (byWords.length > 1) {
    const list = byWords.map((s) => `  ${s.path.padEnd(8)} ${s.heading}`).join('\n');
    throw new ArticleError(`${inputName}: "${oneLine(wanted)}" matches ${byWords.length} sections; say which:\n${list}`, ExitCode.noMatch);
  }
  throw new ArticleError(missMessage(document, all, wanted, inputName), ExitCode.noMatch);
}

function missMessage(document: Document, all: Section[], wanted: string, inputName: string): string {
  if (all.length === 0) {
    const lead = document.lead.length > 0 ? ' (try "lead" for the text before it)' : '';
    return `${inputName}: no section "${oneLine(wanted)}": the text has no headings${lead}`;
  }
  const ranked = all
    .map((s, index) => ({ s, index, score: closeness(wanted, s) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, 8);
  const list = ranked.map(({ s }) => `  ${s.path.padEnd(8)} ${s.heading}`).join('\n');
  return `${inputName}: no section "${oneLine(wanted)}"; closest (address them by the number on the left, the label or words of the title):\n${list}`;
}

/** Lower is closer: edit distance to the label or path, or to the best-matching words of the title. */
function closeness(wanted: string, section: Section): number {
  const w = wanted.toLowerCase();
  const candidates = [section.path, section.number ?? '', section.slug];
  let best = Math.min(...candidates.map((c) => editDistance(w, c.toLowerCase())));
  const words = section.heading.toLowerCase().split(/\s+/);
  const wantedWords = w.split(/\s+/);
  let wordScore = 0;
  for (const ww of wantedWords) {
    // A loop, not Math.min(...words): a heading can have more words than a call can take arguments.
    let closest = Number.POSITIVE_INFINITY;
    for (const hw of words) closest = Math.min(closest, editDistance(ww, hw.slice(0, Math.max(ww.length, 1))));
    wordScore += closest;
  }
  best = Math.min(best, wordScore);
  return best;
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 200 || b.length > 200) return Math.abs(a.length - b.length) + 200;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
