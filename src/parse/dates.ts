/**
 * Dates: a line that is a date, a date inside a line (parenthesised, a
 * dateline, a status line), and the document's own date among its blocks.
 */

import { lazy } from '../lazy-regexp.js';
import type { SourceLine } from '../lines.js';
import { collapseSpace } from '../text.js';
import type { TextBlock } from './blocks.js';
import { headingText, LONGEST_HEADING } from './heading-text.js';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const TIME = '(?:[ T,]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}|Z))?)?';
// `Tuesday, ` or, in mail headers, `Tue, `.
const WEEKDAY = '(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun),?\\s+)?';
const FRENCH_MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const ROMANCE_MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|oktober';
const ARABIC_MONTHS = 'يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر';
const RUSSIAN_MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const GERMAN_MONTHS = 'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
// (Norwegian, Danish and Swedish months: `12. desember 2023`, `3. marts 2024`, `12 maj 2024`.)
const NORDIC_MONTHS =
  'januar|januari|februar|februari|mars|marts|april|mai|maj|juni|juli|august|augusti|september|oktober|november|desember|december';
// (Czech and Polish months as dates write them, in the genitive: `12. března 2019`, `12 marca 2019`.)
const SLAVIC_MONTHS =
  'ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia';
const DATE_PATTERNS = [
  `\\d{4}-\\d{1,2}-\\d{1,2}${TIME}`,
  `\\d{4}/\\d{1,2}/\\d{1,2}${TIME}`,
  `\\d{1,2}[./]\\d{1,2}[./]\\d{4}${TIME}`,
  `${WEEKDAY}(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}${TIME}`,
  `${WEEKDAY}\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}${TIME}`,
  // Legal instruments: `this 12th day of March, 2024`.
  `\\d{1,2}(?:st|nd|rd|th)?\\s+day\\s+of\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}`,
  `(?:${MONTHS})\\.?\\s+\\d{4}`,
  // French and German: `12 mars 2024`, `1er juillet 1901`, `12. März 2024`.
  `\\d{1,2}(?:er)?\\s+(?:${FRENCH_MONTHS})\\s+\\d{4}`,
  `\\d{1,2}\\.\\s*(?:${GERMAN_MONTHS})\\s+\\d{4}`,
  `\\d{1,2}\\.?\\s+(?:${SLAVIC_MONTHS})\\s+\\d{4}`,
  `\\d{1,2}\\.?\\s+(?:${NORDIC_MONTHS})\\s+\\d{4}`,
  // Spanish, Portuguese, Italian and Dutch: `12 de marzo de 2024`, `1º de março de 2024`, `12 marzo 2024`, `9 maart 2024`.
  `\\d{1,2}[º°]?\\s+(?:de\\s+)?(?:${ROMANCE_MONTHS})\\s+(?:de\\s+|del\\s+)?\\d{4}`,
  // Spanish, Portuguese, Italian and Dutch month and year: `marzo de 2024`, `maart 2024`.
  `(?:${ROMANCE_MONTHS})\\s+(?:de\\s+|del\\s+)?\\d{4}`,
  // Russian: `27 июля 2006 года`, `12 марта 2024 г.`.
  `\\d{1,2}\\s+(?:${RUSSIAN_MONTHS})\\s+\\d{4}(?:\\s+(?:года|г\\.))?`,
  // Vietnamese: `ngày 15 tháng 3 năm 2024`; Arabic: `13 فبراير 2023`.
  `ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}`,
  `\\d{1,2}\\s+(?:${ARABIC_MONTHS})\\s+\\d{4}`,
  // Korean: `2024년 3월 5일`, and as press releases write it, `2024. 3. 18.`.
  `\\d{4}년\\s*\\d{1,2}월\\s*\\d{1,2}일`,
  `\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.`,
  `\\d{1,2}-(?:${MONTHS})-\\d{2,4}`,
  `\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:\\s*\\d{1,2}[:：]\\d{2})?`,
  `[一二三四五六七八九十〇○零]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日`,
  // Japanese era years: `令和6年3月22日`, `平成元年4月1日`.
  `(?:令和|平成|昭和)\\s*(?:\\d{1,2}|[０-９]{1,2}|元)\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日`,
];
const DATE = `(${DATE_PATTERNS.join('|')})`;
/** A note in brackets after a date: `4 June 2024 (changes since the draft are marked *)`, `(Resolution 2024-61)`. */
const NOTE = '(?:\\s*\\([^()]{1,80}\\))?';
/** What may follow a whole line's date: a clock time after the weekday in brackets (`2024. 3. 18.(월) 09:00`), or
 * the era after an Arabic year (`2023م`). */
