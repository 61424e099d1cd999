/**
 * Pass 1: boilerplate. Licence wrappers, page furniture, web chrome and the
 * entries of a printed table of contents are marked per source line, so the
 * later passes skip them and the Document keeps them apart.
 */

import type { Boilerplate } from '../document.js';
import { lazy } from '../lazy-regexp.js';
import { indentation, isBlank, minOf, type SourceLine } from '../lines.js';
import { matchLabel } from '../numbering.js';
import { COPYRIGHT_NOTICE, collapseSpace, countWords, hasLowercase, startsLowercase } from '../text.js';
import { hasCells } from './blocks.js';
import { matchDateLine } from './dates.js';
import { hasEditLink, headingText, LONGEST_HEADING } from './heading-text.js';

const GUTENBERG_START = /^\s*\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG/i;
const GUTENBERG_END = /^\s*(\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG|End of (the )?Project Gutenberg)/i;
const TITLE_FIELD = /^\s*Title:\s+(.+)$/i;
// A PGP-signed message (security advisories, announcements) is wrapped in armour lines.
const PGP_SIGNED = /^-----BEGIN PGP SIGNED MESSAGE-----\s*$/;
const PGP_SIGNATURE = /^-----BEGIN PGP SIGNATURE-----\s*$/;
const PGP_END = /^-----END PGP SIGNATURE-----\s*$/;
const PAGE_FOOTER = /\[Page \d+\]\s*$/;
const COLUMN_GAP = /\S {3,}\S/g;
const BREADCRUMB = /^\s*(?:(Home|Homepage|首页|Start|Accueil|Inicio)\s*([>»›|/→]|&gt;)|you are here:\s*\S.*(?:>>|»|›|>))/i;

const SHARE = /^\s*share(?: this(?: page| article| story)?)?:?\s*$/i;
const SHARE_LINK =
  /^\s*(?:facebook|x|twitter|email|e-mail|linkedin|whatsapp|pinterest|reddit|bluesky|threads|print|copy link|save|bookmark)\s*$/i;
const PRODUCED_BY = /^\s*(Produced by|E-text prepared by|Transcribed by)\b/i;
const INLINE_CHROME =
  /^\s*(advertisement|sponsored( content)?|(?:\[[A-Z][^\]\n]{0,29}\]\s*){3,}|skip to (main )?content|read more:.*|continue reading.*|from wikipedia, the free encyclopedia|jump to (navigation|search|content)|listen to this (article|story)\b.*|\d{1,3} min(ute)?s? read|contents lists available at .*|journal homepage: .*|документ предоставлен консультантплюс|дата сохранения: [\d.]+|share( this( page| article| story)?)?:?(\s+(facebook|x|twitter|email|e-mail|linkedin|whatsapp|print|copy link))+)\s*$/i;
/**
 * A web page's form copied with it (`Apply for this job` / `First Name *` / `Email *` / ... / `Submit application`):
 * a block with three or more required fields (`*` at a line's end) and a submit button is chrome.
 */
function markWebForms(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): void {
  // (Most texts have no line ending in `*`: one look at each line's last character settles them.)
  let starred = 0;
  for (let i = 0; i < lines.length && starred < 3; i++) {
    const text = (lines[i] as SourceLine).text;
    if (text.charCodeAt(text.length - 1) === 42) starred++;
  }
  if (starred < 3) return;
  let start = 0;
  let required = 0;
  let submit = false;
  for (let i = 0; i <= lines.length; i++) {
    const text = i < lines.length ? (lines[i] as SourceLine).text : '';
    if (isBlank(text)) {
      if (required >= 3 && submit) for (let j = start; j < i; j++) kinds[j] ??= 'footer';
      start = i + 1;
      required = 0;
      submit = false;
      continue;
    }
    // (42: `*`; most lines are settled by their last character.)
    if (text.charCodeAt(text.length - 1) === 42 && text.length < 200 && /\w\s?\*$/.test(text)) required++;
    else if (text.length < 40 && /^\s*(?:submit|send)\b/i.test(text)) submit = true;
  }
}

/**
 * A legal database's note under an article of a code, saying what made or last changed it (Légifrance:
 * `Création Ordonnance n° 2016-131 du 10 février 2016 - art. 2`, `Modifié par LOI n°2016-1087 ...`).
 */
function isAmendmentNote(text: string): boolean {
  const first = text.charCodeAt(0);
  // (C, M, A and the number sign: most lines are settled without the pattern.)
  return (first === 67 || first === 77 || first === 65) && text.length < 200 && text.includes('n°') && AMENDMENT_NOTE.test(text);
}

/** A link back to a listing: `Back to all jobs`, `← Back to articles`, `Back to top`. */
function isBackLink(text: string): boolean {
  // (B, b, ←: most lines are settled by their first character.)
  const first = text.charCodeAt(0);
  if (first !== 66 && first !== 98 && first !== 0x2190) return false;
  return text.length <= 40 && BACK_LINK.test(text);
}
const BACK_LINK =
  /^(?:← ?)?back to (?:all |the )?(?:jobs|job listings|articles|news|posts|stories|results|search results|blog|top|overview|careers)\s*$/i;
const AMENDMENT_NOTE = /^(?:Création|Créé par|Modifié par|Abrogé par)\s+(?:Ordonnance|Loi|LOI|Décret|DÉCRET|Décision|Arrêté)\b.*\bn°\s?\d/;

/** Lines that open a page's footer: after one of these, only short lines (links, lists) follow. */
const FOOTER_START =
  /^\s*(share( this( article| story)?)?:?|related (articles|news|stories|links|posts|content)|most (read|popular|viewed|shared)|more (from|on) .{1,40}|you (may|might) also like|recommended( for you)?|tags?:.*|topics?:.*|<[^<>]{1,40}>|\[close\]|print|comments?( \(\d+\))?:?|was this (page|article|answer) helpful\??|navigation|apply (?:for this (?:job|position|role)|now))\s*$/i;
