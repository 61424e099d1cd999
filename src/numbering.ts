/**
 * Heading labels: recognising a numbered heading line and the numbering
 * style it belongs to. Pure; knows nothing about documents.
 */

import { lazy, type Pattern } from './lazy-regexp.js';

export interface Label {
  /** The numbering style, e.g. `decimal:2`, `roman-upper`, `keyword:chapter`. Same style = same level. */
  style: string;
  /** The label as written, without trailing punctuation: `II`, `1.2`, `Chapter 3`, `一`. */
  number: string;
  /** Ordinal value within its style (for sequence checks); decimal paths use the last component. */
  ordinal: number;
  /** For decimal paths: the components, so `4.2.1` can be nested under `4.2`. */
  path?: number[];
  /** Text after the label (may be empty: a label-only line). */
  title: string;
  /** Keyword and Chinese chapter headings need no sibling to be believed. */
  strong: boolean;
  /** A number with a letter after it (`Item 1A`), inserted after its number: it goes on the run at that number. */
  lettered?: boolean;
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Roman digits for 0-9 at each place (ones, tens, hundreds, thousands). */
const ROMAN_PLACES = [
  ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'],
  ['', 'x', 'xx', 'xxx', 'xl', 'l', 'lx', 'lxx', 'lxxx', 'xc'],
  ['', 'c', 'cc', 'ccc', 'cd', 'd', 'dc', 'dcc', 'dccc', 'cm'],
  ['', 'm', 'mm', 'mmm'],
] as const;

/** The standard form of 1-3999 in lower case. */
function romanNumeral(value: number): string {
  let text = '';
  for (let place = 3, scale = 1000; place >= 0; place--, scale /= 10) {
    text += ROMAN_PLACES[place]?.[Math.floor(value / scale) % 10] ?? '';
  }
  return text;
}

/**
 * Value of a well-formed Roman numeral (up to 3999), or 0. Well-formed means
 * written the standard way (`iv`, not `iiii` or `iiv`): the value, written
 * back, must give the same letters. (A pattern would say the same, but costs
 * more to compile than a short run spends on every numeral it reads.)
 */
export function romanValue(text: string): number {
  const s = text.toLowerCase();
  if (s === '' || s.length > 15) return 0;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = ROMAN_VALUES[s[i] as string];
    if (value === undefined) return 0;
    const next = i + 1 < s.length ? (ROMAN_VALUES[s[i + 1] as string] ?? 0) : 0;
    total += value < next ? -value : value;
  }
  return total > 0 && total < 4000 && romanNumeral(total) === s ? total : 0;
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral (一 .. 九千九百九十九) or of ASCII/full-width digits. */
export function chineseValue(text: string): number {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) digit = CHINESE_DIGITS[ch] as number;
    else if (ch in CHINESE_UNITS) {
      total += (digit || 1) * (CHINESE_UNITS[ch] as number);
      digit = 0;
    } else return 0;
  }
  return total + digit;
}

const WORD_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** The place (1 for first) of an ordinal word in a table of its forms, or 0. */
const ordinalIn = (table: readonly string[][], word: string): number => table.findIndex((forms) => forms.includes(word)) + 1;

/** Value of a keyword heading's numeral: `3`, `IV`, `A`, `One`, `First`. */
function keywordOrdinal(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (/^\(\d+\)$/.test(numeral)) return Number(numeral.slice(1, -1));
  if (/^[٠-٩]+$/.test(numeral)) return Number([...numeral].map((digit) => digit.charCodeAt(0) - 0x660).join(''));
  const inWords = ordinalIn(ARABIC_ORDINALS, numeral) || ordinalIn(CZECH_ORDINALS, numeral.toLowerCase());
  if (inWords > 0) return inWords;
  // (A French code's articles inserted after another: `Article 1245-1` comes after `Article 1245`.)
  if (/^\d+(?:-\d+)+$/.test(numeral)) return Number(numeral.split('-')[0]) + 0.001 * Number(numeral.split('-')[1]);
  const words = numeral.toLowerCase().split(/\s+/);
  const romance = ordinalIn(ROMANCE_ORDINALS, words[words.length - 1] as string);
  if (romance > 0) return romance + (words.length > 1 ? 10 : 0);
  // (`Item 1A` comes between `Item 1` and `Item 2`.)
  if (/^\d+[a-z]$/i.test(numeral)) return Number.parseInt(numeral, 10);
  const lower = numeral.toLowerCase();
  const word = WORD_NUMBERS.indexOf(lower);
  if (word > 0) return word;
  const ordinal = ORDINAL_WORDS.indexOf(lower);
  if (ordinal > 0) return ordinal;
  // French and Italian first articles and titles: `Article premier`, `TITRE PREMIER`, `Article 1er`.
  if (/^(premier|première|1er|1re|primo|ier)$/.test(lower)) return 1;
  // (`TÍTULO PRELIMINAR` comes before `TÍTULO I`.)
  if (/^(preliminar|preliminary|préliminaire)$/.test(lower)) return 0.5;
  // (`Proposal C`, `Appendix D`: letters, not the numerals 100 and 500; `Part I`, `Book V` stay Roman.)
  if (/^[cdlm]$/.test(lower)) return lower.charCodeAt(0) - 96;
  const roman = romanValue(numeral);
  if (roman > 0) return roman;
  if (/^[a-z]$/i.test(numeral)) return lower.charCodeAt(0) - 96;
  return 0;
}

