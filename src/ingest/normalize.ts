// The one place text is normalised. Parse never normalises again.
//
// We keep Chinese punctuation as printed (（）、：，“”) because the model keeps names as printed;
// matching that must ignore such differences goes through a match key (see matchKey). What we
// do fold, because it carries no meaning and breaks matching:
// - CJK radicals that some PDF producers emit instead of the ideograph (部⻔ with U+2ED4 for 门,
//   ⼀ U+2F00 for 一). The Kangxi block U+2F00–U+2FD5 folds under NFKC; the supplement block
//   U+2E80–U+2EF3 has no decomposition, so it needs the table below (the radicals that occur as
//   simplified components in budget documents, mapped to their ideographs).
// - full-width ASCII letters and digits (Ｈ, ３) to ASCII, and the ideographic / no-break spaces
//   to a plain space.

const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E8B': '㔾',
  '\u2E8C': '小',
  '\u2E8D': '小',
  '\u2E95': '彐',
  '\u2E9D': '月',
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EA7': '牛',
  '\u2EAA': '疋',
  '\u2EAE': '竹',
  '\u2EB3': '网',
  '\u2EB7': '羊',
  '\u2EBC': '肉',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC8': '讠',
  '\u2ECB': '车',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED6': '阝',
  '\u2EDB': '风',
  '\u2EDD': '食',
  '\u2EDF': '饣',
  '\u2EE0': '饣',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};

const KANGXI = /[\u2F00-\u2FD5]/g;
const SUPPLEMENT = /[\u2E80-\u2EF3]/g;
const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const ODD_SPACES = /[\u3000\u00A0\u2002-\u200A\u202F\u205F]/g;
const INVISIBLE = /[\u200B-\u200D\uFEFF\u00AD]/g;

// Anything the folds below touch (NEEDS_FOLD: most lines have none and skip them) and what the
// replacements after NFC change (FOLDED_HERE), by UTF-16 code unit, as the patterns (no `u`
// flag) read them: a table read per letter is cheaper than the patterns on every line.
const NEEDS_FOLD = 1;
const FOLDED_HERE = 2;
const FOLD_CLASS = new Uint8Array(0x10000);
const markFold = (from: number, to: number, bit: number) => {
  for (let c = from; c <= to; c++) FOLD_CLASS[c] = (FOLD_CLASS[c] as number) | bit;
};
for (const [from, to] of [
  [0x0300, 0x036f],
  [0x3099, 0x309a],
  [0x2e80, 0x2fd5],
  [0xff10, 0xff5a],
  [0x3000, 0x3000],
  [0x00a0, 0x00a0],
  [0x2000, 0x200f],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0xfeff, 0xfeff],
  [0x00ad, 0x00ad],
] as const)
  markFold(from, to, NEEDS_FOLD);
// KANGXI, SUPPLEMENT, FULLWIDTH_ALNUM, ODD_SPACES, INVISIBLE.
for (const [from, to] of [
  [0x2f00, 0x2fd5],
  [0x2e80, 0x2ef3],
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
  [0x3000, 0x3000],
  [0x00a0, 0x00a0],
  [0x2002, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x200b, 0x200d],
  [0xfeff, 0xfeff],
  [0x00ad, 0x00ad],
] as const)
  markFold(from, to, FOLDED_HERE);

// Letters NFC leaves as they are in any text made only of them: each is its own composition, not
// a combining mark, and no two of them compose (checked for every pair outside the ideographs,
// which compose with nothing). Every other code unit is marked NFC_MAY_CHANGE.
const NFC_MAY_CHANGE = 4;
const NFC_STABLE_RANGES = [
  [0x0000, 0x02ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x3000, 0x3029],
  [0x3030, 0x303f],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
] as const;
markFold(0, 0xffff, NFC_MAY_CHANGE);
for (const [from, to] of NFC_STABLE_RANGES)
  for (let c = from; c <= to; c++) FOLD_CLASS[c] = (FOLD_CLASS[c] as number) & ~NFC_MAY_CHANGE;

// The letters normalizeText can change on their own: a fold (FOLDED_HERE) or one NFC may change.
// The others of NEEDS_FOLD (the full-width colon and semicolon, common in every text) change
// nothing unless the line also holds one of these, so a line without any of them is only trimmed.
const CHANGING = FOLDED_HERE | NFC_MAY_CHANGE;
/**
 * Can this UTF-16 code unit make normalizeText do more than trim its line (a fold, or a letter
 * NFC may change)? textLayout's walk over the whole text asks it of every letter, through a table
 * of its own, rather than calling normalizeText on every line.
 */
