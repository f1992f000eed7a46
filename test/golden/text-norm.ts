// How the golden tests compare text: as a reader would, ignoring what extraction changes.
import { matchKey } from '../../src/ingest/normalize.js';
import type { TextSpec } from './expected-types.js';

/**
 * Text for comparison: NFKC (＞ → >, ＝ → =, full-width brackets folded), then the project's
 * match key (whitespace removed; brackets, quotes, colons and commas folded to one form).
 */
export function loose(text: string): string {
  return matchKey(text.normalize('NFKC'));
}

/**
 * A row label without its list marker: "一、本年收入", "1.一般公共预算拨款", "其中：一般财力" all
 * name their item; the marker is layout (the item id carries the structure).
 */
export function labelKey(text: string): string {
  let k = loose(text);
  for (;;) {
    const next = k.replace(/^([一二三四五六七八九十]+、|\d+[.、]|其中：)/, '');
    if (next === k) return k;
    k = next;
  }
}

/** A section or list number without its brackets and punctuation: （三）, (三), 三、 → 三. */
export function numberKey(text: string): string {
  return text.replace(/[^一二三四五六七八九十百\d]/g, '');
}

/** Trailing sentence punctuation that closes a printed field (owner "…办事处。"). */
export function withoutClosingStop(text: string): string {
  return text.replace(/[。；;，,\s]+$/, '');
}

export function isTextSpec(v: unknown): v is TextSpec {
  return typeof v === 'object' && v !== null && '$text' in v;
}

/** Why `actual` does not satisfy `spec` (undefined when it does). */
export function textMismatch(spec: TextSpec, actual: unknown): string | undefined {
  if (typeof actual !== 'string') return `no text (got ${JSON.stringify(actual)})`;
  const a = loose(actual);
  const problems: string[] = [];
  if (spec.prefix !== undefined && !a.startsWith(loose(spec.prefix)))
    problems.push(`does not start with "${spec.prefix}"`);
  if (spec.suffix !== undefined && !a.endsWith(loose(spec.suffix)))
    problems.push(`does not end with "${spec.suffix}"`);
  if (spec.includes !== undefined && !a.includes(loose(spec.includes)))
    problems.push(`does not contain "${spec.includes}"`);
  if (spec.excludes !== undefined && a.includes(loose(spec.excludes)))
    problems.push(`contains "${spec.excludes}"`);
  return problems.length ? `${problems.join('; ')} (got "${clip(actual)}")` : undefined;
}

/** A long text shortened for a report: its start and its end. */
export function clip(text: string, keep = 40): string {
  const t = text.replace(/\s+/g, '');
  return t.length <= keep * 2 ? t : `${t.slice(0, keep)}…${t.slice(-keep)}`;
}
