// The "every number" walk, part 1: every number printed in a seed, with its line and the part of
// the document it is in (by the line ranges of the expectation, not by the parser's segmentation).
import { normalizeText } from '../../src/ingest/index.js';
import type { Layout } from '../../src/model/layout.js';
import type { SeedExpectation } from './expected-types.js';

export interface PrintedNumber {
  /** 1-based line of the seed file. */
  readonly line: number;
  /** As printed (commas kept). */
  readonly text: string;
  readonly value: number;
  /** Its line with whitespace removed, and where the number sits in it (non-table parts). */
  readonly compact: string;
  readonly start: number;
  readonly end: number;
  /** The next non-blank line with whitespace removed (a unit may wrap onto it). */
  readonly nextLine: string;
}

export type Zone =
  | { kind: 'page-number' }
  | { kind: 'part-heading' }
  | { kind: 'overview' }
  | { kind: 'table'; index: number }
  | { kind: 'narrative' }
  | { kind: 'performance'; index: number }
  | { kind: 'glossary' }
  | { kind: 'closing' }
  | { kind: 'outside' };

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const PART_HEADING = /^第[一二三四]部分/;

/** The numbers of a text, in order, with their offsets. */
export function numbersIn(
  text: string,
): { text: string; value: number; start: number; end: number }[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    text: m[0],
    value: Number(m[0].replace(/,/g, '')),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The seed's normalised lines (as ingest normalises them), 1-based. */
export function seedLines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => normalizeText(l));
}

export function zoneOf(seed: SeedExpectation, layout: Layout, line: number, text: string): Zone {
  const within = (r: readonly [number, number]) => line >= r[0] && line <= r[1];
  if (!layout.lines.some((l) => l.line === line)) return { kind: 'page-number' };
  if (PART_HEADING.test(text.trim())) return { kind: 'part-heading' };
  const t = seed.tables.findIndex((x) => within(x.lines));
  if (t >= 0) return { kind: 'table', index: t };
  const p = seed.performance.findIndex((x) => within(x.lines));
  if (p >= 0) return { kind: 'performance', index: p };
  if (within(seed.parts.overview)) return { kind: 'overview' };
  if (seed.parts.narrative.some(within)) return { kind: 'narrative' };
  if (within(seed.parts.glossary)) return { kind: 'glossary' };
  if (within(seed.parts.closing)) return { kind: 'closing' };
  return { kind: 'outside' };
}

/** Every printed number outside the tables (table lines are read cell by cell elsewhere). */
export function printedNumbers(lines: readonly string[], line: number): PrintedNumber[] {
  const text = lines[line - 1] ?? '';
  const compact = text.replace(/\s+/g, '');
  let next = '';
  for (let i = line; i < lines.length && !next; i++) next = (lines[i] ?? '').replace(/\s+/g, '');
  return numbersIn(compact).map((n) => ({ line, ...n, compact, nextLine: next }));
}

/** What follows the number: the rest of its line, then the next line (a unit may wrap: 14.24万/元). */
export function after(n: PrintedNumber): string {
  return n.compact.slice(n.end) + n.nextLine;
}

/**
 * Short windows of the line around the number (whitespace removed): a text field that covers the
 * line contains one of them. Several sizes, because a field may start or end at the number.
 */
export function windows(n: PrintedNumber): string[] {
  const w = (before: number, afterLen: number) =>
    n.compact.slice(Math.max(0, n.start - before), n.end + afterLen);
  return [w(2, 2), w(2, 0), w(0, 2), w(1, 1)].filter(
    (s) => s.length > n.text.length || s === n.compact,
  );
}