const END_MARK = /^(?:###|# # #|-\s?30\s?-)$/;
const NAV_BAR = /^[^|]{1,40}(\s\|\s[^|]{1,40}){2,}$/;

interface Boilerplates {
  /** Per source index: the kind of boilerplate it is, if any. */
  kinds: (Boilerplate['kind'] | undefined)[];
  /** Source indexes of `Contents` lines: headings whose entries are boilerplate. */
  contentsHeaders: Set<SourceLine>;
  /** The unnumbered titles a printed contents lists (lower case, without leaders), each with its depth in the list (0: top). */
  listed: Map<string, number>;
  /** Org keyword lines open the text: its `*` lines are outline headings. */
  outline: boolean;
  /** The text is AsciiDoc: `==` lines are its sections, `----` and the like delimit its blocks. */
  asciidoc: boolean;
  titleField: string | null;
  /** The title a header of fields at the top gives (YAML front matter, a PEP's `Title:`): it wins over any line. */
  headerTitle: string | null;
  /** A date from page furniture: the middle of a man page's footer (`tarsnip 2.3   March 2024   TARSNIP(1)`). */
  dateField: string | null;
  /** The date of a message's own header (`Date:`, `Sent:`): it wins over dates quoted below it. */
  mailDate: string | null;
  breadcrumb: string | null;
}

// A man page rendered to text: `TARSNIP(1)   General Commands Manual   TARSNIP(1)` on top, the same name ending the footer.
const MAN_HEADER = /^(\S+\(\d\w{0,4}\))\s{2,}.*\s{2,}(\S+\(\d\w{0,4}\))\s*$/;

/** The header and footer lines of a rendered man page, and the date in the footer's middle column. */
function markManPage(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): string | null {
  const top = firstContent(lines, kinds, 0);
  const header = top >= 0 && (lines[top] as SourceLine).text.length < 200 ? MAN_HEADER.exec((lines[top] as SourceLine).text) : null;
  if (!header || header[1] !== header[2]) return null;
  const name = header[1] as string;
  let date: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text.trimEnd();
    if (kinds[i] !== undefined || text.length > 200 || !text.endsWith(')')) continue;
    // (Pages printed one after another, as zshall(1) is, each open with a header of their own.)
    const other = text.endsWith(name) ? null : MAN_HEADER.exec(text);
    if (other) {
      if (other[1] === other[2]) kinds[i] = 'page-furniture';
      continue;
    }
    if (!text.endsWith(name)) continue;
    const cells = text.trim().split(/\s{2,}/);
    if (i === top || cells.length >= 3) kinds[i] = 'page-furniture';
    // The footer: source, date, name. (The header's middle is the manual's name.)
    if (i !== top && cells.length === 3) date = matchDateLine(cells[1] as string) ?? date;
  }
  return date;
}

export function findBoilerplate(lines: SourceLine[]): Boilerplates {
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

  markPgpArmour(lines, kinds);
  markInfoNavigation(lines, kinds);
  markRstMarkup(lines, kinds);
  const headerTitle = fieldHeaderTitle(lines, kinds);
  const orgHeader = markOrgKeywords(lines, kinds);
  const asciidoc = markAsciidocHeader(lines, kinds);

  // Page furniture: `[Page N]` footers and the running header after each form feed.
  // (The first line with text at or after each line, worked out once: a run of form feeds would rescan its blanks.)
  let nextText: Int32Array | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const footer = line.text.length < 100 && PAGE_FOOTER.test(line.text);
    if (footer) kinds[i] = 'page-furniture';
    // The running header comes after a form feed, or (when the form feeds were lost) after the footer.
    if (line.pageBreak || footer) {
      nextText ??= firstTextFrom(lines);
      const j = nextText[footer ? i + 1 : i] as number;
      const header = lines[j];
      // (After a footer with no form feed, a header has three columns: `RFC 9871   Title   October 2024`.)
      // (A numbered heading with a gap after its number, `3   Rollback`, is the new page's first heading; a header
      // ends on its page number: `7.3  THE CARNOT CYCLE        175`.)
      const gaps = header ? (header.text.match(COLUMN_GAP)?.length ?? 0) : 0;
      // (Nor does it start on one: `172   HEAT ENGINES AND THE SECOND LAW`, a left-hand page's header.)
      const label =
        gaps === 1 && header !== undefined && !/\s{3,}\d{1,4}\s*$/.test(header.text) ? matchLabel(headingText(header.text)) : null;
      const numbered = label !== null && label.ordinal < 100;
      if (header && gaps >= (line.pageBreak ? 1 : 2) && header.text.length < 100 && !numbered) {
        kinds[j] = 'page-furniture';
      } else if (line.pageBreak) {
        markStackedHeader(lines, kinds, j);
      }
    }
  }

  markRunningLines(lines, kinds);

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
  // (A menu bar `Home | Pricing | ...` can start like one: the last such line near the top is the trail.)
  let trail = -1;
  for (let i = firstContent(lines, kinds, 0), seen = 0; i >= 0 && seen < 12; i = firstContent(lines, kinds, i + 1), seen++) {
    const text = (lines[i] as SourceLine).text;
    if (BREADCRUMB.test(text) && text.length < 200) trail = i;
  }
  if (trail >= 0) {
    for (let j = 0; j < trail; j++) if (kinds[j] === undefined && !isBlank((lines[j] as SourceLine).text)) kinds[j] = 'breadcrumb';
    kinds[trail] = 'breadcrumb';
    breadcrumb = collapseSpace((lines[trail] as SourceLine).text.replace(/&gt;/g, '>'));
  } else breadcrumb = markTrailDownLines(lines, kinds);
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== undefined) continue;
    const text = (lines[i] as SourceLine).text;
    if (INLINE_CHROME.test(text) || isBackLink(text)) kinds[i] = 'footer';
    else if (isAmendmentNote(text)) kinds[i] = 'wrapper';
    // (`Share` over its links one to a line: `Facebook`, `X`, `Email`.)
    else if (
      text.length <= 24 &&
      SHARE.test(text) &&
      SHARE_LINK.test(lines[i + 1]?.text ?? '') &&
      SHARE_LINK.test(lines[i + 2]?.text ?? '')
    ) {
      kinds[i] = 'footer';
      while (SHARE_LINK.test(lines[i + 1]?.text ?? '')) kinds[++i] = 'footer';
    }
  }
  markWebForms(lines, kinds);
  markPageTop(lines, kinds);
  markFooter(lines, kinds);
  const mail = markMailHeader(lines, kinds);
  if (mail.subject !== null && titleField === null) titleField = mail.subject;
  const dateField = markManPage(lines, kinds) ?? orgHeader.date ?? asciidoc.date;
  const { headers: contentsHeaders, listed } = markPrintedContents(lines, kinds);
  return {
    kinds,
    contentsHeaders,
    listed,
    outline: orgHeader.keywords,
    asciidoc: asciidoc.found,
    titleField,
    headerTitle: headerTitle ?? orgHeader.title ?? asciidoc.title,
    dateField,
    mailDate: mail.date,
    breadcrumb,
  };
}

