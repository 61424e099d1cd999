/**
 * The title: the first line that stands apart at the top, and once it is
 * known, the headings that only echo it.
 */

import { lazy } from '../lazy-regexp.js';
import { indentation, type SourceLine } from '../lines.js';
import { matchLabel } from '../numbering.js';
import {
  BYLINE,
  collapseSpace,
  countWords,
  ENDS_ON_ABBREVIATION,
  endsWithDigit,
  hasDigit,
  hasLowercase,
  hasNoLetters,
  SENTENCE_END,
  startsLowercase,
  startsWithDigit,
  WRAPPED_ON,
} from '../text.js';
import { allCentred, hasCells, type TextBlock } from './blocks.js';
import {
  BACK_MATTER,
  type Candidate,
  DOCUMENT_NUMBER_LINE,
  hasFieldSeparators,
  isTitleCase,
  isTitleText,
  WEB_ADDRESS,
} from './candidates.js';
import { findDateIn, matchDateLine } from './dates.js';
import { headingText } from './heading-text.js';

/** A postcode closing a line: British (`AV1 2QT`) or American (`NY 10001`). (Not bare digits: a title may end on a year.) */
const POSTCODE_END = /(?:\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\b[A-Z]{2}\s\d{5}(?:-\d{4})?)$/;

// Each test runs only where it can match: compiling these regexes is a real part of a short run, and
// most title lines would fail every one of them. So a test whose pattern needs a digit, a bracket or a
// short line checks that first (the long case-insensitive patterns cost 40-70 us each to compile).
const NOT_TITLE: ((text: string) => boolean)[] = [
  // ornaments: `***`, `❦` (no letters at all)
  hasNoLetters,
  // bracketed notes, `(A Nonprofit Corporation)`
  (text) => '[(（<'.includes(text.charAt(0)) && /^[[(（<].*[\])）>]$/.test(text),
  // bylines
  (text) => BYLINE.test(text),
  // a web address (`View this email in your browser: https://...`)
  (text) => WEB_ADDRESS.test(text),
  // a postal address, its parts between commas, closing on a postcode (`County Hall, Market Street, Ashford Vale AV1 2QT`)
  (text) => text.split(',').length >= 3 && POSTCODE_END.test(text),
  (text) =>
    (text.length <= 40 || text.slice(0, 9).toLowerCase() === 'embargoed') &&
    /^((united states |provisional |international )?patent application|working paper|discussion paper|(?:final |interim |progress )(?:technical |project )?report|(?:edited |unedited |corrected |final )?transcript|for immediate release|(press|news|media) release|media advisory|embargoed\b.*|新闻稿|新闻通稿|보\s*도\s*(?:참\s*고\s*)?자\s*료|nghị định|thông tư|quyết định|nghị quyết|chỉ thị|pháp lệnh|федеральный закон|российская федерация)$/i.test(
      text,
    ),
  // Standard numbers: `ISO/IEC 27001:2022`, `BS EN 1090-2:2018`, `WS 4471:2024`; a draft's `ISO/DIS 31999-2`.
  // (Without the year only with a slash: `WIDGET 3` may be a product's name.)
  (text) =>
    hasDigit(text) &&
    (/^[A-Z]{2,6}(?:\/[A-Z]{2,6})*(?: [A-Z]{2,6})* \d{1,6}(?:-\d{1,3})*:\d{4}(?:\([A-Z]\))?$/.test(text) ||
      /^[A-Z]{2,6}(?:\/[A-Z]{2,6})+(?: [A-Z]{2,6})* \d{1,6}(?:-\d{1,3})*$/.test(text)),
  // document numbers (`2024 CHAPTER 17`, the number of a UK Act; `Engineering Procedure EP-204`)
  (text) =>
    hasDigit(text) &&
    /(procedure|policy|standard|specification|instruction|circular|bulletin)\s+[A-Z]{1,6}-?\d{1,6}(?:[-.]\d+)*(?:,.*)?$/i.test(text),
  (text) => endsWithDigit(text) && /^\d{4}\s+(chapter|c\.|no\.?|nr\.?)\s*\d+$/i.test(text),
  // a law's number (`PUBLIC ACT 24-117`, `Public Law 117-58`, `Ordinance 2024-12`)
  (text) =>
    hasDigit(text) && /^((public|private|session) )?(act|law|bill|ordinance|resolution|order|decree)\s+(no\.?\s*)?\d[\d-]*$/i.test(text),
  (text) => hasDigit(text) && (/\b(no\.|number|rfc):?\s*\d/i.test(text) || DOCUMENT_NUMBER_LINE.test(text)),
  (text) => (text.includes('〔') || text.endsWith('号') || text.endsWith('文件')) && /〔\d{4}〕|\d+号$|文件$/.test(text),
  // A law's number in its official collection: Czech `110/2019 Sb.`, Slovak `18/2018 Z. z.`.
  (text) => startsWithDigit(text) && /^\d{1,4}\/\d{4}\s+(?:Sb\.|Z\.\s?z\.)$/.test(text),
  // A journal's kind of article above its title (`Research papers`, `Original article`, `Short communication`).
  (text) =>
    text.length <= 24 &&
    /^(research (papers?|articles?)|original (research|articles?|papers?)|review( articles?)?|short communications?|brief reports?|case reports?|letters? to the editor|editorial)$/i.test(
      text,
    ),
  // Links or fields in a row: `Print this page | Share | Subscribe to updates`, `Serves 4 · Prep 20 min · Cook 1 hr`.
  hasFieldSeparators,
  // Header fields: `Classification: OFFICIAL`, `Status: Draft`, but not a headline with a colon (`Breaking: Markets rally`),
  // nor a title in capitals (`LANTERNWAKE: THE DROWNED KINGDOM`).
  (text) =>
    text.includes(':') &&
    (/^(classification|status|version|author|authors|editor|category|distribution|obsoletes|updates|issn|isbn|ref|reference|file|subject|to|from|cc|keywords|tags|language|source|security|confidential|copyright|prepared for|prepared by|contact)\s*:\s+\S.{0,40}$/i.test(
      text,
    ) ||
      (/^[\p{L}][\p{L}.]*(?: [\p{L}.]+)?:\s+[^\p{Ll}]{1,40}$/u.test(text) && hasLowercase(text))),
];
const isNotTitle = (text: string): boolean => NOT_TITLE.some((test) => test(text));
const DOCUMENT_NUMBER =
  /^.{0,40}\b((no\.|number)\s*\d|(procedure|policy|standard|specification|instruction|circular|bulletin)\s+[A-Z]{1,6}-?\d{1,6}(?:[-.]\d+)*(?:,.*)?$)/i;
