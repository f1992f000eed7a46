// The "every number" walk, part 2: where each printed number outside the tables must be found in
// the model. Amounts, shares and counts of the 情况说明 must be structured (a fact, a project, a
// matter); numbers that are part of text (dates, document numbers, numbering) must be inside a
// text field covering their line; 绩效目标表 numbers in the table's fields or indicators.
import type { Disclosure } from '../../src/model/disclosure.js';
import type { SeedExpectation } from './expected-types.js';
import { findTarget } from './compare-parts.js';
import { after, windows, type PrintedNumber } from './number-walk.js';
import { loose } from './text-norm.js';

export interface Finding {
  readonly line: number;
  readonly number: string;
  readonly ok: boolean;
  /** Where it was found, or why it was not. */
  readonly how: string;
}

const found = (n: PrintedNumber, how: string): Finding => ({
  line: n.line,
  number: n.text,
  ok: true,
  how,
});
const lost = (n: PrintedNumber, how: string): Finding => ({
  line: n.line,
  number: n.text,
  ok: false,
  how,
});

/** Every number leaf of a value (its `at` source references left out). */
export function numberLeaves(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (Array.isArray(v)) return v.flatMap(numberLeaves);
  if (typeof v === 'object' && v !== null)
    return Object.entries(v).flatMap(([k, x]) => (k === 'at' ? [] : numberLeaves(x)));
  return [];
}

/** Every string leaf of a value. */
export function textLeaves(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(textLeaves);
  if (typeof v === 'object' && v !== null)
    return Object.entries(v).flatMap(([k, x]) => (k === 'at' ? [] : textLeaves(x)));
  return [];
}

/** Does some text of `v` contain the number with a little of its printed context? */
export function inText(n: PrintedNumber, v: unknown): boolean {
  const texts = textLeaves(v).map(loose);
  return windows(n).some((w) => texts.some((t) => t.includes(loose(w))));
}

// A figure (an amount, a share, a count of projects, vehicles, devices, an area) — as opposed to
// a number that is part of text. "50万元以上" is the threshold in a label, not an amount.
const FIGURE = /^(万元(?!以上)|元|%|平方米|辆|台|个)/;

type Located = { readonly at?: { readonly line?: number } };

/** The object of a list whose statement covers the line: the last one starting at or before it. */
function covering<T extends Located>(
  list: readonly (T | undefined)[],
  line: number,
): T | undefined {
  let best: T | undefined;
  for (const o of list) {
    const l = o?.at?.line;
    if (o && l !== undefined && l <= line && (best?.at?.line ?? 0) <= l) best = o;
  }
  return best;
}

export function checkNarrative(seed: SeedExpectation, d: Disclosure, n: PrintedNumber): Finding {
  const matters = [d.operatingCosts, d.procurement, d.assets, d.performanceOverview];
  const objects: unknown[] = [...d.narrative.facts, ...d.projects, ...d.undisclosed, ...matters];
  const textOnly = seed.textAmounts.find((t) => t.line === n.line && t.number === n.text);
  if (textOnly || !FIGURE.test(after(n))) {
    const all = [...objects, d.narrative.sections];
    const why = textOnly ? ` (listed: ${textOnly.reason})` : '';
    return inText(n, all) ? found(n, `in text${why}`) : lost(n, `not in any narrative text${why}`);
  }
  const near = [
    covering(d.narrative.facts, n.line),
    covering(d.projects, n.line),
    covering(d.undisclosed, n.line),
    covering(matters, n.line),
  ];
  const hit = near.find((o) => numberLeaves(o).includes(n.value));
  if (hit) return found(n, 'a figure of the statement covering its line');
  const byText = objects.find((o) => inText(n, o) && numberLeaves(o).includes(n.value));
  if (byText) return found(n, 'a figure of a statement whose text holds it');
  const asText = inText(n, [...objects, d.narrative.sections]);
  return lost(n, `no fact, project or matter has ${n.value}${asText ? ' (only in text)' : ''}`);
}

export function checkOverview(d: Disclosure, n: PrintedNumber): Finding {
  const o = d.overview;
  const next = after(n);
  const before = n.compact.slice(Math.max(0, n.start - 1), n.start);
  if (/[（(]/.test(before) && /^[)）]/.test(next)) {
    // （1）…（6）: the numbering of 主要职能, which overview.functions holds one entry per item.
    return o.functions.length >= n.value
      ? found(n, `numbering of function ${n.value}`)
      : lost(n, `numbering of function ${n.value}, but ${o.functions.length} functions`);
  }
  if (n.start === 0 && next.startsWith('、')) {
    return o.budgetUnits.names.length >= n.value || inText(n, o.text)
      ? found(n, `numbering of budget unit ${n.value}`)
      : lost(n, `numbering of budget unit ${n.value}, but ${o.budgetUnits.names.length} names`);
  }
  if (/^[年月日]/.test(next))
    return inText(n, o) ? found(n, 'in text') : lost(n, 'not in overview text');
  const counts = numberLeaves(o).map(Math.abs);
  return counts.includes(n.value)
    ? found(n, 'an overview count')
    : lost(n, `no overview count ${n.value}`);
}

export function checkPerformance(
  seed: SeedExpectation,
  d: Disclosure,
  index: number,
  n: PrintedNumber,
): Finding {
  const e = seed.performance[index];
  const t = e && findTarget(d.performance, e, new Set());
  if (!t) return lost(n, 'its 绩效目标表 was not found');
  if (numberLeaves(t).includes(n.value)) return found(n, 'a figure of its 绩效目标表');
  return inText(n, t) ? found(n, 'in a text of its 绩效目标表') : lost(n, 'not in its 绩效目标表');
}

export function checkGlossary(d: Disclosure, n: PrintedNumber): Finding {
  return inText(n, d.glossary) ? found(n, 'in a definition') : lost(n, 'not in the glossary');
}

export function checkClosing(d: Disclosure, n: PrintedNumber): Finding {
  const date = d.identity.signedDate ?? '';
  return date.split('-').map(Number).includes(n.value)
    ? found(n, 'part of identity.signedDate')
    : lost(n, `not in identity.signedDate (${date || 'absent'})`);
}

export function checkHeading(d: Disclosure, n: PrintedNumber): Finding {
  return d.identity.year === n.value
    ? found(n, 'identity.year (part heading)')
    : lost(n, `part heading year, identity.year is ${d.identity.year}`);
}