/** A page separator in text saved without form feeds: a rule across the page. */
const PAGE_RULE = /^\s*([-=_])\1{59,}\s*$/;
/** A page number set off at the end of a running line: `Acme Inc. | 2023 Form 10-K | 8`, `Model 300 ·   Seite 2`. */
const TRAILING_PAGE_NUMBER = lazy(
  () =>
    /(?:\s{3,}|\s*[|·•]\s*|\s[-–—]\s|\s(?=(?:page|seite|p\.|pg\.|pagina|página|sida|side)\s))(?:(?:page|seite|p\.|pg\.|pagina|página|sida|side)\s+)?((?:(?:\d{1,3}|[a-z])[-–])?\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|von|de|\/)\s*\d{1,4})?\s*$/i,
);
// (Two patterns: as one case-insensitive pattern they cost three times as much to compile.)
const SETS_OFF_NUMBER = / {3}|\||[^\x00-\x7f]|\s-\s/;
const PAGE_ABBREVIATION = /page|seite|p\.|pg\.|pagina|sida|side/i;
const maySetOffNumber = (text: string): boolean => SETS_OFF_NUMBER.test(text) || PAGE_ABBREVIATION.test(text);
/** ...or at its start, on even pages: `ii      © ISO 2024 – All rights reserved`. */
const LEADING_PAGE_NUMBER = /^\s*(?:\d{1,4}|[ivxlc]{1,7})\s{3,}(?=\S)/i;
const FOLIO_AT_TOP = /^\s*(?:-\s?\d{1,4}\s?-|(?:page|seite|p\.)\s*\d{1,4}(?:\s+(?:of|von)\s+\d{1,4})?|\d{1,4})\s*$/i;
/** A page number alone: `12`, `- 12 -`, `iv`, `Page 3 of 61`, `Seite 2`; a chapter's page, `7-3`, `A-2`. */
const BARE_PAGE_NUMBER =
  /^\s*(?:(?:page|seite|p\.)\s*)?(?:-\s?)?(?:(?:(?:\d{1,3}|[a-z])[-–])?\d{1,4}|[ivxlc]{1,7})(?:\s?-)?(?:\s+(?:of|von)\s+\d{1,4})?\s*$/i;
const PAGE_WORD = lazy(() => /\b(?:page|seite|pagina|página|sida|side)\b/i);

/** A running line without its page number, or null when it has none. */
function withoutPageNumber(text: string): string | null {
  const last = text.charCodeAt(text.length - 1);
  // (Most lines end in a letter or a stop, or have nothing to set a number off: the large pattern is not needed.)
  const endsInNumber = (last >= 48 && last <= 57) || /[ivxlc]/i.test(text.charAt(text.length - 1));
  const trailing = endsInNumber && maySetOffNumber(text) ? TRAILING_PAGE_NUMBER.exec(text) : null;
  if (trailing) return collapseSpace(text.slice(0, trailing.index));
  const leading = LEADING_PAGE_NUMBER.exec(text);
  return leading ? collapseSpace(text.slice(leading[0].length)) : null;
}

/**
 * Running headers and footers: the lines on either side of each page break
 * (a form feed, or a rule across the page in text saved without them) that
 * come back at other page breaks, the same but for the page number; a page
 * number alone before a form feed; and, with no page breaks at all, a line
 * set apart by blank lines that ends in its page number and comes back three
 * times (twice when it names its page: `Seite 2`).
 */