/** Issuers printed above the title: an office, an institute, a city. */
const ISSUER = lazy(
  () =>
    /^(.*\b(institute|university|department|ministry|office|school|college|academy|bureau|agency|foundation|fund|trust|council|centre|center|society|association|secretariat) (of|for) \S.*|(the )?(city|county|state|town|village|borough|shire|district|municipality|republic|kingdom|province|commonwealth) of \S.*|.*\b(office|institute|university|college|department|ministry|agency|council|bureau|commission|committee|laboratory|laboratories|inc\.?|incorporated|ltd\.?|limited|llc|llp|plc|gmbh|ab|ag|corporation|company|society|school|hospital|authority|service|government|board|trust|foundation|association|federation|partnership|institution|organi[sz]ation|group)|(ayuntamiento|município|municipio|câmara|freguesia|comune|gobierno|governo|ministerio|ministero|ministério|junta|diputación|universidad|università|universidade|prefeitura|câmara municipal|consejería|regione|generalitat|città|citta|provincia) .*|.*(办公厅|人民政府|委员会|办公室))$/i,
);

/** A line that names a kind of document (`REGULATION ... OF THE COUNCIL`, `Minutes of ... Council`) is a title, not its issuer. */
const DOCUMENT_KIND =
  /^(terms|regulation|directive|decision|resolution|recommendation|minutes|agenda|report|notice|order|decree|act|agreement|contract|policy|statement|opinion|judgment|judgement|memorandum|charter|constitution|proclamation|protocol|treaty|convention)\b/i;
