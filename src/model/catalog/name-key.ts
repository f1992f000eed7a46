// Tolerant keys for 科目 names as printed in PDFs: width, bracket style, quotes and line-break
// residue vary between documents while the name itself does not.
import type { CatalogLevel } from './format.js';

const OPEN = /[（(【[〔［〖{｛]/g;
const CLOSE = /[）)】\]〕］〗}｝]/g;
const QUOTES = /[“”„‟"'‘’‚‛「」『』〝〞]/g;
// \s covers U+3000; zero-width characters survive PDF extraction but are invisible.
const SPACE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

/** Key for comparing names: NFKC width folding, one bracket and quote style, no whitespace. */
export function normalizeNameKey(name: string): string {
  return plainNameKey(name) ?? fullNameKey(name);
}

/**
 * The key of a name made only of ideographs, digits, lower-case letters, spaces and round
 * brackets (most 科目 names), in one pass: NFKC (slow, and called per table row) leaves these
 * characters as they are but for the full-width brackets, which it makes ASCII. Undefined for
 * any other name.
 */
function plainNameKey(name: string): string | undefined {
  let out = '';
  let from = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a))
      continue;
    if (c === 0x28 || c === 0x29) continue; // ( )
    let folded: string;
    if (c === 0x20 || c === 0x09) folded = '';
    else if (c === 0xff08) folded = '(';
    else if (c === 0xff09) folded = ')';
    else return undefined;
    out += name.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? name : out + name.slice(from);
}

function fullNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(SPACE, '')
    .replace(OPEN, '(')
    .replace(CLOSE, ')')
    .replace(QUOTES, '"')
    .replace(/。+$/, '')
    .toLowerCase();
}

const LEVEL_MARKER = /[（(]\s*(类|款|项)\s*[）)]\s*$/;

/** Splits a trailing level marker as in narrative text: '行政运行（项）' → 行政运行 + 项. */
export function splitLevelMarker(name: string): { name: string; level?: CatalogLevel } {
  const m = LEVEL_MARKER.exec(name);
  if (!m) return { name };
  return { name: name.slice(0, m.index), level: m[1] as CatalogLevel };
}

/**
 * Splits '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）' after each
 * level marker, keeping the markers so resolvePath can use them.
 */
export function splitNamePath(text: string): string[] {
  const parts = text.split(/(?<=[（(]\s*(?:类|款|项)\s*[）)])/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * For a key ending in a bracket group, returns the text before the group and its contents,
 * matching nested brackets: '事业运行(政府办公厅(室)及相关机构事务)' → ['事业运行', '政府办公厅(室)…'].
 */
export function splitTrailingGroup(key: string): [head: string, inner: string] | undefined {
  if (!key.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = key.length - 1; i >= 0; i--) {
    const ch = key[i];
    if (ch === ')') depth++;
    else if (ch === '(' && --depth === 0) {
      return i > 0 ? [key.slice(0, i), key.slice(i + 1, -1)] : undefined;
    }
  }
  return undefined;
}

/** Key with a trailing '支出' removed: documents add or drop it freely. */
export function looseKey(key: string): string {
  return key.length > 2 && key.endsWith('支出') ? key.slice(0, -2) : key;
}