function markRunningLines(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): void {
  const nonBlank = (from: number, step: 1 | -1): number => {
    for (let i = from, seen = 0; i >= 0 && i < lines.length && seen < 4; i += step, seen++) {
      if (!isBlank((lines[i] as SourceLine).text)) return i;
    }
    return -1;
  };
  interface Edge {
    line: number;
    form: string;
    /** A page number was taken off the line to make its form. */
    numbered: boolean;
    /** The rule that marks the break, when it is one. */
    rule: number;
    formFeed: boolean;
    /** For a header's second line: the first's. */
    under?: number;
  }
  const edges: Edge[] = [];
  const edge = (line: number, form: string, numbered: boolean, rule: number, formFeed: boolean, under?: number): void => {
    if (line >= 0 && form.length > 7 && kinds[line] === undefined && (lines[line] as SourceLine).text.length <= 120) {
      edges.push({ line, form, numbered, rule, formFeed, ...(under === undefined ? {} : { under }) });
    }
  };
  let breaks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const formFeed = line.pageBreak;
    let rule = -1;
    if (!formFeed) {
      // (Most lines start with a letter, or are short: no rule.)
      const first = line.text.charCodeAt(0);
      if ((first !== 45 && first !== 61 && first !== 95 && first !== 32) || line.text.length < 60 || !PAGE_RULE.test(line.text)) continue;
      // (Not the underline of the line above it: `Performance, Internal Implementation, ...` / `------...`.)
      if (Math.abs((lines[i - 1]?.text.trim().length ?? 0) - line.text.trim().length) <= 2) continue;
      rule = i;
    }
    breaks++;
    const before = nonBlank(i - 1, -1);
    const after = nonBlank(formFeed ? i : i + 1, 1);
    if (before >= 0) {
      const text = (lines[before] as SourceLine).text;
      // A page number alone before a form feed.
      if (formFeed && BARE_PAGE_NUMBER.test(text)) kinds[before] = 'page-furniture';
      else {
        const form = withoutPageNumber(text);
        edge(before, `footer:${form ?? collapseSpace(text)}`, form !== null, rule, formFeed);
      }
    }
    if (after >= 0) {
      // A page number alone after a form feed, written as one (`- 2 -`, `Page 2`, `2`): a book's chapter number
      // there is a roman numeral.
      if (formFeed && FOLIO_AT_TOP.test((lines[after] as SourceLine).text)) kinds[after] = 'page-furniture';
      // So is a header in cells with a number or a date, over text that is no table (`GEMEENTEBLAD<tab>Nr. 41207<tab>
      // 19 maart 2024`, then `Hoofdstuk 3 ...`), though no other page has it. (Not a heading: `3   Rollback`.)
      const underIt = nonBlank(after + 1, 1);
      const header = (lines[after] as SourceLine).text;
      const cellsOverText = underIt >= 0 && hasCells(header) && /\d/.test(header) && !hasCells((lines[underIt] as SourceLine).text);
      if (formFeed && cellsOverText && matchLabel(collapseSpace(header)) === null) kinds[after] = 'page-furniture';
      // (A page number alone, over or under the running line, runs as `#`.)
      const form = (at: number): string => {
        const text = collapseSpace((lines[at] as SourceLine).text);
        return BARE_PAGE_NUMBER.test(text) ? '#' : text;
      };
      // (Over it, only at half the breaks or more: a book's chapter number heads the pages that open chapters.)
      edge(after, `header:${form(after)}`, false, rule, formFeed);
      // (A running header may take two lines: `M. Okafor et al.`, then the journal's. The second counts only
      // under a first that runs: a page's first lines of text are the same only by chance.)
      const second = nonBlank(after + 1, 1);
      const secondForm = second >= 0 ? form(second) : '';
      if (second >= 0) edge(second, `header2:${secondForm}`, secondForm === '#', rule, formFeed, after);
    }
  }
  const count = new Map<string, number>();
  for (const e of edges) count.set(e.form, (count.get(e.form) ?? 0) + 1);
  const running = new Set<string>();
  const numberedFooters = new Set<string>();
  for (const e of edges) {
    const n = count.get(e.form) ?? 0;
    // (Two form feeds' worth will do; rules cross pages less surely than form feeds, so they need three.)
    // A line the same at a few of many form feeds without a page number is a NEWS file's `* Bug fixes.`: a
    // running line comes back at most breaks.
    const firstRuns = e.under === undefined || kinds[e.under] === 'page-furniture';
    if ((n >= 3 || (n >= 2 && e.formFeed)) && (e.numbered || n * 2 >= breaks) && firstRuns) {
      kinds[e.line] = 'page-furniture';
      if (e.rule >= 0) kinds[e.rule] = 'page-furniture';
      if (e.form.startsWith('header')) running.add(e.form.slice(e.form.indexOf(':') + 1));
      else if (e.form.startsWith('footer') && e.numbered) numberedFooters.add(e.form);
    }
  }
  // The last page's footer has no page break after it: the text's last line, when it runs as the footers do with
  // its page number. (Without one it may be text: a back cover's `© ISO 2024 – All rights reserved`, a paragraph.)
  // So is a page number alone there, in a text with page breaks (`6`, `- 6 -`, `Page 2`).
  const last = nonBlank(lines.length - 1, -1);
  if (last >= 0 && kinds[last] === undefined) {
    const text = (lines[last] as SourceLine).text;
    const form = numberedFooters.size > 0 ? withoutPageNumber(text) : null;
    if ((form !== null && numberedFooters.has(`footer:${form}`)) || (breaks > 0 && FOLIO_AT_TOP.test(text))) kinds[last] = 'page-furniture';
  }
  // The first page has the running header too, above the title (a journal's `... 41 (2023) 101874`), and
  // its masthead starts like it (`Journal of Coastal Hydrology`).
  // (Only where the first page carries the header itself: a cover's title that the running header repeats with the
  // document's number, `在庫管理システム　基本設計書` under `在庫管理システム　基本設計書　INV-BD-001 第1.2版`, is its title.)
  const heads = [...running];
  const top: number[] = [];
  for (let i = nonBlank(0, 1), seen = 0; i >= 0 && seen < 6 && !(lines[i] as SourceLine).pageBreak; i = nonBlank(i + 1, 1), seen++) {
    top.push(i);
  }
  const copied = top.some((i) => running.has(collapseSpace((lines[i] as SourceLine).text)));
  for (const i of top) {
    const text = collapseSpace((lines[i] as SourceLine).text);
    if (running.has(text) || (copied && text.length >= 12 && heads.some((h) => h.startsWith(`${text} `)))) kinds[i] = 'page-furniture';
  }
  if (edges.length > 0) return;
  // No page breaks: footers standing alone between blank lines, numbered with their page.
  const footers = new Map<string, number[]>();
  for (let i = 1; i + 1 < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    if (text.length === 0 || text.length > 120 || kinds[i] !== undefined || isBlank(text)) continue;
    if (!isBlank((lines[i - 1] as SourceLine).text) || !isBlank((lines[i + 1] as SourceLine).text)) continue;
    const form = withoutPageNumber(text);
    if (form !== null && form.length >= 3 && matchLabel(collapseSpace(text)) === null) footers.set(form, [...(footers.get(form) ?? []), i]);
  }
  for (const at of footers.values()) {
    if (at.length >= 3 || (at.length >= 2 && PAGE_WORD.test((lines[at[0] as number] as SourceLine).text))) {
      for (const i of at) kinds[i] = 'page-furniture';
    }
  }
}

const FIELD = /^([A-Za-z][\w-]{0,30}):\s+(\S.*)$/;

/**
 * The title of a header of fields at the top: YAML front matter between `---` lines (a wrapper, not
 * text), or three or more `Key: value` lines with a `Title:` among them (a PEP, an RFC 822 header).
 */
