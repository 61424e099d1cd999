/**
 * Pass 3: heading candidates. Headings written on top of their text are taken
 * apart first; then every line that stands apart and looks like a heading
 * (a label, an ATX `#` line, capitals, a plain subhead, an outdented line) is
 * a candidate.
 */

import { lazy } from '../lazy-regexp.js';
import { indentation, maxOf, type SourceLine } from '../lines.js';
import { type Label, matchLabel } from '../numbering.js';
import {
  BYLINE,
  COPYRIGHT_NOTICE,
  collapseSpace,
  countWords,
  ENDS_ON_ABBREVIATION,
  hasDigit,
  hasLowercase,
  hasNoLetters,
  SENTENCE_END,
  startsLowercase,
  startsWithDigit,
  WRAPPED_ON,
} from '../text.js';
import { allCentred, BULLET_ITEM, hasCells, isTableRow, type TextBlock } from './blocks.js';
import { ASCIIDOC_SECTION } from './boilerplate.js';
import { findDateIn, matchDateCell, matchDateLine } from './dates.js';
import { hasEditLink, headingText, LONGEST_HEADING } from './heading-text.js';

export interface Candidate {
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
  /** A plain subhead that was set directly on its paragraph. */
  onBody?: boolean;
  /** A plain line centred on the page (`How to Apply These Terms`): set apart as a part of its own. */
  centred?: boolean;
  /** A question after a line that names the text an FAQ: a subhead even inside a numbered section (`6) FAQ`). */
  inFaq?: boolean;
}

/** The unnumbered sections that close a numbered paper or report (or statute: Korean 부칙, Chinese 附则). */
const BACK_MATTER_PATTERN =
  /^(acknowledge?ments?|references|bibliography|exercises|problems|works cited|literature cited|sources|notes|endnotes|glossary|further reading|summary of (?:recommendations|findings|questions)|appendix|(?:appendix|addendum)\s*[:.–—-]\s*\S.*|addendum|appendices|index|부칙|附则|附則)$/i;