const KEYWORDS =
  'chapter|part|book|section|sec|article|art|appendix|annex|schedule|volume|canto|act|scene|lecture|lesson|unit|week|module|session|slide|question|exercise|problem|task|stave|letter|note|step|stage|phase|finding|proposal|recommendation|objective|option|scenario|workshop|day|item|topic|chapitre|titre|kapitel|teil|abschnitt|capítulo|capitulo|capitolo|parte|livre|título|titulo|titolo|artículo|articulo|articolo|artigo|artikel|hoofdstuk|afdeling|глава|статья|раздел|chương|mục|điều|phần|الفصل|المادة|مادة|الباب|الفرع|cláusula|clausula|capo|kapittel|subpart|sous-titre|část|hlava|díl|oddíl|dział|rozdział|oddział';
/** Abbreviated keywords are the same family as the full word: `SEC. 2` follows `SECTION 1.`. */
const KEYWORD_ALIASES: Record<string, string> = {
  sec: 'section',
  art: 'article',
  título: 'titre',
  titulo: 'titre',
  titolo: 'titre',
  artículo: 'article',
  articulo: 'article',
  articolo: 'article',
  artigo: 'article',
  artikel: 'article',
  hoofdstuk: 'chapter',
  afdeling: 'section',
  глава: 'chapter',
  статья: 'article',
  раздел: 'part',
  capitolo: 'capítulo',
  // (An Italian regulation's `TITOLO I` > `CAPO I` > `Art. 1`.)
  capo: 'capítulo',
  // A contract's clauses: `CLÁUSULA PRIMEIRA – DO OBJETO`.
  cláusula: 'clause',
  clausula: 'clause',
  // A Norwegian law's `Kapittel 1.` > `§ 1.Formål`.
  kapittel: 'kapitel',
  // Czech and Polish acts: `ČÁST PRVNÍ` > `HLAVA I` > `Díl 1` > `§ 5`; `DZIAŁ I` > `Rozdział 1` > `Art. 1.`
  část: 'part',
  hlava: 'titre',
  díl: 'chapter',
  oddíl: 'section',
  dział: 'part',
  rozdział: 'chapter',
  oddział: 'section',
  // Vietnamese and Arabic laws: `Chương I` > `Điều 1.`, `الفصل الأول` > `المادة 1`.
  chương: 'chapter',
  mục: 'section',
  điều: 'article',
  phần: 'part',
  الفصل: 'chapter',
  المادة: 'article',
  مادة: 'article',
  الباب: 'part',
  الفرع: 'section',
};
const SEQUENCE_KEYWORDS = new Set(
  'note step stage phase finding proposal recommendation objective option scenario workshop day item topic'.split(' '),
);
/** Abbreviations need their full stop; the same word in another language does not. */
const ABBREVIATIONS = new Set(['sec', 'art']);
/** Arabic ordinals, masculine and feminine, first to tenth: `الفصل الأول`, `المادة الثانية`. */
const ARABIC_ORDINALS = [
  ['الأول', 'الأولى'],
  ['الثاني', 'الثانية'],
  ['الثالث', 'الثالثة'],
  ['الرابع', 'الرابعة'],
  ['الخامس', 'الخامسة'],
  ['السادس', 'السادسة'],
  ['السابع', 'السابعة'],
  ['الثامن', 'الثامنة'],
  ['التاسع', 'التاسعة'],
  ['العاشر', 'العاشرة'],
];
/** Czech ordinals, first to tenth, feminine and masculine: `ČÁST PRVNÍ`, `ČÁST DRUHÁ`. */
const CZECH_ORDINALS = [
  ['první'],
  ['druhá', 'druhý'],
  ['třetí'],
  ['čtvrtá', 'čtvrtý'],
  ['pátá', 'pátý'],
  ['šestá', 'šestý'],
  ['sedmá', 'sedmý'],
  ['osmá', 'osmý'],
  ['devátá', 'devátý'],
  ['desátá', 'desátý'],
];
/** Portuguese and Spanish feminine ordinals, first to tenth: `CLÁUSULA PRIMEIRA`, `CLÁUSULA TERCERA`. */
const ROMANCE_ORDINALS = [
  ['primeira', 'primera'],
  ['segunda'],
  ['terceira', 'tercera'],
  ['quarta', 'cuarta'],
  ['quinta'],
  ['sexta'],
  ['sétima', 'séptima', 'setima', 'septima'],
  ['oitava', 'octava'],
  ['nona', 'novena'],
  ['décima', 'decima'],
];
// (A number in brackets, `Article (2)`, `المادة (2)`; Arabic-Indic digits, `المادة ٣`; `DÉCIMA PRIMEIRA`.)
const NUMERAL = `\\(\\d+\\)|[٠-٩]+|${ARABIC_ORDINALS.flat().join('|')}|${CZECH_ORDINALS.flat().join('|')}|(?:d[ée]cima\\s+)?(?:${ROMANCE_ORDINALS.flat().join('|')})|\\d+(?:-\\d+)+|\\d+(?:\\.\\d+)*|ier|\\d{1,3}[a-z]|preliminar|preliminary|préliminaire|[ivxlcdm]+|[a-z]|${WORD_NUMBERS.slice(1).join('|')}|${ORDINAL_WORDS.slice(1).join('|')}|premier|première|1er|1re|primo`;
// `Article. I.`, `CHAPTER IV. The Title`, `Part One: Beginnings`, `Appendix A.  Foo`, `Section 2 - Bar`.
const KEYWORD_HEADING = lazy(
  () => new RegExp(`^(${KEYWORDS})(\\.?\\s+)(${NUMERAL})((?:\\.?[º°ª])?)(?![\\p{L}\\p{N}])\\.?(?:\\s*[-—–:.]+\\s*|\\s+|$)(.*)$`, 'iu'),
);
// (Lovdata sets a Norwegian law's sections with no space after the dot: `§ 1.Formål`.)
const SECTION_SIGN = /^(§{1,2}\s*(?:\d+|[A-Z](?=\.))(?:\.\d+)*[a-z]?)(?:\.?(?:\s+|$)|\.(?=\p{Lu}))(.*)$/u;