function fieldHeaderTitle(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): string | null {
  const start = firstContent(lines, kinds, 0);
  if (start < 0) return null;
  const title = (text: string): string | null => {
    const field = TITLE_FIELD.exec(text);
    return field ? collapseSpace((field[1] as string).replace(/^(["'])(.*)\1$/, '$2')) : null;
  };
  let found: string | null = null;
  if ((lines[start] as SourceLine).text.trim() === '---') {
    for (let i = start + 1; i < lines.length && i <= start + 40; i++) {
      const text = (lines[i] as SourceLine).text;
      if (text.trim() === '---' || text.trim() === '...') {
        for (let j = start; j <= i; j++) kinds[j] = 'wrapper';
        return found;
      }
      found ??= title(text);
    }
    return null;
  }
  let fields = 0;
  for (let i = start; i < lines.length && !isBlank((lines[i] as SourceLine).text); i++) {
    const text = (lines[i] as SourceLine).text;
    if (/^\s/.test(text)) continue;
    if (!FIELD.test(text)) return null;
    fields++;
    found ??= title(text);
  }
  return fields >= 3 ? found : null;
}

const TRAIL_START = /^\s*(?:Home|Homepage|首页|Start|Accueil|Inicio)\s*$/i;
const TRAIL_SEPARATOR = /^\s*(?:[>»›|/→]|&gt;)\s*$/;

/**
 * A breadcrumb copied from a browser one item to a line, separators between:
 * `Home` / `›` / `Europe` / `›` / `Porto`. It and what stands above it are
 * the page's chrome; the trail is returned joined on one line.
 */
function markTrailDownLines(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): string | null {
  // (Under a masthead and a menu of a line per item.)
  for (let i = firstContent(lines, kinds, 0), seen = 0; i >= 0 && seen < 20; i = firstContent(lines, kinds, i + 1), seen++) {
    if (!TRAIL_START.test((lines[i] as SourceLine).text)) continue;
    const items = [collapseSpace((lines[i] as SourceLine).text)];
    let end = i;
    while (TRAIL_SEPARATOR.test(lines[end + 1]?.text ?? '') && end + 2 < lines.length && !isBlank((lines[end + 2] as SourceLine).text)) {
      end += 2;
      items.push(collapseSpace((lines[end] as SourceLine).text));
    }
    if (items.length < 2) return null;
    for (let j = 0; j <= end; j++) if (kinds[j] === undefined && !isBlank((lines[j] as SourceLine).text)) kinds[j] = 'breadcrumb';
    return items.join(' › ');
  }
  return null;
}

const ORG_KEYWORD = /^#\+([A-Za-z_]+):[ \t]*(.*)$/;
const ORG_PLANNING = /^\s*(?:(?:DEADLINE|SCHEDULED|CLOSED):\s*[<[][^>\]]*[>\]]\s*)+$/;

/**
 * reStructuredText's markup that shows nothing: a link target (`.. _deployment-guide:`, often over the
 * title) and the `.. contents::` directive with its options. (Other directives, `.. note::`, hold text.)
 */
function markRstMarkup(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): void {
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    // (46: `.`; most lines are settled by their first character.)
    if (text.charCodeAt(0) !== 46 || text.charCodeAt(1) !== 46) continue;
    if (RST_TARGET.test(text)) kinds[i] = 'wrapper';
    else if (RST_CONTENTS.test(text)) {
      kinds[i] = 'wrapper';
      while (i + 1 < lines.length && RST_OPTION.test((lines[i + 1] as SourceLine).text)) kinds[++i] = 'wrapper';
    }
  }
}
const RST_TARGET = /^\.\. _[^:\s][^:]*:(?:\s+\S+)?\s*$/;
const RST_CONTENTS = /^\.\. (?:contents|sectnum|toctree)::/;
const RST_OPTION = /^\s+:[\w-]+:/;

/**
 * An Org file's keyword lines at the top (`#+TITLE: ...`, `#+DATE: ...`,
 * `#+STARTUP: overview`): settings, not text, with its title and date.
 */
function markOrgKeywords(
  lines: SourceLine[],
  kinds: (Boilerplate['kind'] | undefined)[],
): { keywords: boolean; title: string | null; date: string | null } {
  const found = { keywords: false, title: null as string | null, date: null as string | null };
  for (let i = firstContent(lines, kinds, 0); i >= 0 && i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    if (isBlank(text)) continue;
    const keyword = text.charCodeAt(0) === 35 ? ORG_KEYWORD.exec(text) : null;
    if (keyword === null) break;
    kinds[i] = 'wrapper';
    found.keywords = true;
    const [, key, value] = keyword as unknown as [string, string, string];
    if (/^title$/i.test(key) && value.trim() !== '') found.title ??= collapseSpace(value);
    if (/^date$/i.test(key) && value.trim() !== '') found.date ??= collapseSpace(value.replace(/^<(.*)>$/, '$1'));
  }
  // (An Org heading's property drawer, `:PROPERTIES:` ... `:END:`, and its planning line are settings too.)
  if (found.keywords) {
    for (let i = 0; i < lines.length; i++) {
      if (ORG_PLANNING.test((lines[i] as SourceLine).text)) kinds[i] = 'wrapper';
      if ((lines[i] as SourceLine).text.trim() !== ':PROPERTIES:') continue;
      let end = i + 1;
      while (end < lines.length && end - i <= 50 && (lines[end] as SourceLine).text.trim() !== ':END:') end++;
      if (end >= lines.length || end - i > 50) continue;
      for (let j = i; j <= end; j++) kinds[j] = 'wrapper';
      i = end;
    }
  }
  return found;
}

/** An AsciiDoc section title: `== Installing`, `=== Add the chart repository`. */
export const ASCIIDOC_SECTION = /^(={2,6})[ \t]+(\S.*?)\s*$/;
const TOP_SECTION = /^={2,3}[ \t]+\S(?:.*[^=\s])?\s*$/;
const ASCIIDOC_ATTRIBUTE = /^:[\w!-]+:(?:[ \t].*)?$/;
/** A block's attributes on the line above it: `[source,sh]`, `[NOTE]`, `[cols="2,1",options="header"]`. */
const ASCIIDOC_BLOCK_ATTRIBUTES = /^\[[\w#.%"'=, -]*\]$/;
/** The revision line under the author's: `v2.3, 2024-02-14: Updated for Harbor 2.10`. */
const ASCIIDOC_REVISION = /^v?\d[\w.]*,\s*([^:]+?)\s*(?::.*)?$/;

/**
 * An AsciiDoc text: two section titles (`== ...`) or more, or a document
 * title (`= ...`) over its attribute lines. Its header (the title, author,
 * revision and `:name: value` lines) and its block attribute lines are
 * settings; the header gives the title and the revision's date.
 */
function markAsciidocHeader(
  lines: SourceLine[],
  kinds: (Boilerplate['kind'] | undefined)[],
): { found: boolean; title: string | null; date: string | null } {
  const none = { found: false, title: null, date: null };
  const top = firstContent(lines, kinds, 0);
  const first = top >= 0 ? (lines[top] as SourceLine).text : '';
  const documentTitle = /^=[ \t]+\S/.test(first);
  let sections = 0;
  // (Of the two top levels, and open: `== History ==` is a wiki's banner.)
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    if (text.charCodeAt(0) === 61 && TOP_SECTION.test(text) && ++sections >= 2) break;
  }
  const attributes = documentTitle && ASCIIDOC_ATTRIBUTE.test(lines[top + 1]?.text ?? '');
  if (sections < 2 && !attributes) return none;
  const found = { found: true, title: null as string | null, date: null as string | null };
  if (documentTitle) {
    found.title = collapseSpace(first.replace(/^=[ \t]+/, ''));
    for (let i = top; i < lines.length && !isBlank((lines[i] as SourceLine).text); i++) {
      const text = (lines[i] as SourceLine).text;
      kinds[i] = 'wrapper';
      const revision = i <= top + 2 ? ASCIIDOC_REVISION.exec(text) : null;
      if (revision) found.date ??= revision[1] as string;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    const c = text.charCodeAt(0);
    if ((c === 91 && ASCIIDOC_BLOCK_ATTRIBUTES.test(text.trimEnd())) || (c === 58 && ASCIIDOC_ATTRIBUTE.test(text))) kinds[i] ??= 'wrapper';
  }
  return found;
}

const INFO_NODE = /^(?:␟\s*)?File: [^,\s]+,\s+Node: /;
const INFO_MENU_ENTRY = /^\* [^:]+::|^\* [^:]+: [^.]+\./;

/**
 * An Info manual's navigation: each node's `File: tally.info,  Node: Overview,  Next: ...` line, and its
 * `* Menu:` of the nodes under it (`* History::   Where Tally came from.`), which the headings repeat. (An index's
 * menu, `* exit status:   Invoking tally.   (line 28)`, is the index itself.)
 */
function markInfoNavigation(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): void {
  const top = lines.findIndex((l) => !isBlank(l.text));
  if (top < 0 || !INFO_NODE.test((lines[top] as SourceLine).text)) return;
  for (let i = top; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    if (INFO_NODE.test(text)) kinds[i] = 'breadcrumb';
    else if (text.startsWith('* Menu:') && !lines.slice(i + 1, i + 4).some((l) => /\(line +\d+\)\s*$/.test(l.text))) {
      kinds[i] = 'contents';
      for (let j = i + 1; j < lines.length; j++) {
        const entry = (lines[j] as SourceLine).text;
        if (!isBlank(entry) && !INFO_MENU_ENTRY.test(entry) && !/^\s{8,}\S/.test(entry)) break;
        if (!isBlank(entry)) kinds[j] = 'contents';
        i = j;
      }
    }
  }
}

/** For each line, the first line at or after it that is not blank (the count of lines where there is none). */
function firstTextFrom(lines: SourceLine[]): Int32Array {
  const next = new Int32Array(lines.length + 1);
  next[lines.length] = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) next[i] = isBlank((lines[i] as SourceLine).text) ? (next[i + 1] as number) : i;
  return next;
}

/** The armour of a PGP-signed message: the opening line with its `Hash:` header, and the signature block. */
function markPgpArmour(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): void {
  const start = lines.findIndex((l) => l.text.startsWith('-----BEGIN PGP SIGNED') && PGP_SIGNED.test(l.text));
  if (start < 0) return;
  for (let i = start; i < lines.length && !isBlank((lines[i] as SourceLine).text); i++) kinds[i] = 'wrapper';
  const signature = lines.findIndex((l, i) => i > start && PGP_SIGNATURE.test(l.text));
  if (signature < 0) return;
  for (let i = signature; i < lines.length; i++) {
    kinds[i] = 'wrapper';
    if (PGP_END.test((lines[i] as SourceLine).text)) break;
  }
}

/**
 * A running header of stacked lines after a form feed (RFC 791: `September 1981`, then the title and
 * the chapter set to the right): up to three short lines, each a date or right-aligned, then a blank line.
 */
function markStackedHeader(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[], top: number): void {
  let end = top;
  while (end < lines.length && end < top + 3 && isHeaderLine((lines[end] as SourceLine).text)) end++;
  if (end - top < 2 || !isBlank(lines[end]?.text ?? '')) return;
  for (let j = top; j < end; j++) kinds[j] = 'page-furniture';
}

function isHeaderLine(text: string): boolean {
  if (text.length >= 100 || isBlank(text)) return false;
  const words = collapseSpace(text);
  return indentation(text) >= 40 || matchDateLine(words) === words;
}

const MAIL_FIELD = /^(from|to|cc|bcc|date|sent|subject|reply-to|message-id|organization|x-[\w-]+):[ \t]*(.*)$/i;

/**
 * A message saved as text opens with its header (`From:`, `Date:`, `Subject:`): metadata, not body.
 * The subject is the title and the date field, as written, the date.
 */
function markMailHeader(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): { subject: string | null; date: string | null } {
  const none = { subject: null, date: null };
  const top = firstContent(lines, kinds, 0);
  if (top < 0) return none;
  const fields = new Map<string, string>();
  let end = top;
  for (; end < lines.length && end < top + 20; end++) {
    const text = (lines[end] as SourceLine).text;
    if (isBlank(text) || text.length > 300) break;
    const m = text.includes(':') ? MAIL_FIELD.exec(text) : null;
    // (A folded header line continues the field above it.)
    if (!m && !/^[ \t]/.test(text)) return none;
    if (m) fields.set((m[1] as string).toLowerCase(), collapseSpace(m[2] as string));
  }
  if (!fields.has('subject') || !(fields.has('from') || fields.has('to'))) return none;
  for (let i = top; i < end; i++) kinds[i] = 'wrapper';
  return { subject: fields.get('subject') || null, date: fields.get('date') || fields.get('sent') || null };
}

const CONTENTS_HEADER = lazy(
  () =>
    /^\s*(table of contents|contents|contents of [\p{L} ]+|jump to|on this page|in this (?:article|page)|(?:what is )?in this (?:leaflet|guide|booklet|document|report|issue)|list of (?:figures|tables|illustrations|plates|maps)|目\s*录|目\s*次|inhalt(?:sverzeichnis|sübersicht)?|sommaire|índice|indice|inhoud(?:sopgave)?|spis treści|оглавление|содержание|목\s*차|indholdsfortegnelse|innehåll(?:sförteckning)?|sisällys(?:luettelo)?)\.?:?(?:\s{2,}page)?\s*$/iu,
);
/** A word of every form of CONTENTS_HEADER, which settles most lines before it runs. */
const CONTENTS_WORD = /content|this|list of|jump|目|inhalt|sommaire|ndice|inhoud|spis|оглавление|содержание|목|indhold|innehåll|sisällys/i;
// No `i` or `u` flag: this runs on every short line, and plain regexes compile and run faster.
// (A leader ends in a page number or nothing: `Participation ....... 15%` is a row of a table.)
const LEADER =
  /(\.\s*){4,}\s*(?:[A-Z]-?)?(\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})?\s*$|…{2,}\s*(?:[A-Z]-?)?(\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})?\s*$|\S\s{3,}(\d{1,4}|[ivxlcIVXLC]{1,6})\s*$/;
/**
 * Dots or an ellipsis before the page number. Without a `Contents` line, only
 * these start a printed contents: a row of a table (`Upper   64   150`) also
 * ends in a number after spaces, and must stay in its section.
 */
const DOT_LEADER = /(?:(\.\s*){4,}|…{2,})\s*(?:[A-Z]-?)?(\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})?\s*$/;
/** Contents entries and their header are short lines; testing only those keeps long prose out of the regexes. */
const LONGEST_CONTENTS_LINE = 200;

