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

// Anything the folds below touch; most lines have none and skip them.
const NEEDS_FOLD = /[\u0300-\u036F\u3099\u309A\u2E80-\u2FD5\uFF10-\uFF5A\u3000\u00A0\u2000-\u200F\u202F\u205F\uFEFF\u00AD]/;

/** Normalise one line of extracted text (see the file comment for what is folded and why). */
export function normalizeText(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text.replace(/\s+$/, '');
  return text
    .normalize('NFC')
    .replace(KANGXI, (c) => c.normalize('NFKC'))
    .replace(SUPPLEMENT, (c) => RADICAL_SUPPLEMENT[c] ?? c)
    .replace(FULLWIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+$/, '');
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

// matchKey runs on the same line texts in several parse steps; a bounded memo keeps that cheap.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 20_000;

/**
 * A key for comparing labels and titles as a reader would: whitespace removed (PDF text breaks
 * names across lines), brackets, quotes and colons folded to one form.
 */
export function matchKey(text: string): string {
  let key = KEY_CACHE.get(text);
  if (key === undefined) {
    key = text.replace(/\s+/g, '').replace(/[()[\]〔〕"＂”'’:,;]/g, (c) => BRACKETS[c] ?? c);
    if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
    KEY_CACHE.set(text, key);
  }
  return key;
}