/**
 * `§ 12 Title`: a section of a law, its number its own. A path (`§ 2.1`, `§ A.1`, a specification's marks) nests
 * as its numbering says: the path is read as it would be without the mark.
 */
function sectionSignLabel(m: RegExpExecArray): Label | null {
  const number = text(m, 1);
  const path = number.replace(/^§+\s*/, '');
  if (path.includes('.')) {
    const inner = matchLabel(`${path} ${text(m, 2)}`);
    if (inner?.path !== undefined) return { ...inner, number, strong: true };
  }
  return { style: 'section-sign', number, ordinal: 0, title: text(m, 2), strong: true };
}
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3})*)(\.?)(?:\s+|$)(.*)$/u;
// `B.1`, `D.1.1.`: appendix and grant-plan numbering, a letter then a decimal path.
// (Or run together before a full stop: `A1. Greenhouse gas emissions`, a report's parts A, B and C.)
const LETTER_DECIMAL = /^([A-Z](?:\.\d{1,3})+|[A-Z]\d{1,2}(?=\.\s))(\.?)(?:\s+|$)(.*)$/u;
const DECIMAL_PAREN = /^(\d{1,3})\)\s+(.*)$/u;
// (Capitals alone on their line, `IV`, number the poems of a sequence and the chapters of some books.)
const ROMAN = /^(?:([IVXLCDM]+|[ivxlcdm]+)[.)](?:\s+|$)(.*)|([IVXLCDM]{1,8}))$/u;
const LETTER = /^([A-Z]|[a-z])[.)](?:\s+|$)(.*)$/u;
const PAREN_LETTER = /^\(([a-z]|[A-Z])\)(?:\s+|$)(.*)$/u;
const PAREN_NUMBER = /^\((\d{1,3})\)(?:\s+|$)(.*)$/u;
// Korean statutes: `제1장 총칙` (chapter), `제2절` (section), `제1편` (part); `제1조(목적) ...` are articles.
const KOREAN_CHAPTER = /^(제\d{1,3})(편|장|절|관)\s*(.*)$/;
const KOREAN_ARTICLE = /^(제\d{1,3}조(?:의\d{1,2})?)\s*(.*)$/;
/** Korean reports letter their subsections in the syllables' order: `가. 지원 대상`, `나. 지원 내용`. */
const KOREAN_LETTERS = '가나다라마바사아자차카타파하';
const KOREAN_LETTER = /^([가나다라마바사아자차카타파하])\.\s+(\S.*)$/;
// 節 and 編 are the traditional (and Japanese) forms of 节 and 编.
const CHINESE_CHAPTER = /^(第[一二三四五六七八九十百千零〇两\d０-９]+)([章节節篇部编編卷回])\s*(.*)$/u;
const CHINESE_ARTICLE = /^(第[一二三四五六七八九十百千零〇两\d０-９]+条)\s*(.*)$/u;
const CHINESE_ENUM = /^([一二三四五六七八九十百]+)[、.．]\s*(.*)$/u;
const CHINESE_PAREN = /^[（(]([一二三四五六七八九十百]+)[)）]\s*(.*)$/u;
// `（１）`: full-width brackets round (full-width) digits, as Japanese and Chinese texts write them.
const FULLWIDTH_PAREN_NUMBER = /^（([0-9０-９]{1,3})）\s*(.*)$/u;
const FULLWIDTH_DIGIT = /^([0-9０-９]{1,3})[、．]\s*(.*)$/u;