const AFTER_DATE = '(?:\\s+(?:/\\s+)?\\d{1,2}:\\d{2}(?:\\s?[AaPp][Mm])?(?:\\s+[A-Z]{2,4})?|م)?';
// A whole line that is a date, perhaps after a label: `Issued: 22 March 2023`, `:Date: 2023-03-22`, `Adopted March 22, 2023`,
// or any one word in -ed (`Recorded April 3, 2024`, `Amended ...`).
const DATE_LINE = lazy(
  () =>
    new RegExp(
      `^:?(?:(?:[\\p{L}][\\p{L} ./]{0,24}?\\s*[:：]:?|[a-z]{2,}ed|effective|of|(?:in der fassung )?vom|stand|version consolidée au|ze dne|z dnia)(?:\\s+on)?\\s*)?${DATE}\\.?${NOTE}${AFTER_DATE}$`,
      'iu',
    ),
);
// `（2023年3月22日）`, `（2023年3月22日滨江市人民政府…通过）`, `[21st March 2024]`: the date opens a bracketed line.
const PAREN_DATE = lazy(() => new RegExp(`^[（(\\[]${DATE}`, 'iu'));
// A wire-service dateline: `SPRINGFIELD, Ill., March 22, 2023 /PRNewswire/ -- ...`.
// The place is in capitals (case-sensitive), the date in any case.
const DATELINE_PLACE = lazy(() => /^\p{Lu}{2}[\p{Lu} .'-]*,\s+(?:[\p{L}.]+,\s+)?/u);
const DATE_FIRST = lazy(() => new RegExp(`^${DATE}(?![\\p{L}\\p{N}])`, 'iu'));
// `Status: draft, last updated 22 March 2023`: a short status line that ends with its date.
const UPDATED_DATE = lazy(
  () => new RegExp(`\\b(?:updated|dated|published|revised|issued|released|posted|adopted)(?:\\s+on)?:?\\s+${DATE}\\.?$`, 'iu'),
);
// `Held on Tuesday 12 March 2024 at 7.30 pm in the Village Hall`: minutes and judgments open with the occasion's date.
// (Or its second line: `Held in the Council Chambers, ...` / `on Tuesday 19 March 2024, commencing at 6.00pm`.)
const LEAD_DATE = lazy(() => new RegExp(`^(?:(?:held|decided|delivered|signed|dated)(?:\\s+on)?|on):?\\s+${DATE}(?![\\p{L}\\p{N}])`, 'iu'));
// `Issue 47 -- March 2024`, `Vol. 3 | 12 March 2024`, `Spring report, May 2024`: an issue line that ends with its date after a separator.
const SEPARATED_DATE = lazy(() => new RegExp(`(?:\\s(?:--|[—–|·•])|,)\\s+${DATE}$`, 'iu'));
// `W3C Working Draft 05 March 2024`, `Candidate Recommendation Snapshot 12 March 2024`: a specification's status.
const STATUS_DATE = lazy(
  () => new RegExp(`^(?:[\\p{L}\\d'’-]+\\s+){0,4}(?:draft|recommendation|snapshot|edition|standard)\\s+${DATE}$`, 'iu'),
);
const NUMBERED_DATE = lazy(() => new RegExp(`^${DATE}\\s+(?:N|№|No\\.?)\\s?\\d[\\p{L}\\d./-]*$`, 'iu'));
// A contract or a letter closes with its place and date: `São Paulo, 12 de março de 2024.`, `Berlin, den 12. März
// 2024`, `Paris, le 12 mars 2024`.
const PLACE_DATE = lazy(
  () => new RegExp(`^[\\p{L}][\\p{L}'’. -]{1,40}(?:\\/[A-Z]{2})?,\\s+(?:(?:den|le|el|il|am|on)\\s+)?${DATE}\\.?$`, 'iu'),
);
// `Version 1.1.0 (2022-12-11)`, `Release 3.19.0 11 Apr 2022`: a version line that carries the release's date.
const VERSION_DATE = lazy(() => new RegExp(`^(?:version|release|revision|rev\\.)\\s+v?\\d[\\w.-]*,?\\s+\\(?${DATE}\\)?$`, 'iu'));
const CJK_DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/u;
// `Adopted by the general assembly on 12 March 2024`, `Adoptés ... le 12 mars 2024`, `PASSED AND ADOPTED this 12th day of
// March, 2024.`: a short line that opens with the act of adoption and ends with its date.
const ADOPTED_DATE = lazy(
  () =>
    new RegExp(
      `^(?:passed and adopted|adopted|adoptée?s?|approved|approuvée?s?|aprobad[oa]s?|aprovad[oa]s?|approvat[oaie]|vastgesteld|goedgekeurd|enacted|beschlossen|verabschiedet)\\b.{0,80}?\\s(?:this\\s+|on\\s+|le\\s+|am\\s+)?${DATE}\\.?${NOTE}$`,
      'iu',
    ),
);
// A Nordic regulation's enacting line: `Fastsatt av Kultur- og likestillingsdepartementet 12. desember 2023 med hjemmel i
// ...`: the date of enactment, with the authority it rests on after it.
const ENACTED_DATE = lazy(
  () => new RegExp(`^(?:fastsatt|vedtatt|fastställd|udstedt)\\b.{0,100}?\\s(?:den\\s+)?${DATE}(?=[\\s.,]|$)`, 'iu'),
);
const LAST_REVISED = lazy(() => new RegExp(`\\blast (?:revised|updated|reviewed)(?:\\s+(?:in|on))?:?\\s+${DATE}\\.?$`, 'iu'));
// A blog byline: `Posted on 14 February 2024 by Hannah Cole`, `Published 3 March 2024 in News`.
const POSTED_DATE = lazy(
  () => new RegExp(`^(?:posted|published|written)(?:\\s+on)?:?\\s+${DATE}(?:\\s+(?:by|in|at|[|·•—-])\\s.{1,60})?$`, 'iu'),
);

// Every date form has four digits in a row (the year), `-` and two digits (`12-Mar-24`), or 年/년;
// the common ISO form needs no Unicode regex. (The date regexes are large: compiling them costs
// milliseconds and running them microseconds a line, so most lines never reach them.)
const MAY_HOLD_DATE = /\d{4}|-\d\d|年|년/;
const ISO_DATE_LINE = /^(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)$/;
/** Deadlines and future reviews are not the document's date (`Expires:` in an Internet-Draft's header too). */
const DEADLINE = /^\s*(expires|closing date|deadline|due date|due|valid until|apply by|next review|review date)\b/i;
const UPDATED_WORD = /updated|dated|published|revised|issued|released|posted|adopted/i;
const STATUS_WORD = /draft|recommendation|snapshot|edition|standard/i;

/** The date as written when the whole line is a date (with an optional `Published:` label). */
export function matchDateLine(text: string): string | null {
  if (text.length > LONGEST_HEADING || !MAY_HOLD_DATE.test(text)) return null;
  const line = collapseSpace(text);
  // (A note in brackets may follow: `Last updated: 4 June 2024 (changes since the draft are marked *)`.)
  if (line.length > 60 && !(line.length <= 140 && line.endsWith(')'))) return null;
  const iso = ISO_DATE_LINE.exec(line);
  if (iso) return iso[1] as string;
  const m = DATE_LINE.exec(line);
  return m ? (m[1] as string) : null;
}

/**
 * A labelled date set in a column of its own beside another field (`Dok.-Nr. 71-4420-03      Stand: 3. März
 * 2024`, `Date: February 28, 2024      By: /s/ ...`): the date as written, or null.
 */
export function matchDateCell(text: string): string | null {
  if (!MAY_HOLD_DATE.test(text) || !/\S(?:\s{3,}|\t+)\S/.test(text)) return null;
  for (const cell of text.trim().split(/\s{3,}|\t+/)) {
    // (A Korean press release labels its dates without a colon: `배포일시  2024. 3. 18.(월) 09:00`; a Vietnamese
    // decree's letterhead gives its place and date: `Hà Nội, ngày 15 tháng 3 năm 2024`.)
    const korean = /^[\uac00-\ud7a3]{2,6}\s+(?=\d)/.exec(cell);
    const labelled = korean ? matchDateLine(cell.slice(korean[0].length)) : /[:：]/.test(cell) ? matchDateLine(cell) : null;
    const date = labelled ?? (cell.includes(',') ? (PLACE_DATE.exec(cell)?.[1] ?? null) : null);
    if (date !== null) return date;
  }
  return null;
}

/** A date that opens a parenthesised line or a dateline, or ends a short status line. */
export function findDateIn(text: string): string | null {
  if (!MAY_HOLD_DATE.test(text)) return null;
  const line = collapseSpace(text.slice(0, LONGEST_HEADING));
  const updated = line.length <= 100 && UPDATED_WORD.test(line) ? UPDATED_DATE.exec(line)?.[1] : undefined;
  const place = /^[A-Z\u00c0-\uffff]{2}/.test(line) ? DATELINE_PLACE.exec(line)?.[0] : undefined;
  const dateline = place !== undefined ? DATE_FIRST.exec(line.slice(place.length))?.[1] : undefined;
  // (`[21st March 2024]`: the date of Royal Assent under an Act's long title.)
  const parenthesised = /^[（([]/.test(line) ? PAREN_DATE.exec(line)?.[1] : undefined;
  const lead = line.length <= 100 && /^[hdsoHDSO]/.test(line) ? LEAD_DATE.exec(line)?.[1] : undefined;
  const adopted =
    (line.length <= 160 && /^[aApPeEbBvVgG]/.test(line) ? ADOPTED_DATE.exec(line)?.[1] : undefined) ??
    (/^[fFvVuU]/.test(line) ? ENACTED_DATE.exec(line)?.[1] : undefined);
  const posted = line.length <= 120 && /^[pPwW]/.test(line) ? POSTED_DATE.exec(line)?.[1] : undefined;
  // (`Presentation exported as text, 4 March 2025`: a comma will do.)
  const separated = line.length <= 80 && /\s(--|[—–|·•])\s|,\s/.test(line) ? SEPARATED_DATE.exec(line)?.[1] : undefined;
  const version = line.length <= 80 && /^[vrVR]/.test(line) ? VERSION_DATE.exec(line)?.[1] : undefined;
  const status = line.length <= 80 && STATUS_WORD.test(line) ? STATUS_DATE.exec(line)?.[1] : undefined;
  // (`27 июля 2006 года N 152-ФЗ`: a law's date with its number.)
  const numbered = line.length <= 60 && /\s(?:N|№|No\.?)\s?\d/.test(line) ? NUMBERED_DATE.exec(line)?.[1] : undefined;
  return parenthesised ?? dateline ?? updated ?? lead ?? separated ?? adopted ?? posted ?? version ?? status ?? numbered ?? null;
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
export function findDate(blocks: TextBlock[], from: number, firstHeading: number): FoundDate | null {
  const end = Math.min(blocks.length, from + 8, Math.max(firstHeading, 1));
  for (let b = 0; b < end; b++) {
    const block = blocks[b] as TextBlock;
    const header = b === 0 && block.kind === 'preformatted';
    // (A header of fields may run long: a PEP's `Created:` is its ninth line.)
    for (const line of block.lines.slice(0, 16)) {
      // The RFC header: a date in a column of its own.
      const cells = header ? line.text.trim().split(/\s{3,}/) : [line.text];
      for (const written of cells) {
        // (Markdown's bold around a label in a text file: `**Created:** 2024-01-18`.)
        const cell = written.includes('**') || written.includes('__') ? written.replace(/\*\*|__/g, '') : written;
        // (`Expires: 5 September 2024` in an Internet-Draft header is not the document's date.)
        // Nor are deadlines and future reviews (`Closing date:`, `Deadline:`, `Next review:`).
        if (DEADLINE.test(cell)) continue;
        const whole = matchDateLine(cell);
        // (Above the title, a date with the law's number is the law's: `27 июля 2006 года N 152-ФЗ`.)
        const above = b < from && cell.length <= 60 ? (NUMBERED_DATE.exec(headingText(cell))?.[1] ?? null) : null;
        const date = whole ?? (b >= from ? findDateIn(cell) : above) ?? (header ? null : matchDateCell(cell));
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
  // A leaflet or policy closes with its revision: `This leaflet was last revised in January 2025.`
  for (let b = blocks.length - 1; b >= Math.max(0, blocks.length - 3); b--) {
    for (const line of (blocks[b] as TextBlock).lines) {
      const text = headingText(line.text);
      const revised = text.length <= 100 && /last (revised|updated|reviewed)/i.test(text) ? LAST_REVISED.exec(text)?.[1] : undefined;
      if (revised) return { date: revised, block: b, whole: false };
    }
  }
  // A contract or a letter closes with its place and date, over the signatures; a law with its date of issue
  // (`صدر بتاريخ: 13 فبراير 2023م`, `Issued: ...`).
  for (let b = blocks.length - 1; b >= Math.max(0, blocks.length - 8); b--) {
    const lines = (blocks[b] as TextBlock).lines;
    if (lines.length > 4) continue;
    for (let i = 0; i < lines.length; i++) {
      const text = headingText((lines[i] as SourceLine).text);
      if (text.length > 90 || !MAY_HOLD_DATE.test(text)) continue;
      // (A place's date has its day: `Corporation, July 1991.` closes a reference.)
      const placed = i === 0 && text.includes(',') ? PLACE_DATE.exec(text)?.[1] : undefined;
      const signed = placed !== undefined && (placed.match(/\d+/g)?.length ?? 0) >= 2 ? placed : undefined;
      const issued = /[:：]/.test(text) && !DEADLINE.test(text) ? (matchDateLine(text) ?? undefined) : undefined;
      if (signed ?? issued) return { date: (signed ?? issued) as string, block: b, whole: false };
    }
  }
  // A resolution or statute closes with its adoption: `PASSED AND ADOPTED this 12th day of March, 2024.` (An
  // explanatory memorandum may follow it.)
  for (let b = blocks.length - 1; b >= Math.max(0, blocks.length - 20); b--) {
    for (const line of (blocks[b] as TextBlock).lines) {
      const text = headingText(line.text);
      const adopted =
        text.length <= 160 && /^[aApPeEbBvVgG]/.test(text) && MAY_HOLD_DATE.test(text) ? ADOPTED_DATE.exec(text)?.[1] : undefined;
      if (adopted) return { date: adopted, block: b, whole: false };
    }
  }
  return null;
}
