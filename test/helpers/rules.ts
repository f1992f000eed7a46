// Shared by the tests of declared check rules (src/check/rules/*): the seeds, a describe that
// skips with a clear message when they are missing, a 情况说明 fixture, and findings as tuples.
import { describe } from 'vitest';
import { makeContext } from '../../src/check/context.js';
import type { Rule } from '../../src/check/rule.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { NarrativeFact } from '../../src/model/narrative.js';
import { hasShared, needsShared } from './shared.js';

export const SEED_000 = '000_c55cbe189efa8a40.txt';
export const SEED_004 = '004_88207d3c283235c9.txt';

export const seedsDescribe = describe.skipIf(!hasShared('seeds'));
export const SEEDS = `on the seeds (${needsShared('seeds')})`;

/** A 情况说明 of one section with this text. */
export const said = (text: string, facts: NarrativeFact[] = []): Partial<Disclosure> => ({
  narrative: { sections: [{ number: '一', title: '情况说明', text }], facts },
});

/** [rule, subject, outcome] for each finding of `r` on `d`. */
export function subjectTuples(r: Rule, d: Disclosure) {
  return r.evaluate(d, makeContext(d)).map((f) => [r.id, f.location.subject, f.outcome]);
}