/** What each pattern can start with. */
const FIRST_CHARACTER = new Map<Pattern, RegExp>([
  [KEYWORD_HEADING, /[A-Za-zА-Яа-яĐđČč\u0621-\u064a]/],
  [SECTION_SIGN, /§/],
  [DECIMAL, /\d/],
  [LETTER_DECIMAL, /[A-Z]/],
  [DECIMAL_PAREN, /\d/],
  [ROMAN, /[IVXLCDMivxlcdm]/],
  [LETTER, /[A-Za-z]/],
  [PAREN_LETTER, /\(/],
  [PAREN_NUMBER, /\(/],
  [CHINESE_CHAPTER, /第/],
  [KOREAN_CHAPTER, /제/],
  [KOREAN_ARTICLE, /제/],
  [KOREAN_LETTER, /[가나다라마바사아자차카타파하]/],
  [CHINESE_ARTICLE, /第/],
  [CHINESE_ENUM, /[一二三四五六七八九十百]/],
  [CHINESE_PAREN, /[（(]/],
  [FULLWIDTH_PAREN_NUMBER, /（/],
  [FULLWIDTH_DIGIT, /[0-9０-９]/],
]);
// (The letters before a hyphen stand for `sous-titre`.)
const KEYWORD_SET = new Set([...KEYWORDS.split('|'), 'sous']);

function chineseUnitRank(unit: string): string {
  return (
    {
      편: 'bian',
      장: 'zhang',
      절: 'jie',
      관: 'guan',
      编: 'bian',
      編: 'bian',
      部: 'bu',
      篇: 'pian',
      卷: 'juan',
      章: 'zhang',
      回: 'hui',
      节: 'jie',
      節: 'jie',
    }[unit] ?? unit
  );
}

type Rule = [Pattern, (m: RegExpExecArray) => Label | null];

const text = (m: RegExpExecArray, i: number): string => (m[i] ?? '').trim();
const letterOrdinal = (letter: string): number => letter.toLowerCase().charCodeAt(0) - 96;

/** `第一章 总则`, `제1장 총칙`: the prefix, a numeral (Chinese or digits) and the unit, ranked by the unit. */
const chapterLabel = (m: RegExpExecArray): Label => ({
  style: `chinese:${chineseUnitRank(m[2] as string)}`,
  number: `${m[1]}${m[2]}`,
  ordinal: chineseValue(text(m, 1).slice(1)),
  title: text(m, 3),
  strong: true,
});

/** Tried in order; the first rule whose pattern matches and that returns a label wins. */
const RULES: Rule[] = [
  [
    KEYWORD_HEADING,
    (m) => {
      const written = text(m, 1).toLowerCase();
      const keyword = KEYWORD_ALIASES[written] ?? written;
      // An abbreviation needs its full stop (`SEC. 2`, `Art. 3`): `Art 3` or `sec 2` is more likely prose.
      if (ABBREVIATIONS.has(written) && m[2]?.[0] !== '.') return null;
      const numeral = m[3] as string;
      // `Section 4.2.1 Sensor Identifier`: a keyword over a decimal path nests by the path's depth.
      if (numeral.includes('.')) {
        const path = numeral.split('.').map(Number);
        const number = `${m[1]}${m[2]}${numeral}`;
        return {
          style: `decimal:${path.length}`,
          number,
          ordinal: path[path.length - 1] as number,
          path,
          title: text(m, 5),
          // (Named, `Section 3.2 Reconciliation` needs no sibling: in a lease its neighbours may all run in.)
          strong: !SEQUENCE_KEYWORDS.has(keyword),
        };
      }
      const ordinal = keywordOrdinal(numeral);
      // `Section a` or `Part of ...` are sentences: the numeral must be a numeral (a letter only for appendices).
      const lowerLetter = numeral.length === 1 && /[a-z]/.test(numeral);
      if (ordinal === 0 || (lowerLetter && !/^(appendix|annex|schedule)$/.test(keyword))) return null;
      // Notes (`Note 1 — Revenue`) must come in a sequence: a lone `Note 2. ...` is a remark; so must the
      // words that also number a list's entries (`Step 1: Create a Module`, `Finding 2 – Access reviews`).
      const strong = !SEQUENCE_KEYWORDS.has(keyword);
      const lettered = /\d[a-z]$/i.test(numeral);
      // (`Artigo 1.º`, `Art. 2º`: the ordinal sign is part of the number.)
      const number = `${m[1]}${m[2]}${numeral}${m[4] ?? ''}`;
      return { style: `keyword:${keyword}`, number, ordinal, title: text(m, 5), strong, ...(lettered ? { lettered } : {}) };
    },
  ],
  [SECTION_SIGN, sectionSignLabel],
  [CHINESE_CHAPTER, chapterLabel],
  [KOREAN_CHAPTER, chapterLabel],
  [
    KOREAN_ARTICLE,
    (m) => ({ style: 'chinese:tiao', number: text(m, 1), ordinal: Number(/\d+/.exec(text(m, 1))?.[0]), title: text(m, 2), strong: false }),
  ],
  [
    KOREAN_LETTER,
    (m) => ({
      style: 'korean-letter',
      number: text(m, 1),
      ordinal: KOREAN_LETTERS.indexOf(text(m, 1)) + 1,
      title: text(m, 2),
      strong: false,
    }),
  ],
  [
    CHINESE_ARTICLE,
    (m) => ({
      style: 'chinese:tiao',
      number: text(m, 1),
      ordinal: chineseValue(text(m, 1).slice(1, -1)),
      title: text(m, 2),
      strong: false,
    }),
  ],
  [
    CHINESE_ENUM,
    (m) => ({ style: 'chinese-enum', number: text(m, 1), ordinal: chineseValue(text(m, 1)), title: text(m, 2), strong: false }),
  ],
  [
    CHINESE_PAREN,
    (m) => ({ style: 'chinese-paren', number: text(m, 1), ordinal: chineseValue(text(m, 1)), title: text(m, 2), strong: false }),
  ],
  [
    FULLWIDTH_PAREN_NUMBER,
    (m) => ({ style: 'paren-number', number: text(m, 1), ordinal: chineseValue(text(m, 1)), title: text(m, 2), strong: false }),
  ],
  [
    DECIMAL,
    (m) => {
      const number = text(m, 1);
      const path = number.split('.').map(Number);
      // `1.0 PURPOSE`, `2.0 SCOPE`: engineering documents number their top level `N.0`, over `2.1`.
      if (path.length === 2 && path[1] === 0 && (path[0] as number) > 0) path.pop();
      let title = text(m, 3);
      // `1 - Installation`, `3.1 - Settings`: a spaced dash before a word separates the title.
      // `1.0.0 - 2022-06-01` is a version and a date, `4 - 5 seconds` a range: not numbered titles.
      const dashed = /^[-–—]{1,2}\s+(?=\p{L})/u.exec(title);
      if (dashed) title = title.slice(dashed[0].length);
      else if (/^[-–—]/u.test(title)) return null;
      // `1 apple` is not a heading: a bare number needs its dot, a dash, or a capital after it
      // (`1 Introduction`, as LaTeX prints sections); a path (1.2) does not.
      // A bare number alone on its line (`1`, a novel's chapter) is a label-only line; candidates check its place.
      if (path.length === 1 && m[2] !== '.' && !dashed && !/^\p{Lu}/u.test(title) && title !== '') return null;
      return { style: `decimal:${path.length}`, number, ordinal: path[path.length - 1] as number, path, title, strong: false };
    },
  ],
  [
    LETTER_DECIMAL,
    (m) => {
      const number = text(m, 1);
      const parts = number.includes('.') ? number.split('.') : [number.charAt(0), number.slice(1)];
      const path = [letterOrdinal(parts[0] as string), ...parts.slice(1).map(Number)];
      return {
        style: `letter-decimal:${path.length}`,
        number,
        ordinal: path[path.length - 1] as number,
        path,
        title: text(m, 3),
        strong: false,
      };
    },
  ],
  [
    FULLWIDTH_DIGIT,
    (m) => ({ style: 'decimal-cjk', number: text(m, 1), ordinal: chineseValue(text(m, 1)), title: text(m, 2), strong: false }),
  ],
  [DECIMAL_PAREN, (m) => ({ style: 'decimal-paren', number: text(m, 1), ordinal: Number(m[1]), title: text(m, 2), strong: false })],
  [
    ROMAN,
    (m) => {
      const numeral = m[3] ?? text(m, 1);
      const ordinal = romanValue(numeral);
      // A lone `C.`, `D.`, `L.` or `M.` is more likely a letter: leave those to the letter rule.
      if (ordinal === 0 || (numeral.length === 1 && /[cdlm]/i.test(numeral))) return null;
      const style = numeral === numeral.toUpperCase() ? 'roman-upper' : 'roman-lower';
      return { style, number: numeral, ordinal, title: text(m, 2), strong: false };
    },
  ],
  [
    LETTER,
    (m) => {
      const letter = text(m, 1);
      const style = letter === letter.toUpperCase() ? 'letter-upper' : 'letter-lower';
      return { style, number: letter, ordinal: letterOrdinal(letter), title: text(m, 2), strong: false };
    },
  ],
  [
    PAREN_LETTER,
    (m) => ({ style: 'paren-letter', number: text(m, 1), ordinal: letterOrdinal(text(m, 1)), title: text(m, 2), strong: false }),
  ],
  [PAREN_NUMBER, (m) => ({ style: 'paren-number', number: text(m, 1), ordinal: Number(m[1]), title: text(m, 2), strong: false })],
];

/**
 * The rules a line's first character leaves open, worked out once per character: most lines are
 * prose, and the first character rules most patterns out before their (large, Unicode) regexes
 * are compiled or run.
 */
function rulesFor(first: string): Rule[] {
  let rules = RULES_BY_FIRST.get(first);
  if (rules === undefined) {
    rules = RULES.filter(([pattern]) => FIRST_CHARACTER.get(pattern)?.test(first));
    RULES_BY_FIRST.set(first, rules);
  }
  return rules;
}
const RULES_BY_FIRST = new Map<string, Rule[]>();

const ASCII_LETTERS = /^[A-Za-z]*/;
const LETTERS_AT_START = lazy(() => /^\p{L}+/u);

/** The run of letters a line starts with (the keyword of `Chapter 3`); ASCII needs no Unicode class. */
function leadingLetters(line: string): string {
  const ascii = (ASCII_LETTERS.exec(line) as RegExpExecArray)[0];
  if (ascii.length === line.length || line.charCodeAt(ascii.length) < 128) return ascii;
  return LETTERS_AT_START.exec(line)?.[0] ?? '';
}

/** Recognise the numbering at the start of a (collapsed) line. */
export function matchLabel(line: string): Label | null {
  // (By index, and no destructuring: this runs for most lines, and iterators allocate at each step.)
  const rules = rulesFor(line.charAt(0));
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as Rule;
    const pattern = rule[0];
    const toLabel = rule[1];
    // A keyword heading starts with a keyword.
    if (pattern === KEYWORD_HEADING && !KEYWORD_SET.has(leadingLetters(line).toLowerCase())) continue;
    const m = pattern.exec(line);
    const label = m ? toLabel(m) : null;
    if (label) return label;
  }
  return null;
}