const opensAppendix = (text: string): boolean => {
  const start = text.slice(0, 8).toLowerCase();
  return start === 'appendix' || start === 'addendum';
};
/** (Only a short line or an appendix's can match: most headings are settled without compiling the pattern.) */
export const BACK_MATTER = {
  test: (text: string): boolean => (text.length <= 30 || opensAppendix(text)) && BACK_MATTER_PATTERN.test(text),
};
/** `Q: text`, `Q1. text`, `Question: text`; the answer under it starts `A:`, `A1.`, `Answer:`. */
const QUESTION = /^\s*(?:Q|Question)(?:\s?\d{1,3})?\s*[:.)]\s+(\S.*)$/;
const FAQ = /\bFAQs?\b|frequently asked questions|questions (?:and|&) answers/i;
const ANSWER = /^\s*(?:A|Answer)(?:\s?\d{1,3})?\s*[:.)]\s+\S/;
// Exclamations are speech; a question can be a heading (`What went wrong?`).
const SPEECH_END = /[!！]["”’»]?$/u;
export const ATX = /^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$/u;
const ATX_GAP = /^\s*#{1,6}(?: {3,}|\t)/;
/** A title between two equal runs of one mark: `== History ==`, `*** NEWS ***`. */
const RULE = /^\s*([=*#~_-])\1{2,}\s*$/;
const BANNER = /^(([=*~+-])\2+)\s+(?=[^\s=*~+-])(.*?[^\s=*~+-])\s+\1$/u;
/** `[general]`, `[remote "origin"]`: an INI section header; `key = value` or `key: value` under it. */
const INI_SECTION = /^\[[A-Za-z0-9_][\w .:"-]{0,40}\]$/;
const KEY_VALUE = /^\s*[A-Za-z_][\w.-]*\s*[=:]/;
/** The first line that is not a `;` or `#` comment is a setting. */
const iniBody = (lines: SourceLine[]): boolean => KEY_VALUE.test(lines.find((l) => !/^\s*[;#]/.test(l.text))?.text ?? '');
const CAPTION = lazy(
  () =>
    /^(?:table|figure|fig\.|exhibit|chart|plate|listing|photo)\s+(?:(?:[A-Z][.-]?)?\d+(?:[.-]\d+)*[a-z]?|[IVXLC]+)(?:[.:]|\s+[-–—]|\s+\p{L}|\s+\(|$)/u,
);
/** `Table 2.1: ...`, `TABLE I`, `Fig. 3 Layout` (the keyword in any case). */
const SIGNAL_WORD = /^(warning|caution|danger|note|notice|important|tip|hint|attention|achtung|vorsicht|hinweis)[!:]?$/i;
const CAPTION_WORD = /^(?:table|figure|fig\.|exhibit|chart|plate|listing|photo)\s/i;
const isCaption = (text: string): boolean => CAPTION_WORD.test(text) && CAPTION.test(text.replace(/^\S+/, (w) => w.toLowerCase()));
const LETTERS = lazy(() => /\p{Lu}/gu);

const TASK_KEYWORDS = new Set(['exercise', 'problem', 'task']);

/** A line that reads like running text rather than a heading. */
function isSentenceLike(written: string): boolean {
  // (A reference number after the sentence does not hide it: `... community pharmacies. [901234]`.)
  const title = written.endsWith(']') ? written.replace(/\s*\[\d{3,}\]$/, '') : written;
  const words = countWords(title);
  if (title.length > 180 || words > 24) return true;
  // (Or an item of a list that goes on: `(1) Is work-related; and`.)
  if (/[,;，；:：]$/u.test(title) || (title.includes(';') && /;\s*(?:and|or)$/.test(title))) return true;
  if (SPEECH_END.test(title)) return true;
  // A short label-like title ending in a full stop (`Introduction.`) is fine; a sentence is not (a question may be a heading).
  // Nor is a title in title case, however long (`13. Use with the GNU Affero General Public License.`).
  return /[.!。！…]["”’»)）]?$/u.test(title) && words > 6 && !(words <= 12 && isTitleCase(title));
}

/** Every word capitalised but the small ones (`of`, `the`, `with`), and one sentence at most. */
export function isTitleCase(text: string): boolean {
  if (/[.!?;:]\s/.test(text)) return false;
  const words = text.match(TITLE_WORD.regexp) ?? [];
  return words.length >= 2 && words.every((word, i) => UPPER_START.test(word) || (i > 0 && SMALL_WORDS.has(word)));
}
const TITLE_WORD = lazy(() => /\p{L}[\p{L}'’-]*/gu);
const UPPER_START = lazy(() => /^\p{Lu}/u);
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on onto or over per the to under upon via vs with within without'.split(' '),
);

/**
 * A heading often sits directly on top of its body (`Section 1. Name` then the
 * text, no blank line). The line is taken apart when it looks like a heading
 * and ends early on purpose: the next line's first word would have fitted.
 * A label-only line (`ARTICLE I`) may bring one title line along.
 */
/** A line in capitals that opens on a joining word, as the second line of a wrapped title does. */
const CAPITALS_GO_ON = /^\s*(?:FOR|OF|AND|IN|TO|WITH|ON|BY|FROM|OR|AT)\s+[^a-z]+$/;

/** What the boilerplate pass learnt of the text that the heading passes use. */
export interface TextHints {
  /** The unnumbered titles a printed contents lists, with their depth in it (see findBoilerplate). */
  listed: ReadonlyMap<string, number>;
  /** The text is an Org file (keyword lines at its top): its `*` lines are headings wherever they stand. */
  outline: boolean;
  /** The text is AsciiDoc: its `==` lines are headings wherever they stand. */
  asciidoc: boolean;
}

const NO_HINTS: TextHints = { listed: new Map(), outline: false, asciidoc: false };

const ANNEX_KIND = /^\s*\((?:informative|normative)\)\s*$/i;

/**
 * A heading set in the middle of the page over its title (`ARTICLE I` / `DEFINITIONS`): two or three short
 * lines, centred, a label alone over the rest. (Indented lists line up their centres too, and so do a title
 * page's lines in capitals: they do not open with a label alone.)
 */
function isCentredHeadingBlock(lines: SourceLine[], baseIndent: number): boolean {
  if (lines.length < 2 || lines.length > 3 || indentation((lines[0] as SourceLine).text) < baseIndent + 4) return false;
  if (lines.some((l) => l.text.trim().length > 60) || !allCentred(lines.map((l) => l.text))) return false;
  return matchLabel(headingText((lines[0] as SourceLine).text))?.title === '';
}

export function splitHeadingLines(blocks: TextBlock[], baseIndent: number, hints: TextHints = NO_HINTS): TextBlock[] {
  const out: TextBlock[] = [];
  // A configuration file has several `[section]` headers over their settings; one is a note.
  const iniHeader = (lines: SourceLine[]): boolean => {
    const text = (lines[0] as SourceLine).text.trim();
    const atMargin = indentation((lines[0] as SourceLine).text) === 0;
    return text.charAt(0) === '[' && lines.length >= 2 && atMargin && INI_SECTION.test(text) && iniBody(lines.slice(1));
  };
  const iniFile = blocks.filter((block) => block.kind === 'prose' && iniHeader(block.lines)).length >= 2;
  const markdownHeadings = usesMarkdownHeadings(blocks);
  // The last decimal heading seen, whose numbering a subsection run on inside a block may continue.
  let lastDecimal: Label | null = null;
  const faq = faqNamedBefore(blocks);
  const topLine = headingText(blocks[0]?.lines[0]?.text ?? '');
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as TextBlock;
    let lines = block.lines;
    // The document's first line repeated over a heading (`GNU GENERAL PUBLIC LICENSE` over `TERMS AND CONDITIONS`).
    if (
      b > 0 &&
      block.kind === 'prose' &&
      lines.length >= 2 &&
      topLine.length >= 4 &&
      headingText((lines[0] as SourceLine).text) === topLine
    ) {
      out.push({ lines: [lines[0] as SourceLine], kind: 'prose' });
      lines = lines.slice(1);
    }
    // Code and other indented blocks are kept whole; lines centred on the page are not code (`ARTICLE I` over
    // `DEFINITIONS`, set in the middle).
    const centred = isCentredHeadingBlock(lines, baseIndent);
    // An annex's kind set under its label (`Annex A` / `(informative)`, its title in the next block) reads as
    // `Annex A (informative)`, which takes the next line as its title.
    if (centred && lines.length === 2 && ANNEX_KIND.test((lines[1] as SourceLine).text)) {
      const label = lines[0] as SourceLine;
      out.push({ lines: [{ ...label, text: `${label.text.trimEnd()} ${(lines[1] as SourceLine).text.trim()}` }], kind: 'prose' });
      continue;
    }
    const code = lines.length >= 2 && indentation((lines[0] as SourceLine).text) >= baseIndent + 4 && !centred;
    if (block.kind !== 'prose' || lines.length < 2 || code) {
      if (block.kind === 'prose' && lines.length === 1) lastDecimal = decimalHeading((lines[0] as SourceLine).text) ?? lastDecimal;
      out.push(lines === block.lines ? block : { ...block, lines });
      continue;
    }
    // Lines that are headings wherever they stand: each is a block of its own, and the rest goes on.
    const parts = splitAtMarkedLines(lines, markdownHeadings, hints);
    for (const part of parts.slice(0, -1)) out.push({ lines: part, kind: 'prose' });
    lines = parts[parts.length - 1] as SourceLine[];
    if (lines.length < 2) {
      if (lines.length === 1) out.push({ lines, kind: 'prose' });
      continue;
    }
    const width = Math.max(40, maxOf(lines.slice(0, 3).map((l) => l.text.trimEnd().length)));
    // The label of a heading just taken off this block, when the next line may be its first subsection.
    let parent: Label | null = null;
    // Whether the heading taken off stood over lines indented under it, or over its list: they are its text,
    // never a heading (`* zgrep now supports --` alone under `Major changes from 1.3 to 1.3.1`).
    let textBody = false;
    for (let taken = 0; taken < 2 && lines.length >= 2; taken++) {
      const first = lines[0] as SourceLine;
      const text = headingText(first.text);
      if (text === '') break;
      // A caption (`TABLE I` over its title line) stays with its table; a programme's row with its speaker.
      if (taken === 0 && (isCaption(text) || CLOCK_TIME.test(text))) break;
      // A heading in capitals wrapped before a joining word goes on (`PROVISION OF MANAGED PRINT SERVICES` /
      // `FOR COUNTY OFFICES AND LIBRARIES`).
      if (taken === 0 && lines.length === 2 && CAPITALS_GO_ON.test((lines[1] as SourceLine).text) && !hasLowercase(first.text)) break;
      // A Markdown heading in a text file set straight over its list (`### Added` / `- New option.`, a changelog).
      if (taken === 0 && ATX.test(text) && !ATX_GAP.test(first.text) && BULLET_ITEM.test((lines[1] as SourceLine).text)) {
        out.push({ lines: [first], kind: 'prose' });
        lines = lines.slice(1);
        break;
      }
      const label = matchLabel(text);
      // `4. Business Arising` straight over `4.1 Roof replacement` and its text (minutes, pdftotext output).
      const child = parent !== null && label !== null && isFirstChild(label, parent);
      const labelOnly = label !== null && label.title === '';
      // Where prose is indented (man pages), a shorter-indented line over it is a subhead (`   Index files`).
      // (Or, under a section heading taken off the same block, a subhead to the right of it: `OPTIONS` /
      // `   Generic Program Information` / its text.)
      const outdented =
        (taken === 0 ||
          (parent === null && indentation(first.text) > indentation((out[out.length - 1] as TextBlock).lines[0]?.text ?? ''))) &&
        standsLeftOfText(lines, baseIndent) &&
        /^[\p{Lu}\p{N}]/u.test(text) &&
        isTitleLine(text);
      // An INI section header over its `key = value` lines.
      const ini = iniFile && taken === 0 && iniHeader(lines);
      if (ini) {
        out.push({ lines: [first], kind: 'prose' });
        lines = lines.slice(1);
        break;
      }
      // A plain subhead set on top of a wrapped paragraph: short, then full lines ending a sentence.
      // (`References` over its entries, however short their lines.)
      if (taken === 0 && label === null && (isSubheadOnBody(text, lines.slice(1), width) || BACK_MATTER.test(text))) {
        out.push({ lines: [first], kind: 'prose', subhead: true });
        lines = lines.slice(1);
        textBody = BULLET_ITEM.test((lines[0] as SourceLine).text);
        break;
      }
      // In an FAQ, a question set straight on its answer (`How do I sign up?`, then the answer's lines).
      const question = taken === 0 && label === null && faq(b) && isQuestionHeading(text, true);
      const looksLikeHeading =
        outdented ||
        question ||
        ((taken === 0 || child ? isHeadingLine(text, label) : isTitleLine(text)) && (label !== null || !hasCells(first.text)));
      const nextWord = firstWord((lines[1] as SourceLine).text);
      // (A keyword heading over lines indented under it was broken on purpose however long: `Week 1: ...` / `  Read: ...`;
      // so was a numbered term over a definition indented less than the term: `1.5. "Incompatible ..."` / `    means`.)
      const under = indentation((lines[1] as SourceLine).text);
      const hanging =
        under > indentation(first.text) &&
        (label?.strong === true || (label?.path !== undefined && label.title !== '' && under < first.text.indexOf(label.title)));
      // (A line near the full width whose next goes on in lower case is a sentence wrapped by hand, whatever fits:
      // `3.1. Pelos serviços ..., o CONTRATANTE pagará à CONTRATADA` / `o valor mensal de R$ 4.850,00 ...`.)
      const goesOn = startsLowercase(nextWord) && first.text.trimEnd().length >= width * 0.8;
      // (Lines centred on the page were broken where the writer chose.)
      const brokenEarly = outdented || hanging || centred || (first.text.trimEnd().length + 1 + nextWord.length <= width && !goesOn);
      // A run of item lines is a list, not a heading over its body.
      const list =
        (taken === 0 || child) &&
        label !== null &&
        !labelOnly &&
        matchLabel(headingText((lines[1] as SourceLine).text))?.style === label.style;
      if (taken === 1 && parent !== null && !child) break;
      if (!looksLikeHeading || !brokenEarly || list) break;
      // (A line with no label set flush on its text, `ECO` over what the mode does, is that text's subhead.)
      const onText = label === null && !outdented && indentation(first.text) === under;
      out.push({ lines: [first], kind: 'prose', ...(onText ? { subhead: true } : {}) });
      lines = lines.slice(1);
      textBody = hanging;
      if (label?.path !== undefined) lastDecimal = label;
      if (taken === 0 && !labelOnly) {
        // (Unless a man page's subhead comes next: set in from the margin, still left of the text.)
        const subhead = lines.length >= 2 && indentation((lines[0] as SourceLine).text) > 0 && standsLeftOfText(lines, baseIndent);
        if (label?.path === undefined && !subhead) break;
        parent = label;
      }
    }
    const rest = out.length;
    lastDecimal = splitContinuations(lines, lastDecimal, out);
    if (textBody) (out[rest] as TextBlock).body = true;
  }
  return out;
}

/** Where prose is indented, the first line stands left of it and the next line is text (`   Index files`). */
function standsLeftOfText(lines: SourceLine[], baseIndent: number): boolean {
  return (
    baseIndent >= 2 &&
    lines.length >= 2 &&
    indentation((lines[0] as SourceLine).text) < baseIndent &&
    indentation((lines[1] as SourceLine).text) >= baseIndent
  );
}

/** Whether a block comes after a line that names the text an FAQ; the blocks are read once, however many questions. */
function faqNamedBefore(blocks: TextBlock[]): (block: number) => boolean {
  let faq = false;
  let read = 0;
  return (block) => {
    for (; !faq && read < block; read++) faq = (blocks[read] as TextBlock).lines.some((l) => FAQ.test(l.text));
    return faq;
  };
}

/** A short line at the margin that a printed contents lists at its top (`Getting there` straight over `By air` and its text). */
const isListedLine = (text: string, listed: ReadonlyMap<string, number>): boolean =>
  listed.size > 0 && text.length <= LONGEST_HEADING && indentation(text) === 0 && listed.get(headingText(text).toLowerCase()) === 0;

/** A Markdown heading at the margin: `## Added`, not `#   comment` nor `#!/bin/sh`. */
// (Tested with its spaces collapsed, as headings are: ATX's lazy title backtracks over a run of spaces in quadratic
// time, and `# x`, 30,000 spaces, `y` took two seconds. No heading is longer than LONGEST_HEADING.)
const isAtxLine = (text: string): boolean =>
  text.charCodeAt(0) === 35 && text.length <= LONGEST_HEADING && !ATX_GAP.test(text) && ATX.test(collapseSpace(text));

/**
 * Whether a text file marks its headings the Markdown way, at two levels or
 * more (`## [1.2.0]` over `### Added`): then a `#` line is a heading even
 * inside a block, set straight over its text with no blank line. (One level
 * alone is as likely a script's comments, pasted at the margin.)
 */
function usesMarkdownHeadings(blocks: TextBlock[]): boolean {
  const levels = new Set<number>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as TextBlock;
    if (block.kind !== 'prose') continue;
    for (let i = 0; i < block.lines.length; i++) {
      const text = (block.lines[i] as SourceLine).text;
      if (isAtxLine(text)) levels.add(/^#+/.exec(text)?.[0].length ?? 0);
    }
    if (levels.size >= 2) return true;
  }
  return false;
}

/**
 * A block cut where a line is a heading wherever it stands: a wiki heading
 * with its edit link (`History[edit]`), a Markdown heading where the text
 * uses them, an Org or AsciiDoc heading, a line the printed contents lists,
 * a question over its answer (`Q: ...` straight over `A: ...`, pair after
 * pair). One part when there is none.
 */
function splitAtMarkedLines(lines: SourceLine[], markdownHeadings: boolean, hints: TextHints): SourceLine[][] {
  const parts: SourceLine[][] = [];
  let start = 0;
  // (Chinese text with no blank lines, its paragraphs opened by a full-width space: a short numbered line
  // between them is a heading, `（二）二进制安装`; a numbered sentence, `四、本通知自印发之日起施行。`, is not.)
  const cjkParagraphs = lines.some((l) => l.text.charCodeAt(0) === 0x3000);
  lines.forEach((line, i) => {
    const marked =
      (cjkParagraphs && CJK_HEADING_LINE.test(line.text)) ||
      hasEditLink(line.text) ||
      (markdownHeadings && isAtxLine(line.text)) ||
      (hints.outline && line.text.charCodeAt(0) === 42 && OUTLINE_HEADING.test(line.text)) ||
      (hints.asciidoc && line.text.charCodeAt(0) === 61 && ASCIIDOC_SECTION.test(line.text)) ||
      isListedLine(line.text, hints.listed);
    if (!marked) return;
    if (i > start) parts.push(lines.slice(start, i));
    parts.push([line]);
    start = i + 1;
  });
  const rest = start === 0 ? lines : lines.slice(start);
  const opening = rest[0]?.text ?? '';
  if (QUESTION.test(opening) || ANSWER.test(opening)) for (const part of splitQuestions(rest)) parts.push(part);
  else parts.push(rest);
  return parts;
}

const CJK_HEADING_LINE = /^(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)[^。；;：:！？]{1,30}$/;

/** Cut before each question (up to three lines) that has an answer line under it, and before that answer. */
function splitQuestions(lines: SourceLine[]): SourceLine[][] {
  const parts: SourceLine[][] = [];
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!QUESTION.test((lines[i] as SourceLine).text)) continue;
    let answer = i + 1;
    while (answer < lines.length && answer <= i + 3 && !ANSWER.test((lines[answer] as SourceLine).text)) answer++;
    if (answer >= lines.length || answer > i + 3) continue;
    if (i > start) parts.push(lines.slice(start, i));
    parts.push(lines.slice(i, answer));
    start = answer;
    i = answer;
  }
  parts.push(lines.slice(start));
  return parts;
}

const MAY_START_DECIMAL = /^\s*(?:\d|\S{1,12}\s+\d+\.\d)/;

/** A line's decimal label (`2.1 Sparse Retrieval`) when the line reads as a heading. */
function decimalHeading(line: string): Label | null {
  // (Most lines are prose: a number within the first words or no decimal label at all.)
  if (line.length > LONGEST_HEADING || !MAY_START_DECIMAL.test(line)) return null;
  const text = headingText(line);
  const label = matchLabel(text);
  return label?.path !== undefined && label.title !== '' && isHeadingLine(text, label) ? label : null;
}

/**
 * Minutes and pdftotext output run subsections on without blank lines: `2.1
 * Sparse Retrieval`, its text, then `2.2 Table Retrieval` straight after a
 * finished sentence. A subsection that continues the last decimal heading
 * (its next sibling or first child) there starts a block of its own. Pushes
 * the parts; returns the last decimal heading.
 */
function splitContinuations(lines: SourceLine[], last: Label | null, out: TextBlock[]): Label | null {
  let start = 0;
  // (The last line too: its text is the next block, `7.2 Functional Block Diagram` over a figure.)
  for (let i = 1; i < lines.length && last !== null; i++) {
    const label = decimalHeading((lines[i] as SourceLine).text);
    if (label === null || (label.path as number[]).length < 2) continue;
    if (!isNextSibling(label, last) && !isFirstChild(label, last)) continue;
    // (After a finished sentence, or a table's last row: `High-performance    12.5 to 1600    90 to 150`.)
    const before = (lines[i - 1] as SourceLine).text.trimEnd();
    // (A table's row is two wide gaps or more; a contents entry set off by a tab is a numbered line itself.)
    if (!SENTENCE_END.test(before) && !(isTableRow(before) && decimalHeading(before) === null)) continue;
    if (i > start) out.push({ lines: lines.slice(start, i), kind: 'prose' });
    out.push({ lines: [lines[i] as SourceLine], kind: 'prose' });
    start = i + 1;
    last = label;
  }
  if (start < lines.length) out.push({ lines: start === 0 ? lines : lines.slice(start), kind: 'prose' });
  return last;
}

/** `2.2` after `2.1`. */
function isNextSibling(label: Label, previous: Label): boolean {
  const path = label.path;
  const before = previous.path;
  if (path === undefined || before === undefined || path.length !== before.length) return false;
  const end = path.length - 1;
  return path[end] === (before[end] as number) + 1 && path.every((n, i) => i === end || n === before[i]);
}

function isSubheadOnBody(text: string, rest: SourceLine[], width: number): boolean {
  if (!mayBeSubhead(text, rest)) return false;
  const body = rest.map((l) => l.text.trim());
  // Or over a list, straight or after its lead-in (`Warnings and precautions` / `Talk to your doctor ... before
  // taking Xylorin:` / `- if you have kidney problems`), as a leaflet sets its subheads.
  const [lead, item] = rest;
  // (A numbered list too, from its first item: `Our hiring process` / `1. Recruiter conversation`.)
  const listed = (line: SourceLine | undefined): boolean =>
    line !== undefined && indentation(line.text) === 0 && (BULLET_ITEM.test(line.text) || /^1[.)]\s+\S/.test(line.text));
  const leadText = lead?.text.trim() ?? '';
  const leadIn = leadText.length > 30 && leadText.endsWith(':') && UPPER_START.test(leadText);
  if (listed(lead) || (leadIn && listed(item))) return true;
  const joined = body.join(' ');
  if (joined.length < 50 || !/^[\p{Lu}"“‘]/u.test(joined) || !SENTENCE_END.test(joined)) return false;
  // Wrapped prose: every line but the last is long (verse and addresses are not), and the subhead ends well short of them.
  if (body.slice(0, -1).some((t) => t.length < 50)) return false;
  return text.length + 1 + firstWord(body[0] as string).length <= width && text.length < (body[0] as string).length * 0.75;
}

/** The first tests of a plain subhead over its text: a short line of words in lower case, no field, no salutation. */
function mayBeSubhead(text: string, rest: SourceLine[]): boolean {
  // (Words in lower case: not a speaker tag `VANE.` nor a number.)
  // (Cheap tests first: this runs on the first line of every paragraph.)
  const first = text.charCodeAt(0);
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || (first > 127 && /^\p{L}/u.test(text));
  // (`Time allowed: 2 hours` over a rubric is a field.)
  if (text.length > 60 || rest.length === 0 || !letter || text.includes(':') || !hasLowercase(text) || !isPlainHeading(text)) return false;
  // A salutation over a letter's first paragraph (`Dear Mrs Patel`).
  return !/^(dear|hi|hello|to whom)\b/i.test(text);
}

/**
 * An issuer and a title stacked at the very top with no blank line between
 * (`Harbourside Institute of Marine Biology` / `Standard Operating Procedure:
 * ...`): short lines that end early on purpose become blocks of their own.
 */
export function splitTitleLines(blocks: TextBlock[]): TextBlock[] {
  const first = blocks[0];
  // A title in a box of rules (`=====` / title / issue line / `=====`), perhaps under a masthead: each line
  // stands alone.
  const isBox = (block: TextBlock | undefined): boolean => {
    const box = block?.lines ?? [];
    return (
      block?.kind === 'prose' &&
      box.length >= 3 &&
      box.length <= 5 &&
      RULE.test(box[0]?.text ?? '') &&
      RULE.test(box[box.length - 1]?.text ?? '')
    );
  };
  // (Further down, not a framed notice: `| The latest release of lsof ... |` between rows of asterisks.)
  const framed = (block: TextBlock | undefined): boolean => (block?.lines ?? []).slice(1, -1).some((l) => /^\s*[|*+]/.test(l.text));
  const boxAt = [0, 1, 2].find((b) => isBox(blocks[b]) && (b === 0 || !framed(blocks[b])));
  if (boxAt !== undefined) {
    const box = (blocks[boxAt] as TextBlock).lines;
    return [...blocks.slice(0, boxAt), ...box.map((l): TextBlock => ({ lines: [l], kind: 'prose' })), ...blocks.slice(boxAt + 1)];
  }
  if (first?.kind !== 'prose' || first.lines.length < 2 || first.lines.length > 4) return blocks;
  const texts = first.lines.map((l) => l.text);
  if (allCentred(texts) || texts.some((t) => t.length > 100 || /:\t/.test(t))) return blocks;
  // (A title wrapped after a word no title ends on is one title: `Sparse Retrieval Distillation for` / `Low-Resource ...`.)
  if (texts.length === 2 && WRAPPED_ON.test((texts[0] as string).trimEnd())) return blocks;
  const width = Math.max(60, maxOf(texts.map((t) => t.trimEnd().length)));
  const stacked = texts.every((t, i) => {
    const text = collapseSpace(t);
    // (A separator between the byline and the date, ` · `, stands apart too.)
    if (i > 0 && hasNoLetters(text)) return true;
    if (!isTitleText(text) || matchLabel(text) || SENTENCE_END.test(text)) return false;
    const next = texts[i + 1]?.trim();
    const nextWord = next?.split(/\s+/)[0];
    // (A byline or a date under a line starts a line of its own however long the one above.)
    const apart = next !== undefined && (BYLINE.test(next) || matchDateLine(next) !== null || findDateIn(next) === next);
    return nextWord === undefined || apart || t.trimEnd().length + 1 + nextWord.length <= width;
  });
  if (!stacked) return blocks;
  return [...first.lines.map((l): TextBlock => ({ lines: [l], kind: 'prose' })), ...blocks.slice(1)];
}

/**
 * The first word of a line, as far as wrapping goes: Chinese, Japanese and
 * Korean text wraps between any two characters, so there it is one character.
 */
function firstWord(line: string): string {
  const trimmed = line.trim();
  // Everything from U+2E80 (CJK radicals) up is wrapped by character; cheaper than a script regex.
  if (trimmed.charCodeAt(0) >= 0x2e80 && trimmed.charCodeAt(0) < 0xff00) return trimmed.charAt(0);
  return trimmed.split(/\s+/)[0] ?? '';
}

/** `4.1` under `4`, `2.3.1` under `2.3`: the first of a decimal label's subsections. */
function isFirstChild(label: Label, parent: Label): boolean {
  const path = label.path;
  const above = parent.path;
  if (path === undefined || above === undefined || path.length !== above.length + 1 || path[path.length - 1] !== 1) return false;
  return above.every((n, i) => path[i] === n);
}

function isHeadingLine(text: string, label: Label | null): boolean {
  if (label) return label.title === '' || (!isSentenceLike(label.title) && countWords(label.title) <= 12);
  return isAllCaps(text);
}

function isTitleLine(text: string): boolean {
  return text.length <= 100 && !isSentenceLike(text) && (isAllCaps(text) || countWords(text) <= 10) && matchLabel(text) === null;
}

export function isTitleText(text: string): boolean {
  if (text.length > 200 || /[,;，；:：]$/u.test(text)) return false;
  // (A name may end in an abbreviation: `... Lindenau e. V.`, `Acme Widgets Inc.`.)
  const sentence = SENTENCE_END.test(text) && countWords(text) > 6 && hasLowercase(text);
  return !sentence || (text.endsWith('.') && ABBREVIATION_END.test(text));
}
const ABBREVIATION_END = lazy(() => /(?:^|\s)(?:\p{Lu}\.|[a-z]\.\s?\p{Lu}\.|Inc\.|Ltd\.|Co\.|Corp\.|Bros\.)$/u);

const OUTLINE_HEADING = /^(\*{1,4}) +(\S.*?)\s*$/;

/** An Org heading's title without its task keyword, priority and tags: `TODO [#A] Migrate data   :storage:`. */
function orgTitle(text: string): string {
  return text
    .replace(/\s+:[\w@#%:]+:$/, '')
    .replace(/^(?:TODO|DONE|NEXT|WAITING|HOLD|STARTED|SOMEDAY|CANCELL?ED)\s+/, '')
    .replace(/^\[#[A-Z0-9]\]\s+/, '');
}

const TIMECODES = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}/;

/** Cues: among the first 200 lines, a line of timecodes to every six lines or fewer (a cue takes three or four). */
function isSubtitles(blocks: TextBlock[]): boolean {
  let cues = 0;
  let seen = 0;
  for (let b = 0; b < blocks.length && seen < 200; b++) {
    const lines = (blocks[b] as TextBlock).lines;
    for (let i = 0; i < lines.length && seen < 200; i++, seen++) if (TIMECODES.test((lines[i] as SourceLine).text)) cues++;
  }
  return cues >= 3 && cues * 6 >= seen;
}

/**
 * A text in Emacs outline form: it says so in its mode line (`GNU sed NEWS   -*- outline -*-`), or
 * headings of one and of two stars stand alone on their lines, which bullets in a list do not.
 */
function isOutline(blocks: TextBlock[]): boolean {
  if (/-\*-.*\boutline\b.*-\*-/.test(blocks[0]?.lines[0]?.text ?? '')) return true;
  let one = 0;
  let two = 0;
  for (let b = 0; b < blocks.length; b++) {
    const lines = (blocks[b] as TextBlock).lines;
    const text = lines.length === 1 ? (lines[0] as SourceLine).text : '';
    if (text.startsWith('** ')) two++;
    else if (text.startsWith('* ')) one++;
  }
  return one >= 2 && two >= 2;
}

/** The label of a numbered heading wrapped over the lines of a block: a question, or a title in title case. */
function wrappedHeading(block: TextBlock, after: TextBlock | undefined): Label | null {
  const texts = block.lines.map((l) => l.text);
  // (Or a keyword heading whose title hangs under itself: `Item 5. Market for ..., Related Stockholder Matters` /
  // `        and Issuer Purchases of Equity Securities`.)
  if (after === undefined || after.kind !== 'prose') return null;
  const decimal = MAY_START_DECIMAL.test(texts[0] as string);
  const hanging = !decimal && texts.slice(1).every((t) => indentation(t) > indentation(texts[0] as string));
  if (!decimal && !hanging) return null;
  // (Each line but the first goes on the text: none starts an item of its own, nor is a date: `Lecture 7: Network
  // Flow I` centred over `September 21, 2023`.)
  const goesOn = (t: string): boolean => matchLabel(headingText(t)) === null && matchDateLine(headingText(t)) === null;
  if (!texts.slice(1).every(goesOn) || SENTENCE_END.test((texts[0] as string).trimEnd())) return null;
  const joined = collapseSpace(texts.join(' '));
  if (joined.length > 200) return null;
  const label = matchLabel(joined);
  if (label === null || label.title === '' || (label.path === undefined && !(hanging && label.style.startsWith('keyword:')))) return null;
  const question = label.title.endsWith('?') && countWords(label.title) <= 30;
  return question || (countWords(label.title) <= 14 && isTitleCase(label.title)) ? label : null;
}

/** A line set in the middle of the page, wide ones too (`   TERMS AND CONDITIONS FOR COPYING, ...`). */
function isCentredLine(text: string): boolean {
  // (A narrower line set in the middle stands at least eight columns in, which allCentred asks.)
  const width = text.trim().length;
  return allCentred([text]) || (width >= 60 && Math.abs(indentation(text) + width / 2 - 38) <= 4);
}

/** A candidate with a label: its style, number and title are the label's. (Appendices are peers of the top level.) */
function labelled(block: number, line: SourceLine, label: Label, heading: string): Candidate {
  const { style, number, title } = label;
  return { block, style, number, title, heading, line: line.line, label, topLevel: /^keyword:(appendix|annex)/.test(style) };
}

/** A candidate without a label: its style, and the heading's text as its title unless told otherwise. */
function unnumbered(block: number, line: SourceLine, style: string, heading: string, extra: Partial<Candidate> = {}): Candidate {
  return { block, style, number: null, title: heading, heading, line: line.line, label: null, topLevel: false, ...extra };
}

export function findCandidates(
  blocks: TextBlock[],
  baseIndent: number,
  contentsHeaders: Set<SourceLine>,
  hints: TextHints = NO_HINTS,
): Candidate[] {
  const candidates: Candidate[] = [];
  // Questions and answers are sections in a text that says it is an FAQ before them; in an interview they
  // are the conversation (`Q: Really?` / `A: Really.`).
  const callsItselfFaq = faqNamedBefore(blocks);
  const outline = hints.outline || isOutline(blocks);
  // Subtitles (SRT, WebVTT) are cues in time, no line of which heads a section (`CHAPTER TWO` on a title card).
  if (isSubtitles(blocks)) return candidates;
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
    // A wiki heading: its edit link vouches for it, body or not (`History[edit]` over `Origins[edit]`).
    if (block.lines.length === 1 && hasEditLink(first.text)) {
      candidates.push(unnumbered(b, first, 'wiki', heading));
      continue;
    }
    // `Q: How do I ...?` over `A: ...`: a question-and-answer FAQ, where a question may wrap.
    const question = QUESTION.exec(first.text);
    if (question && block.lines.length <= 3 && ANSWER.test(blocks[b + 1]?.lines[0]?.text ?? '') && callsItselfFaq(b)) {
      const rest = block.lines.slice(1).map((l) => l.text);
      const title = collapseSpace([question[1] as string, ...rest].join(' '));
      if (title.length <= LONGEST_HEADING)
        candidates.push(unnumbered(b, first, 'qa', collapseSpace([heading, ...rest].join(' ')), { title }));
      continue;
    }
    // A numbered question or title that wraps (`2. Will zlib work on a big-endian ... and can I` / `exchange
    // compressed data between them?`), over its answer.
    const wrapped = block.lines.length > 1 && block.lines.length <= 3 && block.body !== true ? wrappedHeading(block, blocks[b + 1]) : null;
    if (wrapped !== null) {
      candidates.push(labelled(b, first, wrapped, collapseSpace(block.lines.map((l) => l.text).join(' '))));
      continue;
    }
    // A heading stands on its own line (splitHeadingLines has taken apart those that sit on their body).
    if (block.lines.length > 1 || block.body === true) continue;
    // Emacs outline headings (GNU NEWS files): `* Noteworthy changes in release 4.9`, `** Bug fixes`.
    const stars = outline && heading.charAt(0) === '*' ? OUTLINE_HEADING.exec(first.text) : null;
    if (stars) {
      const title = hints.outline ? orgTitle(stars[2] as string) : (stars[2] as string);
      candidates.push(unnumbered(b, first, `outline:${(stars[1] as string).length}`, heading, { title }));
      continue;
    }
    if (contentsHeaders.has(first)) {
      // (`Contents          Page`: the column's label is not part of the heading.)
      const contents = heading.replace(/\s+page$/i, '');
      candidates.push(unnumbered(b, first, 'contents', contents, { topLevel: true }));
      continue;
    }
    // A diary's entries: a bare date standing alone (`Saturday 1 March 2025`, `2 April 2025`), kept if three or more.
    if (heading.length <= 40 && /\d/.test(heading) && matchDateLine(heading) === heading.replace(/\.$/, '')) {
      candidates.push(unnumbered(b, first, 'date', heading));
      continue;
    }
    // Signal words over a notice (`WARNING`, `Note:`, `CAUTION`) label an admonition, not a section.
    if (heading.length <= 10 && SIGNAL_WORD.test(heading)) continue;
    // The line under a lone `by` is the author's name (`Written by`, a screenplay's title page, too).
    const above = blocks[b - 1];
    // (`Written by` itself is no heading either; a lone `By` is left to the title's passes.)
    if (
      (BY_ALONE.test(heading) && heading.includes(' ')) ||
      (above?.lines.length === 1 && BY_ALONE.test((above.lines[0] as SourceLine).text))
    ) {
      continue;
    }
    const label = matchLabel(heading);
    // (`A1. Yes, for members.` under `Q1. Is it free?` is an answer, not the first of part A.)
    if (label?.style === 'letter-decimal:2' && ANSWER.test(first.text) && /^\s*Q/.test(blocks[b - 1]?.lines.at(-1)?.text ?? '')) continue;
    if (label) {
      const labelOnly = label.title === '';
      if (!labelOnly && isSentenceLike(label.title) && !(label.strong && countWords(label.title) <= 10)) continue;
      // An exercise, problem or task set out as a sentence is the task itself (`Exercise 3.5. Prove formula (3.5) from
      // Definition 3.4.`), not a heading over one.
      if (!labelOnly && TASK_KEYWORDS.has(firstWord(label.number).toLowerCase()) && /[.?]$/.test(label.title) && !isTitleCase(label.title))
        continue;
      // (So is a bracketed number alone over its sentence: a recital `(1)` in a regulation copied from the web.)
      if (labelOnly && /^paren-/.test(label.style) && isParagraph(blocks[b + 1])) continue;
      // `(2) Sitz des Vereins ist Lindenau.`: a bracketed number before a whole sentence is a numbered paragraph.
      if (/^paren-/.test(label.style) && countWords(label.title) >= 4 && /[.!。]$/.test(label.title)) continue;
      // Where prose is indented (RFCs), headings stand out to the left or in the middle: an indented item is a list.
      if (baseIndent >= 2 && indentation(first.text) >= baseIndent && !allCentred([first.text])) continue;
      if (isTableRow(first.text)) continue;
      // A bare number (`12`) between a paragraph that ends and one that starts is a chapter; inside a sentence
      // or a table it is a page number or a cell.
      if (labelOnly && label.style === 'decimal:1' && /^\d+$/.test(heading) && !bareNumberChapter(blocks, b)) continue;
      // `3.1` alone over `stand` and its definition: a term entry of a standard, in lower case, not a section.
      if (labelOnly && label.path !== undefined && startsLowercase(nextLineText(blocks, b))) continue;
      const candidate = labelled(b, first, label, heading);
      // `Annex A (normative)`: a qualifier in brackets is not the title; the next line is.
      const qualified = label.strong && label.title.length <= 24 && /^\([\p{L} ]{3,20}\)$/u.test(label.title);
      if (labelOnly || qualified) attachTitleLine(candidate, blocks, b);
      candidates.push(candidate);
      continue;
    }
    // A line indented past the prose, and not centred, is an example or a table's row (`  RunTest 2 7 11`);
    // an ATX mark there is a shell's prompt (`      # foo -M generate`).
    const indent = /^[ \t]/.test(first.text) ? indentation(first.text) : 0;
    if (indent > baseIndent + 1 && (heading.charAt(0) === '#' || !isCentredLine(first.text))) continue;
    // (Set in, `    [defaults]` is a configuration example inside the text: a file's headers stand at the margin.)
    if (heading.charAt(0) === '[' && INI_SECTION.test(heading) && indentation(first.text) === 0 && iniBody(blocks[b + 1]?.lines ?? [])) {
      const title = heading.slice(1, -1);
      candidates.push(unnumbered(b, first, 'ini', heading, { title }));
      continue;
    }
    // `== History ==`, `==== FROM THE CAPTAIN ====`: wikitext and e-mail banners; the marks are not the title.
    const banner = /^[=*~+-]/.test(heading) ? BANNER.exec(heading) : null;
    // (`--- END ---` closes a bill: a mark, not a section.)
    if (banner && /^(?:the )?end$/i.test(banner[3] as string)) continue;
    if (banner) {
      const marks = banner[1] as string;
      candidates.push(unnumbered(b, first, `banner:${marks[0]}:${marks.length}`, heading, { title: banner[3] as string }));
      continue;
    }
    // (`#      use opposite case if possible`: a mark in a table's first column, not a heading.)
    // An AsciiDoc section title ranks as its Markdown peer: `==` as `##`.
    const section = hints.asciidoc && heading.charCodeAt(0) === 61 ? ASCIIDOC_SECTION.exec(first.text) : null;
    if (section) {
      candidates.push(unnumbered(b, first, `atx:${(section[1] as string).length}`, heading, { title: section[2] as string }));
      continue;
    }
    const atx = ATX.exec(heading);
    if (atx && !ATX_GAP.test(first.text)) {
      candidates.push(unnumbered(b, first, `atx:${(atx[1] as string).length}`, heading, { title: atx[2] as string }));
      continue;
    }
    // `Table 2.1: Rural bus journeys ...`, `Figure 3. Layout`: captions, not headings; `10:45  Session 1`: a programme's row.
    if (isCaption(heading) || CLOCK_TIME.test(heading)) continue;
    // `END OF TERMS AND CONDITIONS` closes a part: the last line of its text, not a section.
    if (heading.startsWith('END OF ') && isAllCaps(heading)) continue;
    // (`OR` set alone between two alternatives on a form is a word, not a heading.)
    if (heading.length <= 7 && /^(?:or|and|and\/or)$/i.test(heading)) continue;
    // `© ISO 2024` on a title page, or `Crown Copyright ©` under a judgment, is a notice in any case.
    if (heading.charAt(0) === '©' || heading.endsWith('©') || COPYRIGHT_NOTICE.test(heading)) continue;
    // (`CP 1047`, `HC 56`: a paper's reference number on its cover, not a heading.)
    if (/^[A-Z]{1,4} ?\d[\d/.-]*$/.test(heading)) continue;
    if (isAllCaps(heading) && !hasCells(first.text)) {
      // Capitals set in from the margin where prose is indented further are subsections (a man page's
      // `   GET NAME` under `DESCRIPTION`).
      if (indent > 0 && baseIndent >= 2 && indent < baseIndent) {
        candidates.push(unnumbered(b, first, 'caps:in', heading));
        continue;
      }
      // Unnumbered capitals head the top level: numbered headings after them do not nest under them.
      candidates.push(unnumbered(b, first, 'caps', heading, { topLevel: true, onBody: block.subhead === true }));
      continue;
    }
    // In documents whose prose is indented (RFCs), a short flush-left line is a heading.
    if (
      baseIndent >= 2 &&
      indentation(first.text) === 0 &&
      !BULLET_ITEM.test(heading) &&
      // (Nor is a note's mark or a report's box: `※ 문의처: ...`, `□ 중소기업의 ...`.)
      !/^[※□■◆▶]/.test(heading) &&
      /\p{L}/u.test(heading) &&
      heading.length <= 70 &&
      !isSentenceLike(heading) &&
      !SENTENCE_END.test(heading) &&
      !MARKED_SENTENCE.test(heading) &&
      matchDateCell(first.text) === null
    ) {
      candidates.push(unnumbered(b, first, 'outdent', heading, { topLevel: true }));
      continue;
    }
    // `APPENDIX: How to apply the License to your work.`: back matter, a full stop or not.
    // (`Dok.-Nr. 71-4420-03      Stand: 3. März 2024`: fields in columns, not a subhead.)
    const plain = isPlainHeading(heading) && matchDateCell(first.text) === null;
    if (plain || (heading.length <= LONGEST_BACK_MATTER && BACK_MATTER.test(heading))) {
      candidates.push(unnumbered(b, first, 'plain', heading, { onBody: block.subhead === true, centred: allCentred([first.text]) }));
    } else if (heading.endsWith('?')) {
      // FAQ questions: a style of their own, so they nest under the plain subheads that group them.
      // (Not one set in past the text: `Answers to these questions:` over the questions quoted.)
      const inFaq = callsItselfFaq(b) && indentation(first.text) <= baseIndent;
      if (isQuestionHeading(heading, inFaq)) candidates.push(unnumbered(b, first, 'question', heading, { inFaq }));
    }
  }
  // Where prose is indented and headings stand to its left (man pages: `   Simple Commands` over text at 7),
  // an unnumbered line at the prose's indentation is text (`An OR list has the form`, `BASH_COMPAT`).
  const indentOf = (c: Candidate): number => indentation((blocks[c.block] as TextBlock).lines[0]?.text ?? '');
  if (baseIndent >= 2 && candidates.some((c) => indentOf(c) < baseIndent)) {
    const inline = (c: Candidate): boolean =>
      (c.style === 'plain' || c.style === 'caps') &&
      indentOf(c) >= baseIndent &&
      !allCentred([(blocks[c.block] as TextBlock).lines[0]?.text ?? '']);
    if (candidates.some(inline)) return dropFew(candidates.filter((c) => !inline(c)));
  }
  return dropFew(candidates);
}

/** Styles too few to be structure, dropped. */
function dropFew(candidates: Candidate[]): Candidate[] {
  // One bracketed name over a `key: value` line is a note; a configuration file has several sections.
  // One or two date lines are a dateline or a signature date; a diary has many.
  const few = (style: string, least: number): boolean => candidates.filter((c) => c.style === style).length < least;
  // One `Q:` over an `A:` is an exchange in a letter or an interview; an FAQ has several.
  const dropIni = few('ini', 2);
  const dropDates = few('date', 3);
  const dropQa = few('qa', 2);
  return dropIni || dropDates || dropQa
    ? candidates.filter((c) => !((dropIni && c.style === 'ini') || (dropDates && c.style === 'date') || (dropQa && c.style === 'qa')))
    : candidates;
}

const LONGEST_BACK_MATTER = 80;

/** A programme's row opens with a time or a range of times (`10:45  Session 1`, `09:15-09:30   Welcome`). */
const CLOCK_TIME_PATTERN = /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s/i;
export const CLOCK_TIME = { test: (text: string): boolean => startsWithDigit(text) && CLOCK_TIME_PATTERN.test(text) };

/** A web address in a line: a link, not a heading or a title. */
export const WEB_ADDRESS = /\bhttps?:\/\/|\bwww\.\w/i;

/** A sentence with marks after it: `Calculate the total active thrust on the wall.   [18 marks]`. */
const MARKED_SENTENCE = /[.!?]\s*\[[^\]]{1,20}\]$/;

/** A field whose value is a date: `EVENT DATE/TIME: OCTOBER 24, 2024 / 12:30PM GMT`, `Date: 3 May 2024`. */
function isDateField(text: string): boolean {
  const colon = text.indexOf(': ');
  if (colon <= 0 || !hasDigit(text.slice(colon))) return false;
  return matchDateLine((text.slice(colon + 2).split(' / ')[0] as string).trim()) !== null;
}

/** A short line in ordinary case that could be a subhead: it reads like a title, not a sentence. */
function isPlainHeading(text: string): boolean {
  if (text.length > 70 || isDateField(text)) return false;
  // Starts with a capital or a digit. Korean has no capitals: a line opening with a Hangul syllable (`부칙`) may be a subhead too.
  const first = text.charCodeAt(0);
  const hangul = first >= 0xac00 && first <= 0xd7a3;
  const asciiCapitalOrDigit = (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
  if (!(hangul || asciiCapitalOrDigit || (first > 127 && /^[\p{Lu}\p{N}]/u.test(text)))) return false;
  // A final full stop ends a sentence, unless it ends an abbreviation (`About Acme Widgets, Inc.`); marks after
  // it do not hide it (`Calculate the total active thrust on the wall.   [18 marks]`).
  // (Nor does a line broken off with a dash: `Several hon. Members rose—`.)
  // (One word asking, `Questions?` over whom to ask, is a subhead like the others.)
  if (/[.!?:;,…。！？：；，—]["”’)]?$/.test(text) && !ENDS_ON_ABBREVIATION.test(text) && !ONE_WORD_QUESTION.test(text)) return false;
  if (MARKED_SENTENCE.test(text)) return false;
  const words = countWords(text);
  // `Ines Carvalho, Member, IEEE, and Tomasz Wrona`: two commas make a list of names, not a subhead.
  if (text.split(',').length > 2) return false;
  // `Serves 4 · Prep 20 min · Cook 1 hr`, `News | Sport | Weather`: fields or links, not a subhead.
  if (hasFieldSeparators(text)) return false;
  // (`Lecturer: Prof. A. Kumar      Scribes: J. Lee`: two fields on a line, a header's.)
  if ((text.match(FIELD_LABEL_END)?.length ?? 0) >= 2) return false;
  if (NUMERIC_FIELD.test(text) || DOCUMENT_NUMBER_LINE.test(text)) return false;
  // (`View this email in your browser: https://...` is a link.)
  if (WEB_ADDRESS.test(text)) return false;
  // (`Copyright [yyyy] [name of copyright owner]` is a notice; `PNG_IMAGE_SIZE(image)` is a term of code.)
  if (COPYRIGHT_NOTICE.test(text) || COPYRIGHT_HOLDER.test(text) || PLAIN_CODE_MARK.test(text)) return false;
  // (`The general conventions used throughout this manual include` leads into what follows: a sentence.)
  if (words >= 3 && DANGLING.has(text.slice(text.lastIndexOf(' ') + 1))) return false;
  // (`Posted on 14 February 2024 by Hannah Cole` is a byline with a date.)
  return words >= 1 && words <= 10 && !BYLINE.test(text) && matchDateLine(text) === null && findDateIn(text) === null;
}

const FIELD_SEPARATOR = /\s[·|•]\s/g;
/** Two separators or more between fields or links: `Serves 4 · Prep 20 min · Cook 1 hr`, `News | Sport | Weather`. */
export const hasFieldSeparators = (text: string): boolean => (text.match(FIELD_SEPARATOR)?.length ?? 0) >= 2;
const BY_ALONE_PATTERN = /^\s*(?:(?:written|screenplay|story|teleplay|directed|edited|translated|compiled|illustrated)\s+)?by\s*$/i;
const BY_ALONE = { test: (text: string): boolean => text.trimEnd().slice(-2).toLowerCase() === 'by' && BY_ALONE_PATTERN.test(text) };
const ONE_WORD_QUESTION = /^[A-Z][a-z]+\?$/;
const FIELD_LABEL_END = /[A-Za-z\u00c0-\u024f]:\s/g;
const CODE_MARK = /[_=*{}\\<>]|\w\(/;
/** (Element names, `<fontconfig>`, and functions, `open()`, may head a reference's sections.) */
const PLAIN_CODE_MARK = /[_=*{}\\]/;
/**
 * Words a title does not end on, but a sentence running on into a list or an example does. (Titles do
 * end on prepositions: `What we're looking for`.)
 */
const DANGLING = new Set('a an the and or nor but that which whose than include includes including is are was were be been'.split(' '));
/** `1999-2021, Software in the Public Interest`: the holder under a Sphinx page's copyright. */
const COPYRIGHT_HOLDER = /^\d{4}(?:\s?[-–]\s?\d{4})?,\s/;
/** `AYES: 5`, `Total: 1,204`: a field whose value is a number, not a heading. */
const NUMERIC_FIELD = /:\s*[\d£$€][\d.,%]*$/;
/** A document's number on a line of its own: `RFP No. AV-2024-117`, `Contract No. 2024/118`. */
export const DOCUMENT_NUMBER_LINE = {
  test: (text: string): boolean => text.includes(' No.') && DOCUMENT_NUMBER_PATTERN.test(text),
};
const DOCUMENT_NUMBER_PATTERN = /^[\p{L}.]+(?: [\p{L}.]+)? No\.:? ?[A-Z]{0,6}[-/]?\d[\w./-]*$/u;

/** A question standing alone as an FAQ heading: `How long can I keep a book?`. */
function isQuestionHeading(text: string, faq = false): boolean {
  if (text.length > 120 || !text.endsWith('?') || !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  const words = countWords(text);
  if (words < 2 || words > 16) return false;
  // (A comma is fine, `What is it, exactly?`; another sentence before the question is not, except in an FAQ,
  // where a short one sets the case: `My account is in credit. Can I get a refund?`.)
  const stops = text.slice(0, -1).match(/[.!?:;]\s/g)?.length ?? 0;
  return stops === 0 || (faq && stops === 1 && /^[^.!?:;]{3,40}\.\s+[\p{Lu}]/u.test(text));
}

function isAllCaps(text: string): boolean {
  if (hasLowercase(text) || text.length > 70) return false;
  // Stage and audience cues in transcripts: `[APPLAUSE]`, `(LAUGHTER)`.
  if (/^[[(].*[\])]$/.test(text)) return false;
  const capitals = text.match(LETTERS.regexp)?.length ?? 0;
  if (capitals < 3) return false;
  if (countWords(text) > 10) return false;
  if (NUMERIC_FIELD.test(text) || DOCUMENT_NUMBER_LINE.test(text)) return false;
  if (isDateField(text)) return false;
  // Code in capitals: identifiers, settings and formulas (`PNG_FORMAT_*`, `CPPFLAGS=-DPNG_NO_FLOAT`, `Y = 0.2 * R`).
  if (CODE_MARK.test(text)) return false;
  // Speech, stage directions and sign-offs (`APPLAUSE.`, `FINIS.`) end like sentences.
  return !/[.!?,;:！？。]["”’]?$/u.test(text);
}

function bareNumberChapter(blocks: TextBlock[], b: number): boolean {
  const before = blocks[b - 1];
  const after = blocks[b + 1];
  if (after === undefined || after.kind !== 'prose') return false;
  const last = collapseSpace(before?.lines[before.lines.length - 1]?.text ?? '');
  const ended = before === undefined || before.lines.length === 1 || SENTENCE_END.test(last);
  return ended && /^["“‘'(\p{Lu}]/u.test((after.lines[0] as SourceLine).text.trim());
}

/** The line after a block's first: its second, or the next block's first. */
/** A block of running text: wrapped over lines, or one sentence. */
function isParagraph(block: TextBlock | undefined): boolean {
  if (block === undefined || block.kind !== 'prose') return false;
  return block.lines.length >= 2 || isSentenceLike(headingText((block.lines[0] as SourceLine).text));
}

function nextLineText(blocks: TextBlock[], b: number): string {
  const block = blocks[b] as TextBlock;
  return ((block.lines.length > 1 ? block.lines[1] : blocks[b + 1]?.lines[0])?.text ?? '').trim();
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
  // A title in capitals may end with a full stop (`THE NEW KEEPER.`); one in lower case would be a sentence,
  // marks after it or not (`Calculate the total active thrust on the wall.   [18 marks]`).
  const sentence = (SENTENCE_END.test(title) || MARKED_SENTENCE.test(title)) && hasLowercase(title) && countWords(title) > 3;
  if (title === '' || title.length > 100 || isSentenceLike(title) || sentence || matchLabel(title)) return;
  // The block after the title line must be something else (a body or another heading).
  candidate.title = title;
  candidate.heading = `${candidate.heading} ${title}`;
  candidate.titleBlock = b + 1;
}
