// A small recursive comparer: walks the expectation (only what it pins) against the parser's
// model and records every difference with its path, so one failing test lists all mismatches.
import { isTextSpec, loose, textMismatch } from './text-norm.js';

/** One difference: where, what was expected, what the parser gave. */
export interface Mismatch {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

/** A difference the expectation accepts, with its reason (listed in the report, never silent). */
export interface Accepted {
  readonly path: string;
  readonly note: string;
}

export class Report {
  readonly mismatches: Mismatch[] = [];
  readonly accepted: Accepted[] = [];

  miss(path: string, expected: unknown, actual: unknown): void {
    this.mismatches.push({ path, expected: show(expected), actual: show(actual) });
  }

  accept(path: string, note: string): void {
    this.accepted.push({ path, note });
  }

  /** The mismatches as lines "path: expected X, got Y" (what a failing test prints). */
  lines(): string[] {
    return this.mismatches.map((m) => `${m.path}: expected ${m.expected}, got ${m.actual}`);
  }
}

/** A description shown as is in a report (not as a JSON value). */
export class Note {
  constructor(readonly text: string) {}
}
export const note = (text: string): Note => new Note(text);

export function show(v: unknown): string {
  if (v instanceof Note) return v.text;
  if (v === undefined) return '(absent)';
  return JSON.stringify(v);
}

/**
 * Compare `actual` with `expected` at `path`. Objects: only the keys the expectation gives
 * (undefined = not pinned). Arrays: same length, element by element. Strings: equal after
 * `loose` (whitespace, brackets, quotes folded). Numbers: exactly equal. TextSpec: prefix/suffix.
 */
export function compareValue(report: Report, path: string, expected: unknown, actual: unknown) {
  if (expected === undefined) return;
  if (isTextSpec(expected)) {
    const why = textMismatch(expected, actual);
    if (why) report.miss(path, note(describeSpec(expected)), note(`(${why})`));
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual))
      return report.miss(path, note(`${expected.length} entries`), actual);
    if (actual.length !== expected.length)
      report.miss(`${path}.length`, expected.length, actual.length);
    expected.forEach((e, i) => compareValue(report, `${path}[${i}]`, e, actual[i]));
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return report.miss(path, expected, actual);
    for (const [k, e] of Object.entries(expected)) {
      compareValue(report, `${path}.${k}`, e, (actual as Record<string, unknown>)[k]);
    }
    return;
  }
  if (typeof expected === 'string') {
    if (typeof actual !== 'string' || loose(actual) !== loose(expected))
      report.miss(path, expected, actual);
    return;
  }
  if (expected !== actual) report.miss(path, expected, actual);
}

export function describeSpec(spec: {
  prefix?: string;
  suffix?: string;
  includes?: string;
  excludes?: string;
}): string {
  const parts: string[] = [];
  if (spec.prefix !== undefined && spec.prefix === spec.suffix) return `text "${spec.prefix}"`;
  if (spec.prefix !== undefined) parts.push(`"${spec.prefix}…"`);
  if (spec.suffix !== undefined) parts.push(`"…${spec.suffix}"`);
  if (spec.includes !== undefined) parts.push(`containing "${spec.includes}"`);
  if (spec.excludes !== undefined) parts.push(`without "${spec.excludes}"`);
  return `text ${parts.join(' ')}`;
}
