/**
 * Pass 4: validation. Numbered candidates must fit a sequence of siblings and
 * have a body; lists, sign-offs and lone unnumbered lines are dropped.
 */

import { lazy } from '../lazy-regexp.js';
import { indentation, type SourceLine } from '../lines.js';
import { BYLINE, COPYRIGHT_NOTICE, countWords, SENTENCE_END, startsLowercase } from '../text.js';
import { allCentred, BULLET_ITEM, isColumnRow, type TextBlock } from './blocks.js';
import { BACK_MATTER, type Candidate, CLOCK_TIME, isTitleCase } from './candidates.js';
import { findDateIn, matchDateLine } from './dates.js';
import { headingText } from './heading-text.js';

/**
 * Numbered candidates are believed when they fit a sequence of siblings
 * (`II` after `I`) and have a body. A run of items with nothing between them
 * is a list (or a printed contents), not a set of headings.
 */
/** `listed`: the titles a printed contents lists (see findBoilerplate); an unnumbered line it lists is a heading. */
export function validate(
  candidates: Candidate[],
  blocks: TextBlock[],
  baseIndent: number,
  listed: ReadonlyMap<string, number> = new Map(),
): Candidate[] {
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
      // (A path named by a keyword, `Section 3.2 Reconciliation`, needs no run.)
      for (const c of list) if (c.label?.strong === true) accepted.add(c);
      // An underlined line is a heading whatever its first word: one whose number fits no run is not numbered
      // (`502 Bad Gateway` over `---`).
      for (const c of list) {
        if (accepted.has(c) || !c.style.startsWith('underline') || c.label?.path?.length !== 1) continue;
        c.label = null;
        c.number = null;
        c.title = c.heading;
        accepted.add(c);
      }
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
  // A lettered heading alone with its subsections straight after it (`A. References`, then `A.1 Normative ...`): an
  // appendix, a peer of the numbered sections.
  candidates.forEach((c, i) => {
    const next = candidates[i + 1]?.label;
    if (c.label?.style === 'letter-upper' && next?.style.startsWith('letter-decimal') && next.path?.[0] === c.label.ordinal) {
      accepted.add(c);
      c.topLevel = true;
    }
  });
  let result = candidates.filter((c) => accepted.has(c) && !isListItem(c, blocks, baseIndent));
  result = dropLists(result, blocks);
  result = dropTrailing(result, blocks);
  result = dropRepeatedSentences(result);
  return dropSpeakerTurns(dropFootnotes(validateUnnumbered(result, candidates, blocks, baseIndent, listed), blocks));
}