/**
 * A table of contents printed in the document: a `Contents` line followed by
 * short entries, or a run of entries with dot leaders and page numbers. Its
 * entries repeat the real headings; they are marked 'contents' so they are
 * kept (JSON shows them) but never taken for headings or body.
 */
const BULLET = /^[*•·‣◦–-]\s+/;

/** Whether a line continues the paragraph above it: it starts in lower case under a line of text. */
function goesOnFrom(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[], i: number): boolean {
  const above = lines[i - 1];
  return (
    above !== undefined && kinds[i - 1] === undefined && hasLowercase(above.text) && startsLowercase((lines[i] as SourceLine).text.trim())
  );
}

/** A page's own links to its headings (`Jump to:`, `On this page`): navigation, not a section. */
const IN_PAGE_LINKS = /^\s*(jump to|on this page|in this (?:article|page))\b/i;

function markPrintedContents(
  lines: SourceLine[],
  kinds: (Boilerplate['kind'] | undefined)[],
): { headers: Set<SourceLine>; listed: Map<string, number> } {
  const headers = new Set<SourceLine>();
  const listed = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== undefined) continue;
    const text = (lines[i] as SourceLine).text;
    if (text.length > LONGEST_CONTENTS_LINE) continue;
    // (The Unicode header regex runs only on lines that hold one of its words.)
    // (A line that goes on from the one above is a sentence's: `... the` / `contents of which are incorporated`.)
    const header = text.length <= 90 && CONTENTS_WORD.test(text) && CONTENTS_HEADER.test(text) && !goesOnFrom(lines, kinds, i);
    const listOf = header && /list of/i.test(text);
    if (!header && !DOT_LEADER.test(text)) continue;
    // Collect the entries: short lines, until a prose paragraph or a line
    // that repeats the first entry (the real heading it pointed to).
    const entries: number[] = [];
    const seen = new Set<string>();
    const seenLabels = new Set<string>();
    let blanks = 0;
    let j = header ? i + 1 : i;
    let leaders = 0;
    let dotLeaders = 0;
    for (; j < lines.length; j++) {
      if (kinds[j] === 'page-furniture') continue;
      const t = (lines[j] as SourceLine).text;
      if (isBlank(t)) {
        blanks++;
        if (blanks > 2 && entries.length > 0) break;
        continue;
      }
      // (`* Seed swap` in an `In this issue` list points to a heading written `SEED SWAP`.)
      const key = t.length > LONGEST_HEADING ? t : headingText(t.replace(LEADER, '')).replace(BULLET, '');
      const isLeader = LEADER.test(t);
      // The real heading an entry pointed to ends the contents (a wiki heading with its edit link at once),
      // however its label is written there (`1. Overview` points to `Chapter 1. Overview`).
      // (Or its label alone, with the title on the next line: `TITOLO I` / `DISPOSIZIONI GENERALI` after `TITOLO I – ...`.)
      const label = t.length <= LONGEST_HEADING && (/\d/.test(key) || /[IVXLC]\b/.test(key)) ? matchLabel(key) : null;
      const pointedTo =
        seen.has(key.toLowerCase()) ||
        (label !== null && label.title !== '' && seen.has(label.title.toLowerCase())) ||
        (label !== null && label.title === '' && seenLabels.has(`${label.style} ${label.number}`));
      if (pointedTo && (blanks > 0 || hasEditLink(t)) && !isLeader) break;
      // Contents set with leaders end where, after a gap, a line without one starts (`CHAPTER 1`); so does a
      // list of figures, whose entries no heading repeats, after its first gap.
      if ((leaders >= 3 || (listOf && entries.length > 0)) && blanks > 0 && !isLeader) break;
      // Rules and underlines inside the contents are part of it.
      if (!/[\p{L}\p{N}]/u.test(key) && key.length <= 80) {
        entries.push(j);
        continue;
      }
      const short = t.trim().length <= 90 && !/[.!?]["”’)]?\s*$/.test(t.replace(LEADER, '').trim());
      if (!isLeader && !(header && short && (matchLabel(key) || blanks === 0 || entries.length === 0 || looksLikeHeadingText(key)))) break;
      if (isLeader) leaders++;
      if (DOT_LEADER.test(t)) dotLeaders++;
      seen.add(key.toLowerCase());
      const entryLabel = label ?? (t.length <= LONGEST_HEADING ? matchLabel(key) : null);
      if (entryLabel !== null && entryLabel.title !== '') seenLabels.add(`${entryLabel.style} ${entryLabel.number}`);
      // (`1 History` points to a heading written `History`.)
      if (/^\d/.test(key)) seen.add(key.replace(/^[\d.]+\s+/, '').toLowerCase());
      entries.push(j);
      blanks = 0;
    }
    // A rule right above the line that ended the contents is the top of that heading's box.
    if (entries[entries.length - 1] === j - 1 && j < lines.length && /^\s*([-=*_~#])\1{2,}\s*$/.test((lines[j - 1] as SourceLine).text)) {
      entries.pop();
    }
    if ((header && entries.length >= 2) || dotLeaders >= 3) {
      // The `Contents` line itself is a heading (its section lists nothing): the entries are boilerplate.
      // (A page's `Jump to:` is its navigation.)
      if (header && IN_PAGE_LINKS.test(text)) kinds[i] = 'contents';
      else if (header) headers.add(lines[i] as SourceLine);
      const margin = minOf(entries.map((e) => indentation((lines[e] as SourceLine).text)));
      for (const e of entries) {
        kinds[e] = 'contents';
        const entry = (lines[e] as SourceLine).text;
        // (Only unnumbered entries: a numbered heading is known by its number. An entry listed again in a
        // chapter's own contents keeps its depth in the whole one.)
        if (entry.length > LONGEST_HEADING || matchLabel(headingText(entry).replace(BULLET, '')) !== null) continue;
        const key = contentsKey(entry);
        listed.set(key, Math.max(listed.get(key) ?? 0, indentation(entry) - margin));
      }
      i = (entries[entries.length - 1] as number) || i;
    }
  }
  return { headers, listed };
}

/** How a contents entry names its heading: `3.2 Cables ....... 14` and `- Cables` both name `cables`. */
export function contentsKey(text: string): string {
  return headingText(text.replace(LEADER, ''))
    .replace(BULLET, '')
    .replace(/^[\d.]+\s+/, '')
    .toLowerCase();
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
    // (The copyright line under it may be long: `© Copyright 1999-2023, ... Created using Sphinx`.)
    if (text.length > 70 && !COPYRIGHT_NOTICE.test(text)) break;
    const below = lines[i + 1]?.text ?? '';
    if (text.length >= 50 && startsLowercase(below.trimStart())) break;
    // (A press release's end mark, `###`, may be centred; the other openers stand at the margin.)
    if (END_MARK.test(text) || (indentation(raw) === 0 && (FOOTER_START.test(text) || NAV_BAR.test(text)))) start = i;
  }
  if (start < 0) return;
  for (let i = start; i <= end; i++) {
    if (kinds[i] === undefined && !isBlank((lines[i] as SourceLine).text)) kinds[i] = 'footer';
  }
}