/** Titles that end in the kind of document they head. */
const NAMES_DOCUMENT =
  /\b(agreement|contract|policy|report|regulations|by-?laws|constitution|charter|minutes|handbook|manual|guidelines|specification|statement|notice|terms of (?:service|use)|terms and conditions|memorandum|proposal|ordinance|code of conduct)$/i;
/** Words that name a first section rather than a document (`Introduction`, `Overview`). */
const SECTION_WORD = lazy(
  () =>
    /^(introduction|overview|background|summary|abstract|description|about|preface|foreword|purpose|scope|installation|install|usage|requirements|getting started|quick start|contents|notes|history|changes|news|testing|synopsis|name)$/i,
);
/** Courts print their name above the case: `IN THE SUPREME COURT OF THE STATE OF ...`, `United States District Court`. */
const COURT = lazy(() => /^(in the\s+)?([\p{L}.' ]+\s)?court(\s+(of|for)\s.*)?$/iu);

/**
 * The title is the first line that stands apart at the top: a single line, a
 * centred title-page block or an underlined line, skipping what sits above a
 * title (ornaments, issuers, document numbers, a one-word section kicker,
 * `FOR IMMEDIATE RELEASE`). A numbered heading or a paragraph first: no title.
 * An unnumbered line whose style is used again for sections with bodies is the
 * first section, not the title, unless it is centred like a title.
 */
export function findTitleBlock(blocks: TextBlock[], headings: Candidate[], candidates: Candidate[]): number {
  const headingAt = new Map(headings.map((h) => [h.block, h]));
  const candidateAt = new Map(candidates.map((c) => [c.block, c]));
  const lineText = (b: number): string | null => {
    const block = blocks[b];
    if (!block || block.kind === 'preformatted') return null;
    const count = titleLineCount(block);
    const many = block.lines.length > 1 && block.kind !== 'underlined';
    // (A title straight over its date line, `Ambient Light Hints` / `05 March 2024`, is a title too; so is one over
    // its fields, `Code of Conduct` / `Effective date: 1 July 2024` / `Owner: People & Culture team`.)
    // (Or over its authors and date, as pandoc's title block sets them: `Ines Calloway and Tomasz Wrobel` / `12 February 2024`.)
    // (Four lines under it at most: a paragraph of thousands is no title block, and is not read line by line.)
    const under = block.lines.length <= 5 ? block.lines.slice(1).map((l) => headingText(l.text)) : [];
    const dated = under.some((t) => matchDateLine(t) !== null);
    const overDate =
      under.length > 0 &&
      !FIELD_LINE.test((block.lines[0] as SourceLine).text) &&
      (under.every((t) => FIELD_LINE.test(t)) ||
        (dated && under.every((t) => matchDateLine(t) !== null || AUTHOR_LINE.test(t) || BYLINE.test(t))));
    // (A block of more than twelve lines is read as centred or not no further: a paragraph of thousands would be mapped
    // whole.)
    const centred = (): boolean => {
      if (block.lines.length > 12) return false;
      const texts = block.lines.map((l) => l.text);
      return allCentred(texts) || isCentredPair(texts);
    };
    if (many && count === 1 && !isSubtitled(block) && !overDate && !centred()) return null;
    return headingText(
      block.lines
        .slice(0, count)
        .map((l) => l.text)
        .join(' '),
    );
  };
  let skipped = false;
  for (let b = 0; b < Math.min(blocks.length, 12); b++) {
    const block = blocks[b] as TextBlock;
    // RFC-style header columns come before the title; so do lines set to the right of a cover page
    // (`INTERNATIONAL` / `STANDARD`, `ISO` / `24512`).
    if (block.kind === 'preformatted' && b === 0) continue;
    if (block.lines.every((l) => indentation(l.text) >= 40)) continue;
    // So does a header row of cells over a centred title (`CS 4820: Introduction to ...        Fall 2023`).
    const below = blocks[b + 1];
    // (A Vietnamese decree's letterhead is three such rows, with a rule among them.)
    const headerRow = (b === 0 || skipped) && block.lines.length === 1 && hasCells((block.lines[0] as SourceLine).text);
    if (b > 0 && skipped && block.lines.length === 1 && hasNoLetters((block.lines[0] as SourceLine).text)) continue;
    // (Or a letterhead in cells over a title line: `GEMEENTEBLAD      Officiële uitgave van de gemeente ...`; not a
    // title with its mode line: `GNU grep NEWS      -*- outline -*-`.)
    const letterhead = below?.lines.length === 1 && !(block.lines[0] as SourceLine).text.includes('-*-');
    if (headerRow && below !== undefined && (allCentred(below.lines.map((l) => l.text)) || letterhead)) {
      skipped = true;
      continue;
    }
    // So does an official journal's masthead (`Official Journal` / `of the European Union` / `L series` / its number).
    if (b <= 2 && OFFICIAL_JOURNAL.test((block.lines[0] as SourceLine).text)) {
      skipped = true;
      continue;
    }
    // So does a block of fields (`URL: http://...` / `Cite as: [2024] EWHC 512 (Ch)`), or a table of them in cells (a
    // press release's `배포일시  2024. 3. 18.(월) 09:00<tab>담당부서  ...`).
    if (block.lines.length > 1 && block.lines.every((l) => FIELD_LINE.test(l.text))) continue;
    const cells = block.lines.filter((l) => hasCells(l.text)).length;
    if (b <= 3 && cells >= 2 && block.lines.every((l) => hasCells(l.text) || indentation(l.text) >= 20)) continue;
    // A bracketed note (`[Transcriber's Note: ...]`) above the title.
    const whole = block.lines.length <= 6 ? collapseSpace(block.lines.map((l) => l.text).join(' ')) : '';
    if (/^\[.*\]$/su.test(whole)) {
      skipped = true;
      continue;
    }
    const text = lineText(b);
    if (text === null || text === '') return -1;
    // (Unless it is set in the middle over its date and heads nothing: `Lecture 7: Network Flow I` over `September 21,
    // 2023`, a lecture's sections being numbered 7.1, 7.2.)
    const titlePage = (): boolean => !headingAt.has(b) && isDated(block) && allCentred(block.lines.map((l) => l.text));
    if ((candidateAt.get(b)?.label || candidateAt.get(b)?.style === 'contents' || matchLabel(text)) && !titlePage()) return -1;
    if (matchDateLine(text) || findDateIn(text) || isNotTitle(text)) {
      skipped = true;
      continue;
    }
    if (!isTitleText(text)) return -1;
    let next: string | null = null;
    for (let k = b + 1; k <= b + 3 && next === null; k++) {
      const t = lineText(k);
      if (t === null || t === '') break;
      if (!isNotTitle(t)) next = t;
    }
    // (A date under the line is its dateline, not a title the line could be the issuer of.)
    const nextIsTitle = next !== null && isTitleText(next) && !matchLabel(next) && !matchDateLine(next) && !findDateIn(next);
    // An issuer or a one-word kicker (`Europe`) above the real title.
    const heading = headingAt.get(b);
    // (Not the first of several sections in its style: `NAME` over a man page's one-line name section.)
    const firstSection = heading !== undefined && headings.filter((h) => h.style === heading.style).length > 1;
    // (Not when the next line goes on in lower case: `BYLAWS` / `of the ... Association`, `УСТАВ` / `муниципального ...`.)
    const kicker =
      countWords(text) === 1 &&
      countWords(next ?? '') >= 3 &&
      block.kind === 'prose' &&
      !SENTENCE_END.test(next ?? '') &&
      !firstSection &&
      !startsLowercase(next ?? '');
    // (A letterhead in capitals set directly over a document number, `NORTHGATE WATER SERVICES` / `Engineering Procedure EP-204`.)
    const stacked = blocks[b + 1]?.lines[0]?.line === (block.lines[0]?.line ?? 0) + 1;
    const numbered = stacked && /[A-Z]{2}/.test(text) && !hasLowercase(text) && DOCUMENT_NUMBER.test(lineText(b + 1) ?? '');
    // (Asked only over a title: the issuer patterns are large.)
    // (A letterhead may run on with the address: `Nordtal Haustechnik GmbH · Industriestraße 14 · 72250 Freudenstadt`.)
    const name = text.split(/\s[·|•]\s/, 1)[0] as string;
    // (A centred block of the issuer's lines counts whole: `UNITED STATES` / `SECURITIES AND EXCHANGE COMMISSION`.)
    const centredBlock = block.lines.length > 1 && block.kind === 'prose' && allCentred(block.lines.map((l) => l.text));
    const issuerLines = centredBlock ? block.lines.slice(1).map((l) => headingText(l.text)) : [];
    const isIssuer = (): boolean =>
      (ISSUER.test(name) && !DOCUMENT_KIND.test(name)) ||
      (/court/i.test(text) && COURT.test(text)) ||
      numbered ||
      issuerLines.some((line) => ISSUER.test(line) && !DOCUMENT_KIND.test(line));
    // (A brand in capitals over a line that names the document, `HALVORSEN WATER SYSTEMS` over `RO-500 ...
    // User Manual`, is its maker's.)
    // (Not over the kind alone, `Instruction Manual` under the product's name; nor a line that names a kind itself.)
    const brand =
      next !== null &&
      !hasLowercase(text) &&
      NAMES_DOCUMENT.test(next) &&
      countWords(next) >= 4 &&
      !/\b(reports?|statements?|minutes|manual|handbook|polic(y|ies)|guide|plan|agreement|notice)\b/i.test(text);
    if (nextIsTitle && (kicker || brand || isIssuer())) {
      skipped = true;
      continue;
    }
    // Below an issuer or a banner, the line is the title whatever it looks like; so is an underlined line,
    // unless its underline heads two sections more (NEWS: `Noteworthy changes in release 6.1` / `=====`, and
    // 6.0 and 5.19 underlined alike), as several `#` headings in Markdown are none of them the title.
    const underlinedTitle = block.kind === 'underlined' && headings.filter((h) => h.style === heading?.style).length < 3;
    // (But a name alone at the top, `libspindle`, is the title of a README whose sections are underlined alike: a
    // release heading has a number, a first section a common word.)
    const underlinedName =
      block.kind === 'underlined' &&
      b === 0 &&
      countWords(text) <= 2 &&
      !/\d/.test(text) &&
      !SECTION_WORD.test(text) &&
      !BACK_MATTER.test(text);
    if (!heading || skipped || underlinedTitle || underlinedName || allCentred(block.lines.map((l) => l.text))) return b;
    // A line that names the document (`MASTER SERVICES AGREEMENT`, `Privacy Policy`) is its title, even in a style its sections share.
    if (countWords(text) >= 2 && NAMES_DOCUMENT.test(text)) return b;
    // The first of several sections, straight on top of its text: no title. (Back matter, `Appendix: Pool
    // metrics`, says nothing of the top: any text may close with one.)
    const sameStyle = headings.filter((h) => h.style === heading.style && (h === heading || !BACK_MATTER.test(h.heading)));
    const body = blocks[b + 1];
    // (Short lines under it without a full stop, such as authors and affiliations, are not its text.)
    const prose = (block: TextBlock): boolean =>
      block.lines.length > 1 && SENTENCE_END.test(collapseSpace(block.lines[block.lines.length - 1]?.text ?? ''));
    // (Text indented under a flush-left line, as in a man page, is that line's body however short.)
    const hanging = (block: TextBlock): boolean =>
      block.lines.every((l) => indentation(l.text) >= indentation(blocks[b]?.lines[0]?.text ?? '') + 2);
    const hasBody = body !== undefined && !headingAt.has(b + 1) && (body.kind === 'preformatted' || prose(body) || hanging(body));
    return sameStyle.length === 1 || !hasBody ? b : -1;
  }
  return -1;
}

/** A block whose last line is a date line. */
function isDated(block: TextBlock): boolean {
  const last = block.lines[block.lines.length - 1];
  return block.lines.length >= 2 && last !== undefined && matchDateLine(headingText(last.text)) !== null;
}

/**
 * How many of a title block's first lines are the title: all of a wrapped title, the first two of a
 * paper's title run on into its authors (pdftotext: `Groundwater salinisation beneath ...: a` / `four-year
 * monitoring study ...` / `Miriam Okafor a,*, Tomas Lindqvist b`), otherwise one.
 */
export function titleLineCount(block: TextBlock): number {
  if (isWrappedTitle(block)) return block.lines.length;
  if (block.kind !== 'prose' || block.lines.length < 3) return 1;
  const [first, second, third] = block.lines.map((l) => l.text) as [string, string, string];
  return goesOnInLowercase(first, second) && AUTHOR_LINE.test(third.trim()) ? 2 : 1;
}

/** A title's second line, going on from its first in lower case at the same indentation (`... and test` / `methods`). */
function goesOnInLowercase(first: string, second: string): boolean {
  return (
    // (Or shorter, broken after a joining word: `Chronic cough in adults: assessment and` / `management`.)
    (first.trim().length >= 40 || (first.trim().length >= 25 && WRAPPED_ON.test(first.trimEnd()))) &&
    indentation(first) === indentation(second) &&
    startsLowercase(second.trim()) &&
    !SENTENCE_END.test(second.trimEnd()) &&
    isTitleText(collapseSpace(`${first} ${second}`))
  );
}
/** Names separated by commas or `and`, with affiliation marks (`Miriam Okafor a,*, Tomas Lindqvist b`). */
const NAME = "\\p{Lu}[\\p{L}'.-]+(?: (?:(?:van|von|de|der|den|da|di|del|du|le|la|dos|al|bin) )*\\p{Lu}[\\p{L}'.-]+)+[ ,*†‡\\d\\p{Ll}]{0,6}";
const AUTHOR_LINE = lazy(() => new RegExp(`^${NAME}(?:(?:,| and) ${NAME})+$`, 'u'));

/**
 * A long title wrapped over two or three lines: in capitals (`A RESOLUTION OF THE BOARD OF ... / DISTRICT
 * ADOPTING A POLICY ...`), or broken after a comma (`Audit of the Regional Broadband Grant Program, /
 * Fiscal Years 2021 Through 2023`). The whole block is the title.
 */
const OFFICIAL_JOURNAL =
  /^\s*(?:official journal|federal register|(?:official )?gazette|journal officiel|amtsblatt|bundesgesetzblatt|boletín oficial|gazzetta ufficiale|diário oficial|diario oficial|staatsblad)\b/i;
/** A field: `Cite as: [2024] EWHC 512 (Ch)`, `Version: 1.3`. */
const FIELD_LINE = /^\s*[\p{L}][\p{L} .-]{0,30}:\s+\S/u;

/**
 * A title line with its subtitle under it, flush together (`PSYC2104 Research Methods and Statistics II` /
 * `Course Handbook - Semester 1, 2025`): two short lines at one indentation, neither a sentence, a label, a
 * date or a field, and the second not going on in lower case. The first is the title.
 */
function isSubtitled(block: TextBlock): boolean {
  if (block.kind !== 'prose' || block.lines.length !== 2) return false;
  const [first, second] = block.lines.map((l) => l.text) as [string, string];
  if (first.length > 100 || second.length > 100) return false;
  // (A subtitle between dashes, a press release's `- 올해 1,200개 기업 대상, 총 480억원 투입 -`, may sit anywhere.)
  if (/^\s*[-–—]\s.*\S\s[-–—]\s*$/.test(second) && !SENTENCE_END.test(first.trimEnd()) && matchLabel(headingText(first)) === null) {
    return true;
  }
  if (indentation(first) !== indentation(second)) return false;
  return [first, second].every((line) => {
    const text = headingText(line);
    return (
      text.length >= 3 &&
      (!SENTENCE_END.test(text) || ENDS_ON_ABBREVIATION.test(text)) &&
      !startsLowercase(text) &&
      !FIELD_LINE.test(text) &&
      matchLabel(text) === null &&
      matchDateLine(text) === null &&
      isTitleText(text)
    );
  });
}

/**
 * Two lines centred on each other where the first nearly fills the line (`   Low-Cost Soil Moisture Sensing Networks
 * for Smallholder Irrigation` / `                               Scheduling`): a title page's wrapped title, which
 * allCentred misses for the first line's small indent.
 */
function isCentredPair(texts: string[]): boolean {
  if (texts.length !== 2) return false;
  const [first, second] = texts as [string, string];
  const centre = (t: string): number => indentation(t) + t.trim().length / 2;
  return indentation(first) >= 2 && indentation(second) >= 8 && Math.abs(centre(first) - centre(second)) <= 4;
}

export function isWrappedTitle(block: TextBlock): boolean {
  if (block.kind !== 'prose' || block.lines.length < 2 || block.lines.length > 3) return false;
  const texts = block.lines.map((l) => l.text);
  const first = (texts[0] as string).trim();
  if (first.length < 30 || texts.some((t) => t.length > 120)) return false;
  const joined = collapseSpace(texts.join(' '));
  if (SENTENCE_END.test(joined)) return false;
  // (Centred, a long first line goes on in the next: `Cooling the Classroom: Urban Heat Exposure and Thermal` /
  // `Comfort in Naturally Ventilated Primary Schools`; a title over its subtitle is set shorter.)
  if (allCentred(texts) || isCentredPair(texts)) {
    const second = (texts[1] as string).trim();
    return (
      block.lines.length === 2 && first.length >= 45 && !/[,;:.!?]$/.test(first) && /^\p{Lu}\p{Ll}/u.test(second) && isTitleText(joined)
    );
  }
  if (!texts.some(hasLowercase)) return first.length >= 40;
  // (A line that goes on in lower case is the same title: `... Requirements and test` / `methods`.)
  if (block.lines.length === 2 && goesOnInLowercase(texts[0] as string, texts[1] as string)) return true;
  // (Mixed case: each line after the comma goes on with a capital, as titles do and addresses of short lines do not;
  // or, in title case, after a word no title ends on: `A Randomised ... Phase II Study of` / `Verentide in Adults ...`.)
  const brokenOnWord = WRAPPED_ON.test(first) && isTitleCase(joined) && countWords(joined) <= 24;
  return (
    block.lines.length === 2 &&
    (first.endsWith(',') || brokenOnWord) &&
    /^\s*\p{Lu}/u.test(texts[1] as string) &&
    isTitleText(joined) &&
    countWords(joined) <= 24
  );
}

/**
 * Once the title is known: its echoes (a half-title repeated before chapter
 * one, the title block at the top of page 1) and an rST-style subtitle right
 * under it (an adornment used nowhere else) are not headings.
 */
export function dropTitleEchoes(headings: Candidate[], blocks: TextBlock[], titleBlock: number, title: string): Candidate[] {
  const key = title.toLowerCase();
  const styleCount = new Map<string, number>();
  for (const h of headings) styleCount.set(h.style, (styleCount.get(h.style) ?? 0) + 1);
  return headings.filter((h) => {
    if (h.block === titleBlock || h.heading.toLowerCase() === key) return false;
    // A kicker above the title (`Europe`) is not a section.
    if (h.block < titleBlock && h.label === null) return false;
    // A line set directly under a one-line title, with no blank between (`Course Syllabus, Spring Term 2025`), is its subtitle.
    const titleLines = blocks[titleBlock]?.lines ?? [];
    const subtitle =
      h.label === null &&
      h.block === titleBlock + 1 &&
      titleLines.length === 1 &&
      blocks[h.block]?.lines[0]?.line === (titleLines[0]?.line ?? 0) + 1;
    if (subtitle) return false;
    // A document number or header field under the title (`2024 CHAPTER 17`) is not a section.
    if (h.label === null && h.block === titleBlock + 1 && isNotTitle(h.heading)) return false;
    const adorned = blocks[h.block]?.kind === 'underlined';
    return !(adorned && h.block === titleBlock + 1 && styleCount.get(h.style) === 1);
  });
}