export function changesLine(code: number): boolean {
  return ((FOLD_CLASS[code] as number) & CHANGING) !== 0;
}

function hasClass(text: string, bit: number): boolean {
  for (let i = 0; i < text.length; i++)
    if (((FOLD_CLASS[text.charCodeAt(i)] as number) & bit) !== 0) return true;
  return false;
}

/** The classes of all the text's letters, or-ed. */
function classesOf(text: string): number {
  let classes = 0;
  for (let i = 0; i < text.length; i++) classes |= FOLD_CLASS[text.charCodeAt(i)] as number;
  return classes;
}

/**
 * Normalise one line of extracted text (see the file comment for what is folded and why).
 * Trailing whitespace goes too (trimEnd removes what /\s+$/ matches, in linear time). Lines
 * with a full-width colon only (：, common) need NFC at most: the replacements would change
 * nothing; and NFC itself is skipped when no letter could change under it (one pass over the
 * letters tells both).
 */
export function normalizeText(text: string): string {
  const classes = classesOf(text);
  if ((classes & NEEDS_FOLD) === 0) return text.trimEnd();
  if ((classes & NFC_MAY_CHANGE) === 0)
    return (classes & FOLDED_HERE) === 0 ? text.trimEnd() : replaceFolds(text);
  const composed = text.normalize('NFC');
  if (!hasClass(composed, FOLDED_HERE)) return composed.trimEnd();
  return replaceFolds(composed);
}

/** The folds after NFC (see the file comment), and trailing whitespace dropped. */
function replaceFolds(composed: string): string {
  return composed
    .replace(KANGXI, (c) => c.normalize('NFKC'))
    .replace(SUPPLEMENT, (c) => RADICAL_SUPPLEMENT[c] ?? c)
    .replace(FULLWIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .trimEnd();
}

const BRACKETS: Readonly<Record<string, string>> = {
  '(': '（',
  ')': '）',
  '[': '【',
  ']': '】',
  '〔': '【',
  '〕': '】',
  '"': '“',
  '＂': '“',
  '”': '“',
  "'": '‘',
  '’': '‘',
  ':': '：',
  ',': '，',
  ';': '；',
};

// What matchKey does to each UTF-16 code unit: KEEP it, DROP it (what /\s/ matches: ECMAScript
// WhiteSpace and LineTerminator), or replace it by FOLDED[code - FOLD_BASE] (the brackets above).
const KEEP = 0;
const DROP = 1;
const FOLD_BASE = 2;
const FOLDED = Object.values(BRACKETS);
const KEY_ACTION = new Uint8Array(0x10000);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f])
  KEY_ACTION[c] = DROP;
for (const c of [0x205f, 0x3000, 0xfeff]) KEY_ACTION[c] = DROP;
for (let c = 0x2000; c <= 0x200a; c++) KEY_ACTION[c] = DROP;
Object.keys(BRACKETS).forEach((c, i) => (KEY_ACTION[c.charCodeAt(0)] = FOLD_BASE + i));

/** Is this UTF-16 code unit whitespace as /\s/ (and String.prototype.trim) define it? */
export function isWhitespaceCode(code: number): boolean {
  return KEY_ACTION[code] === DROP;
}

/**
 * A key for comparing labels and titles as a reader would: whitespace removed (PDF text breaks
 * names across lines), brackets, quotes and colons folded to one form. One pass over the text
 * (several parse steps key the same lines, so this is kept cheap); text with nothing to fold is
 * returned as it is.
 */
export function matchKey(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const action = KEY_ACTION[text.charCodeAt(i)]!;
    if (action === KEEP) continue;
    out += text.slice(from, i);
    if (action !== DROP) out += FOLDED[action - FOLD_BASE];
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// Quotes a title or label may print around a word or not ("三公"经费, “三公”经费, 「三公」经费).
const QUOTE_MARKS = /[“”"‘’'「」『』]/g;

/** The text with its quote marks left out, for comparing labels printed with and without them. */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTE_MARKS, '');
}

/** matchKey without quote marks: how table titles, profile titles and column labels are compared. */
export function quoteFreeKey(text: string): string {
  return withoutQuotes(matchKey(text));
}
