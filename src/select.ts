/**
 * Document + selector -> the part to print; and the table of contents.
 * Pure: a miss throws an ArticleError that lists the closest headings.
 */

import { type Block, type Document, flattenSections, type Section } from './document.js';
import { ArticleError, ExitCode } from './errors.js';
import { collapseSpace, countWords, normaliseKey } from './text.js';

/** What a renderer prints: a whole document, one section, or the lead. */
export interface View {
  kind: 'document' | 'section' | 'lead';
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
  let words = countWords(section.heading);
  for (const block of section.blocks) words += countWords(block.text);
  for (const child of section.children) words += sectionWords(child);
  return words;
}

export interface TocEntry {
  path: string;
  number: string | null;
  title: string;
  heading: string;
  level: number;
  line: number;
  endLine: number;
  words: number;
  slug: string;
}

export function tocEntries(document: Document): TocEntry[] {
  return flattenSections(document.sections).map((s) => ({
    path: s.path,
    number: s.number,
    title: s.title,
    heading: s.heading,
    level: s.level,
    line: s.line,
    endLine: s.endLine,
    words: sectionWords(s),
    slug: s.slug,
  }));
}

/** How to address a section on the command line, shortest unambiguous form first. */
export function selectorFor(section: Section): string {
  return section.path;
}

const squash = (text: string): string => collapseSpace(text).toLowerCase().replace(/\s+/g, '');

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
  const byNumber = all.filter((s) => s.number !== null && normaliseKey(s.number) === key);
  if (byNumber.length === 1) return sectionView(document, byNumber[0] as Section);
  const bySlug = all.find((s) => s.slug === wanted.toLowerCase());
  if (bySlug) return sectionView(document, bySlug);
  const words = squash(wanted);
  const byWords = byNumber.length > 1 ? byNumber : all.filter((s) => squash(s.heading).includes(words));
  if (byWords.length === 1) return sectionView(document, byWords[0] as Section);
  if (byWords.length > 1) {
    const list = byWords.map((s) => `  ${s.path.padEnd(8)} ${s.heading}`).join('\n');
    throw new ArticleError(`${inputName}: "${wanted}" matches ${byWords.length} sections; say which:\n${list}`, ExitCode.noMatch);
  }
  throw new ArticleError(missMessage(document, all, wanted, inputName), ExitCode.noMatch);
}

function missMessage(document: Document, all: Section[], wanted: string, inputName: string): string {
  if (all.length === 0) {
    const lead = document.lead.length > 0 ? ' (try "lead" for the text before it)' : '';
    return `${inputName}: no section "${wanted}": the text has no headings${lead}`;
  }
  const ranked = all
    .map((s, index) => ({ s, index, score: closeness(wanted, s) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, 8);
  const list = ranked.map(({ s }) => `  ${s.path.padEnd(8)} ${s.heading}`).join('\n');
  return `${inputName}: no section "${wanted}"; closest (address them by the number on the left, the label or words of the title):\n${list}`;
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
    wordScore += Math.min(...words.map((hw) => editDistance(ww, hw.slice(0, Math.max(ww.length, 1)))));
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
