/** View -> JSON: the table of contents (a flat list) or the document tree. Schemas in README.md. */

import type { Section } from '../document.js';
import { type SectionFacts, sectionFacts, type TocEntry, type View } from '../select.js';

export interface TocJson {
  title: string | null;
  date: string | null;
  /** The whole text's words (lead and sections) and reading time in minutes. */
  words: number;
  minutes: number;
  headings: (Omit<TocEntry, 'heading'> & { number: string | null })[];
}

export function tocJson(view: View, entries: TocEntry[], words: number, minutes: number): TocJson {
  return {
    title: view.document.title,
    date: view.document.date,
    words,
    minutes,
    headings: entries.map(({ heading: _heading, ...entry }) => entry),
  };
}

interface SectionJson extends SectionFacts {
  paragraphs: string[];
  children: SectionJson[];
}

function sectionJson(section: Section): SectionJson {
  return { ...sectionFacts(section), paragraphs: section.blocks.map((b) => b.text), children: section.children.map(sectionJson) };
}

export function documentJson(view: View) {
  const { document } = view;
  return {
    title: document.title,
    date: document.date,
    breadcrumb: document.breadcrumb,
    syntax: document.syntax,
    part: view.kind,
    lead: view.lead.map((b) => b.text),
    sections: view.sections.map(sectionJson),
    boilerplate: view.kind === 'document' ? document.boilerplate.map(({ kind, line, text }) => ({ kind, line, text })) : [],
  };
}

export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
