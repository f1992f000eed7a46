// Text normalisation for search, and the bigram tokens of SQLite's full-text index.
//
// Chinese has no spaces, and the common query is two characters (办公, 教育). FTS5's trigram
// tokenizer cannot index a 2-character query (it falls back to a full scan), so the index holds
// every pair of adjacent characters as one token: a query of n ≥ 2 characters is the phrase of
// its n − 1 bigrams, which matches exactly where the query is a substring. One-character queries
// (and PostgreSQL, where pg_trgm serves 3+ characters) use LIKE over the same normalised text.
import { matchKey } from '../ingest/normalize.js';

/** Lower-cased match key with punctuation turned into spaces (segment breaks). */
export function normText(text: string): string {
  return matchKey(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The bigram tokens of normalised text, space-separated (a lone character stays itself). */
export function bigrams(norm: string): string {
  const out: string[] = [];
  for (const seg of norm.split(' ')) {
    const chars = [...seg];
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out.join(' ');
}

/**
 * An FTS5 MATCH expression for a query (each segment a quoted phrase of bigrams, ANDed), or
 * undefined when some segment is a single character (then LIKE must answer).
 */
export function ftsQuery(qNorm: string): string | undefined {
  const segs = qNorm.split(' ').filter(Boolean);
  if (segs.length === 0 || segs.some((s) => [...s].length < 2)) return undefined;
  return segs.map((s) => `"${bigrams(s).replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * The token that marks an entry's kind in the index (letters only, longer than any query token,
 * so no query can match it), letting one kind's hits be fetched newest first with a LIMIT.
 */
export function kindToken(kind: string): string {
  return `zzkind${kind.replace(/[^a-z]/g, '')}`;
}

/** A LIKE pattern for the normalised query, with % _ and \ escaped (use ESCAPE '\'). */
export function likePattern(qNorm: string): string {
  return `%${qNorm.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Up to `width` characters of `text` around the first match of the query (matched loosely). */
export function snippet(text: string, q: string, width = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.toLowerCase().indexOf(q.trim().toLowerCase());
  if (flat.length <= width) return flat;
  const start = Math.max(0, (at < 0 ? 0 : at) - Math.floor(width / 3));
  const cut = flat.slice(start, start + width);
  return `${start > 0 ? '…' : ''}${cut}${start + width < flat.length ? '…' : ''}`;
}