const FORM_LINE = lazy(
  () => /^\s*(?:[\p{L}][\p{L} .]{0,24}:?[ \t]*(?:_{3,}|\.{5,}).*|[\p{L}][\p{L} .]{0,24}:[ \t]*\S.{0,60}|(?:_{3,}|\.{5,}).*)$/u,
);
/** `Version 2.0`, `Release 3.19.0 11 Apr 2022`: one such line is the title page's; a changelog has many. */
const VERSION_LINE = /^(?:version|release|revision|rev\.)\s+v?\d/i;
const UNNUMBERED = new Set(['caps', 'caps:in', 'plain', 'question']);
const PART_NAME = /^(?:executive summary|summary|overview|introduction|background|key findings)$/i;
const DEFINITIONS_PATTERN = /^(?:definitions?|glossary|interpretation|defined terms|meaning of (?:certain )?words)\b/i;
const DEFINITIONS = { test: (text: string): boolean => 'dgimDGIM'.includes(text.charAt(0)) && DEFINITIONS_PATTERN.test(text) };
const FRONT_MATTER =
  /^(preface|foreword|introduction|prologue|prelude|author'?s note|a note on the text|note to the reader|acknowledge?ments?|dramatis personae|characters|the persons of the play|cast of characters|epigraph|dedication|contents)$/i;

/**
 * Unnumbered lines (capitals, plain subheads) have no sequence to vouch for
 * them. One is a heading when a body follows it (or a subhead that has one);
 * bylines, imprints and inscriptions are followed by more short lines. A style
 * used once, in a text with no other headings, is a caption or a sign, not
 * structure. Plain subheads are trusted in numbered texts only before the
 * first numbered heading (front matter such as `Document control`).
 */
function validateUnnumbered(
  headings: Candidate[],
  candidates: Candidate[],
  blocks: TextBlock[],
  baseIndent: number,
  listed: ReadonlyMap<string, number>,
): Candidate[] {
  const accepted = new Set(headings);
  // (A numbered line that fit no sequence is text: `1. Definitions.` alone under `TERMS AND CONDITIONS`.)
  const candidateAt = new Map(candidates.filter((c) => c.label === null || accepted.has(c)).map((c) => [c.block, c]));
  const isBody = (b: number, notice = false): boolean => {
    const block = blocks[b];
    const above = blocks[b - 1]?.lines[0]?.text ?? '';
    if (!block || candidateAt.has(b)) return false;
    // A signature line under a role (`Sponsor Medical Monitor` / `______   ______`): a signature block.
    if (/^\s*_{5,}/.test((block.lines[0] as SourceLine).text)) return false;
    if (block.kind === 'preformatted') return true;
    // A copyright notice under a name is the title page's imprint (`Joey Hess` / `Copyright © 2001 ...`),
    // unless the heading names it (`Copyright Notice`).
    if (!notice && COPYRIGHT_NOTICE.test((block.lines[0] as SourceLine).text)) return false;
    // A form under a name (`By: ____`, `Name: ...`, `Title: ...`): a signature block, not a section's text.
    // (A string search, several times faster than a pattern over every line of every section's text.)
    const blankToFill = block.lines.some((l) => l.text.includes('___') || l.text.includes('.....'));
    if (blankToFill && block.lines.every((l) => FORM_LINE.test(l.text))) return false;
    // Where prose is indented (man pages, RFCs), anything indented under a line to its left is text, however short
    // (a man page whose option descriptions, indented deeper still, outnumber its paragraphs).
    const indent = indentation((block.lines[0] as SourceLine).text);
    if (baseIndent >= 2 && indent >= Math.min(baseIndent, 4) && indent > indentation(above)) return true;
    if (block.lines.length >= 2 || allCentred([(block.lines[0] as SourceLine).text])) return !allCentred(block.lines.map((l) => l.text));
    const text = headingText((block.lines[0] as SourceLine).text);
    // (A programme's row, `09:15-09:30   Welcome and opening remarks`, is its day's text.)
    if (CLOCK_TIME.test(text)) return true;
    // (A lead-in ending in a colon, `What is claimed is:`, is text when text follows it.)
    const leadIn = /[:：]$/.test(text) && blocks[b + 1] !== undefined && !candidateAt.has(b + 1);
    return text === '' || text.length >= 80 || (SENTENCE_END.test(text) && countWords(text) > 4) || leadIn;
  };
  const isDateLine = (b: number): boolean => {
    // (The date line may have a closing date or the like under it: `Time:`, `Time allowed:`, `Venue:`.)
    const lines = blocks[b]?.lines ?? [];
    const line = lines.length <= 6 && lines.length > 0 ? headingText((lines[0] as SourceLine).text) : '';
    return line !== '' && (matchDateLine(line) !== null || findDateIn(line) !== null);
  };
  /** A block with a line of prose in it (a long one, or one that ends a sentence), or a table or a list. */
  const hasProse = (b: number): boolean =>
    blocks[b]?.kind === 'preformatted' ||
    (blocks[b]?.lines.length ?? 0) >= 3 ||
    (blocks[b]?.lines.some((l) => l.text.trim().length >= 50 || (SENTENCE_END.test(l.text.trimEnd()) && countWords(l.text) >= 4)) ?? false);
  // Subheads and questions whose style has text of its own elsewhere may have a one-sentence text (`The claim
  // succeeds.`). (Not capitals: a speaker's name over a short reply is a transcript's.)
  // How often each line in capitals stands as a candidate: those that come back (`MAYOR RUIZ` ... `MAYOR RUIZ`) are
  // a transcript's speakers, and then its capitals are names.
  const capsTimes = new Map<string, number>();
  for (const c of candidates) if (c.style === 'caps') capsTimes.set(c.heading, (capsTimes.get(c.heading) ?? 0) + 1);
  const speakersTalk = [...capsTimes.values()].some((n) => n > 1);
  const withText = new Map<string, number>();
  for (const c of headings) if (isBody((c.titleBlock ?? c.block) + 1)) withText.set(c.style, (withText.get(c.style) ?? 0) + 1);
  /** The text of a block of one line that is not a candidate, or null. */
  const loneLine = (b: number): string | null => {
    const line = blocks[b]?.lines.length === 1 && !candidateAt.has(b) ? blocks[b]?.lines[0] : undefined;
    return line === undefined ? null : headingText(line.text);
  };
  const hasBody = (c: Candidate, next = (c.titleBlock ?? c.block) + 1, skipped = false): boolean => {
    if (isBody(next, c.style === 'caps' || /copyright|licen[cs]e|legal|authors?/i.test(c.heading))) return true;
    const lone = loneLine(next);
    const subhead = c.style === 'plain' || c.style === 'question';
    const sentence = lone !== null && SENTENCE_END.test(lone) && countWords(lone) >= 2;
    if (subhead && sentence && (withText.get(c.style) ?? 0) >= 2) return true;
    // Capitals that are the text's sections (two or more with text of their own) may have a line of text (a CV's
    // `LANGUAGES` over `Spanish (native), English (C2)`), unless capitals recur in the text, as speakers' names do.
    if (c.style === 'caps' && lone !== null && (withText.get('caps') ?? 0) >= 2 && !speakersTalk) return true;
    // A short line before the text or the first subhead (`Serves 4.`, `By Anna Keller`) is part of the section.
    if (lone !== null && lone.length <= 40 && !skipped && !COPYRIGHT_NOTICE.test(lone)) return hasBody(c, next + 1, true);
    const sub = candidateAt.get(next);
    if (sub === undefined) return false;
    // A part heading over numbered sections that start from the first (`RESEARCH PLAN`, then `A.`; `TERMS AND CONDITIONS`, then `0.`).
    if (c.style === 'caps' && sub.label && !sub.label.strong && sub.label.ordinal <= 1 && accepted.has(sub)) return true;
    // Capitals over a plain subhead (`RESULTS`, then `Effect of Soil Moisture`), a group over its questions.
    // A report's named part straight over its first subhead (`Executive summary`, then `Key performance indicators`).
    if (c.style === 'plain' && sub.style === 'plain' && PART_NAME.test(c.heading) && isBody(sub.block + 1)) return true;
    // (Or capitals over `Q:` questions and their answers.)
    const question = sub.style === 'question' || sub.style === 'qa';
    const over = (c.style === 'caps' && (sub.style === 'plain' || sub.style === 'qa')) || (c.style === 'plain' && question);
    return over && isBody(sub.block + 1);
  };
  const firstNumbered = headings.find((h) => h.label !== null)?.block ?? Number.POSITIVE_INFINITY;
  // Plain subheads that are sections before the numbered ones (`Course Overview`, `Assessment`, each with its
  // text) are the document's own top-level style: after the numbered sections they are sections too (`Key Dates`).
  // (Not in fiction: a novel's `Preface` and `Introduction` say nothing about short lines inside its chapters.)
  const fiction = headings.some((h) => /^keyword:(chapter|book|act|scene|canto|stave|volume)$/.test(h.style));
  // So are they after numbered headings set straight under capitals with no text of their own (`SONNETS FOR THE
  // KEEPER`, then `I` to `IV`): those are that part's subsections, not the document's.
  const first = headings.findIndex((h) => h.label !== null);
  const above = headings[first - 1];
  const heldRun = above !== undefined && above.style === 'caps' && above.block + 1 === (headings[first] as Candidate).block;
  const plainSections =
    !fiction && (heldRun || headings.filter((h) => h.style === 'plain' && h.block < firstNumbered && isBody(h.block + 1)).length >= 2);
  // (The first heading with a body: lines above it, an author or an affiliation, may be centred too.)
  const firstWithBody = headings.find((h) => hasBody(h));
  const centredFirst = firstWithBody?.centred === true;
  const versionLines = headings.filter((h) => h.label === null && VERSION_LINE.test(h.heading)).length;
  const verse = headings.some((h) => /^keyword:(act|scene|canto|stave)$/.test(h.style));
  // Subheads in title case inside numbered sections, each over a paragraph of prose (`Item 1. Business`, then
  // `Overview`, `Our Products`): two or more make a style of the document's own.
  const titledSubhead = (h: Candidate): boolean =>
    h.style === 'plain' &&
    h.block > firstNumbered &&
    !h.centred &&
    (isTitleCase(h.heading) || /^\p{Lu}\p{Ll}{3,}$/u.test(h.heading)) &&
    hasProse(h.block + 1);
  const titledSubheads = headings.filter(titledSubhead).length >= 2;
  // (The same capitals twice in one section, `EDITH` over each of her lines in a scene, are a speaker's name.)
  const termsIn = new Set<Candidate>();
  const namesInScene = new Set<Candidate>();
  let section: Candidate[] = [];
  for (const h of [...headings, null]) {
    if (h === null || h.label !== null) {
      const repeated = new Set(section.map((c) => c.heading)).size < section.length;
      const into = repeated ? namesInScene : section.length >= 2 ? termsIn : null;
      if (into !== null) for (const term of section) into.add(term);
      section = [];
    } else if (h.style === 'caps' && h.onBody === true && h.block > firstNumbered) section.push(h);
  }
  // Capitals numbered like records, each set flush on its text, three or more the same but for the number
  // (`COUNCIL RESOLUTION 2024/030` over `MOVED:` and `SECONDED:`), label the records, not sections.
  const recordForm = (h: Candidate): string | null =>
    h.style === 'caps' && h.onBody === true && /\d/.test(h.heading) ? h.heading.replace(/\d+/g, '#') : null;
  const records = new Map<string, number>();
  for (const h of headings) {
    const form = recordForm(h);
    if (form !== null) records.set(form, (records.get(form) ?? 0) + 1);
  }
  // Under `Definitions` (a glossary, an interpretation clause), a run of capitals is the defined words, each
  // over its meaning (`ACCIDENTAL DAMAGE` / `    Sudden and unexpected ...`), not sections.
  const definedWords = new Set<Candidate>();
  headings.forEach((h, i) => {
    // (Not capitals under capitals: a man page's `DEFINITIONS` is a section among `RESERVED WORDS` and the rest.)
    if (!DEFINITIONS.test(h.title) || h.style === 'caps') return;
    let j = i + 1;
    // (Capitals, or flush-left terms over meanings indented under them: `Appropriation` / `    Legal authorization ...`.)
    while (j < headings.length && ['caps', 'outdent', 'plain'].includes((headings[j] as Candidate).style)) j++;
    if (j - i - 1 >= 2) for (const c of headings.slice(i + 1, j)) definedWords.add(c);
  });
  const timesAsHeading = new Map<string, number>();
  for (const h of headings) timesAsHeading.set(h.heading, (timesAsHeading.get(h.heading) ?? 0) + 1);
  // The keyword heading each heading comes under, and whether it is set in the middle of the page (an Indian act's
  // `CHAPTER II`): a centred plain line under one is its cross-heading (`Registering authorities`).
  let keywordAbove: Candidate | null = null;
  const centredKeywordAbove = new Set<Candidate>();
  for (const h of headings) {
    if (h.label !== null && h.style.startsWith('keyword:')) keywordAbove = h;
    else if (h.label === null && keywordAbove !== null && centredLine(keywordAbove)) centredKeywordAbove.add(h);
  }
  function centredLine(c: Candidate): boolean {
    const first = (blocks[c.block] as TextBlock | undefined)?.lines[0];
    return first !== undefined && allCentred([first.text]);
  }
  const kept = headings.filter((h) => {
    if (definedWords.has(h)) return false;
    // Lines at the margin of indented prose are headings (RFCs), but not names over a title page's
    // copyright notice (`Joey Hess` / `   Copyright © 2001 ...`) before the first heading with a text.
    // One version line (`Version 2.0`) is the title page's; a changelog has many.
    if ((h.style === 'outdent' || h.style === 'plain') && VERSION_LINE.test(h.heading) && versionLines === 1) return false;
    if (h.style === 'outdent') {
      // (Before the first numbered section, names over their affiliations, `Tim Glauert` / `Olivetti Research`,
      // are a title page: a section there has prose under it.)
      if (firstNumbered !== Number.POSITIVE_INFINITY && h.block < firstNumbered && !hasProse(h.block + 1)) return false;
      return h.block > (firstWithBody?.block ?? Number.POSITIVE_INFINITY) || hasBody(h);
    }
    if (!UNNUMBERED.has(h.style)) return true;
    if (namesInScene.has(h) || (records.get(recordForm(h) ?? '') ?? 0) >= 3) return false;
    // Before the first act or canto, a plain line is the title page's (`A Play in Two Acts`, an author, a
    // dedication) unless it names a part of the front matter (`Prologue`). (Reports have chapters too, and an
    // `Executive summary` before them.)
    if (verse && h.style === 'plain' && h.block < firstNumbered && !FRONT_MATTER.test(h.heading)) return false;
    // Back matter (`References`, `Acknowledgements`, `Exercises`) follows the numbered sections as their peer;
    // but not where each section has its own (`1.1 Sets`, `Exercises`, `1.2 Maps`, `Exercises`).
    const backMatter = h.style === 'plain' && BACK_MATTER.test(h.heading) && (timesAsHeading.get(h.heading) ?? 0) < 2;
    // (A subhead set on its own paragraph inside a numbered section is that section's subhead.)
    // (So is a subhead of the document's title-case style, where plain lines are not its sections.)
    const titled = titledSubheads && !plainSections && titledSubhead(h);
    const crossHeading = h.style === 'plain' && centredKeywordAbove.has(h) && centredLine(h);
    const inside = ((h.onBody === true && h.block > firstNumbered) || titled || h.inFaq === true || crossHeading) && !backMatter;
    // A centred line is a part of its own wherever it stands (`How to Apply These Terms` after the numbered
    // terms, `How to Apply` after the capitals `NO WARRANTY`), where the first heading is one (`Preamble`). A
    // paper's centred subheads sit under its capitals, and a figure's centred caption is no heading at all.
    if (h.centred && !centredFirst) h.centred = false;
    const late = h.block > firstNumbered && !backMatter && !h.centred && !(plainSections && h.style === 'plain') && !inside;
    if ((h.style === 'plain' || h.style === 'question') && late) return false;
    if (BYLINE.test(h.heading)) return false;
    // A subtitle or the authors between the title and its date line (`Consultation paper` / `Published: 14 March
    // 2024`) are the title page's, not its first section.
    if (h.style === 'plain' && h.block <= 2 && h.block < firstNumbered && isDateLine(h.block + 1)) return false;
    if (withinSentence(h, blocks)) return false;
    // Front matter before numbered sections (`Document control`, `Who is it for?`) is a peer of them.
    const frontQuestion = h.style === 'question' && h.inFaq !== true && h.block < firstNumbered;
    if ((h.style === 'plain' || frontQuestion) && firstNumbered !== Number.POSITIVE_INFINITY) h.topLevel = !inside;
    if (h.centred || backMatter) h.topLevel = true;
    // Capitals set flush on their text, two or more in one numbered section (`4.2 Betriebsarten`, then `ECO`,
    // `AUTO`, `BOOST` over what each mode does) are that section's subheads, not parts of the whole.
    if (termsIn.has(h)) h.topLevel = false;
    // Back matter holds entries, however short (`[1] WS 2200, Widget packaging`).
    if (backMatter && blocks[h.block + 1] !== undefined && !candidateAt.has(h.block + 1)) return true;
    // A line the document's own contents lists at its top is a heading, straight over its first subhead too.
    return hasBody(h) || listed.get(h.title.toLowerCase()) === 0;
  });
  const others = kept.some((h) => !UNNUMBERED.has(h.style));
  // In a text with no numbered headings, capitals that recur (`MAYOR RUIZ` ... `MAYOR RUIZ`) are speaker tags.
  const speakers = !headings.some((h) => h.label !== null);
  const sections = kept.filter((h) => !(speakers && h.style === 'caps' && (capsTimes.get(h.heading) ?? 0) >= 2));
  const left = new Map<string, number>();
  for (const h of sections) left.set(h.style, (left.get(h.style) ?? 0) + 1);
  // A style used once is structure only beside other headings (a `.SS` subhead under man-page sections).
  const structured = (h: Candidate): boolean => others || (left.get(h.style) ?? 0) >= 2 || sections.length - (left.get(h.style) ?? 0) >= 1;
  return sections.filter((h) => !UNNUMBERED.has(h.style) || structured(h));
}

/**
 * A line set apart inside a sentence (`a card that says only` / `TO LET` / `and I felt ...`): quoted, not a
 * heading. (A man page's `NAME` over `tarsnip - ...` stands to the left of its text: a heading.)
 */
function withinSentence(c: Candidate, blocks: TextBlock[]): boolean {
  const before = blocks[c.block - 1]?.lines;
  const after = blocks[(c.titleBlock ?? c.block) + 1]?.lines[0]?.text ?? '';
  if (before === undefined || !startsLowercase(after.trim())) return false;
  if (indentation((blocks[c.block] as TextBlock).lines[0]?.text ?? '') < indentation(after)) return false;
  return !/[.!?:;。！？：；"”’)\]]$/u.test((before[before.length - 1] as SourceLine).text.trimEnd());
}

/**
 * `1. Why is my widget missing?` with its answer indented by spaces under the
 * item text: a list item (reStructuredText, Markdown-like notes), not a
 * heading. (Tab-indented bodies are word-processor layout, not lists.)
 */
function isListItem(c: Candidate, blocks: TextBlock[], baseIndent: number): boolean {
  if (c.label === null || c.label.strong) return false;
  const raw = (blocks[c.block] as TextBlock).lines[0]?.text ?? '';
  const own = indentation(raw);
  const body = blocks[(c.titleBlock ?? c.block) + 1]?.lines[0]?.text ?? '';
  const indent = indentation(body);
  // (The body lines up with the item's text; a legend indented less, under `2.1 Parts`, is the section's body.)
  // (Where the title starts in the raw line: by its first word, as the title's own spaces were collapsed.)
  const titleAt = c.label.title !== '' ? raw.indexOf(c.label.title.split(' ')[0] as string, own + c.label.number.length) : -1;
  const textStart = titleAt >= 0 ? titleAt : own + c.label.number.length + 1;
  if (!/^ +\S/.test(body) || indent <= Math.max(own + 1, baseIndent) || indent > own + 6 || indent < textStart) return false;
  // (A table or a bulleted list indented under the heading is its section's, not an item's answer.)
  return !isColumnRow(body.trim()) && !BULLET_ITEM.test(body);
}

/** Split candidates of one style into runs of consecutive ordinals. */
function sequenceRuns(list: Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const c of list) {
    const ordinal = c.label?.ordinal ?? 0;
    const prev = run[run.length - 1];
    const prevOrdinal = prev?.label?.ordinal ?? -1;
    // (Once three headings have set the sequence, a number repeated or one skipped is the writer's slip:
    // libpng's manual has two `XV.` and no `XIV.`.)
    const slip = run.length >= 3 && ordinal >= prevOrdinal && ordinal <= prevOrdinal + 2;
    // (`Item 1A` and `Item 1B` go on from `Item 1`.)
    const inserted = c.label?.lettered === true && ordinal === prevOrdinal;
    if (prev && (ordinal === prevOrdinal + 1 || slip || inserted)) run.push(c);
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
    // (Keys built as strings: a large text has thousands of decimal headings.)
    const parent = keyOf(path.slice(0, -1));
    const prefix = parent === '' ? '' : `${parent}.`;
    const hasParent = parent !== '' && (seen.has(parent) || seen.has(`${parent}.1`));
    const hasSibling = seen.has(`${prefix}${last - 1}`) || seen.has(`${prefix}${last + 1}`);
    const hasChild = seen.has(`${keyOf(path)}.1`);
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

/**
 * A call transcript's speaker turns, boxed by rules and numbered in brackets (`Operator   [1]`, `Karen Liu,
 * Halvorsen Industrial Corp - VP of IR   [2]`), are who speaks, not sections: three or more such lines go.
 */
function dropSpeakerTurns(headings: Candidate[]): Candidate[] {
  const turn = (c: Candidate): boolean => c.label === null && SPEAKER_TURN.test(c.heading);
  let turns = 0;
  for (const c of headings) if (turn(c)) turns++;
  return turns >= 3 ? headings.filter((c) => !turn(c)) : headings;
}
const SPEAKER_TURN = /\S\s+\[\d{1,4}\]$/;

/**
 * Notes under a rule at the foot of a text (`____________________`, then `1) Směrnice ...`, `2) Nařízení ...`)
 * are footnotes, not headings: numbered ones in a style that no heading above the rule uses go.
 */
function dropFootnotes(headings: Candidate[], blocks: TextBlock[]): Candidate[] {
  // (At the foot: a rule with the text going on long after it is the text's own. A rule standing alone is a block
  // of its own; under text, it would be that text's underline.)
  const last = blocks[blocks.length - 1]?.lines.at(-1)?.line ?? 0;
  const foot = last - Math.max(40, last * 0.1);
  let rule = -1;
  for (let b = blocks.length - 1; b >= 0 && ((blocks[b] as TextBlock).lines[0] as SourceLine).line >= foot; b--) {
    const lines = (blocks[b] as TextBlock).lines;
    const text = (lines[0] as SourceLine).text;
    if (lines.length === 1 && text.length <= 80 && text.includes('_____') && FOOTNOTE_RULE.test(text)) {
      rule = (lines[0] as SourceLine).line;
      break;
    }
  }
  if (rule < 0) return headings;
  const stylesAbove = new Set(headings.filter((c) => c.line < rule).map((c) => c.style));
  return headings.filter((c) => c.line < rule || c.label === null || stylesAbove.has(c.style));
}
const FOOTNOTE_RULE = /^\s*_{5,}\s*$/;

/**
 * A subsection's number met again in the same part on another title, a sentence (`7.4  Derive equation
 * (7.3).` under `7.6 Exercises`, after `7.4 Entropy`): an exercise or a numbered paragraph, not a section.
 * (The same title again is the section after a contents that listed it.)
 */
function dropRepeatedSentences(candidates: Candidate[]): Candidate[] {
  let titles = new Map<string, string>();
  return candidates.filter((c) => {
    const path = c.label?.path;
    // (Another kind of numbered heading, `Part B`, may start the numbers again.)
    if (path === undefined) {
      if (c.label !== null) titles = new Map();
      return true;
    }
    const key = path.join('.');
    const before = titles.get(key);
    if (path.length >= 2 && before !== undefined && before !== c.title && SENTENCE_END.test(c.title)) return false;
    if (before === undefined) titles.set(key, c.title);
    return true;
  });
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