const SKIP_LINK = /^\s*skip to (main )?content\s*$/i;
const NAVIGATION = /^\s*(?:site |main )?(?:navigation|menu)\s*$/i;
/** `* Debian Python Policy documentation »`: a bulleted link, short, with no sentence in it. */
const LINK_ITEM = /^\s*[*•-]\s+\S.{0,78}[^.!?:\s]\s*$/;
const COOKIE = /\bcookies?\b/i;
const CONSENT_BUTTON =
  /^\s*((accept|reject|allow|decline|refuse)( all| all cookies| cookies)?|(manage|cookie|save) (preferences|settings|cookies)|customi[sz]e( settings| cookies)?|preferences|settings|(only )?necessary( cookies)?( only)?|got it|i agree|ok)\s*$/i;

/**
 * The top of a page copied from a browser. Under a `Skip to content` link,
 * the short lines that follow it are the site's menu (`Parcelwise`, `Menu`,
 * `Home`, `Pricing`), marked like the masthead above a breadcrumb; and a
 * paragraph about cookies over its buttons (`Accept all`, `Manage
 * preferences`) is the consent banner. Both only near the top.
 */
function markPageTop(lines: SourceLine[], kinds: (Boilerplate['kind'] | undefined)[]): void {
  const top = Math.min(lines.length, 200);
  for (let i = 0; i < top; i++) {
    const text = (lines[i] as SourceLine).text;
    if (SKIP_LINK.test(text)) {
      let end = i + 1;
      // (The menu ends at the title set straight under it, over its date: `Privacy Policy` / `Last updated: ...`.)
      const titled = (at: number): boolean => matchDateLine(collapseSpace(lines[at + 1]?.text ?? '')) !== null;
      while (end < lines.length && !isBlank((lines[end] as SourceLine).text) && isMenuItem((lines[end] as SourceLine).text) && !titled(end))
        end++;
      // Three or more entries up to the blank line (or the title), or nothing: a title set straight under the link stays.
      const menu = end - i - 1 >= 3 && end < lines.length && (isBlank((lines[end] as SourceLine).text) || titled(end));
      if (menu) for (let j = i + 1; j < end; j++) kinds[j] ??= 'breadcrumb';
      continue;
    }
    // `Navigation` over a list of links (a documentation site's header, as a text browser dumps it).
    if (NAVIGATION.test(text)) {
      let end = i + 1;
      while (end < lines.length && isBlank((lines[end] as SourceLine).text)) end++;
      const first = end;
      while (end < lines.length && LINK_ITEM.test((lines[end] as SourceLine).text)) end++;
      if (end > first && (end === lines.length || isBlank((lines[end] as SourceLine).text))) {
        for (let j = i; j < end; j++) if (!isBlank((lines[j] as SourceLine).text)) kinds[j] ??= 'breadcrumb';
      }
      continue;
    }
    if (kinds[i] !== undefined || text.length > 600 || !COOKIE.test(text)) continue;
    // The banner's paragraph, then its buttons (in the same block or the next).
    let start = i;
    while (start > 0 && !isBlank((lines[start - 1] as SourceLine).text)) start--;
    let end = i + 1;
    while (end < lines.length && isBlank((lines[end] as SourceLine).text)) end++;
    let buttons = 0;
    while (end < lines.length && CONSENT_BUTTON.test((lines[end] as SourceLine).text)) {
      buttons++;
      end++;
    }
    if (buttons === 0) continue;
    for (let j = start; j < end; j++) if (!isBlank((lines[j] as SourceLine).text)) kinds[j] ??= 'footer';
    i = end - 1;
  }
}

/** A menu entry: a few words, no sentence. */
function isMenuItem(line: string): boolean {
  const text = line.trim();
  return text.length <= 30 && countWords(text) <= 4 && !/[.!?,;:]$/.test(text);
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
