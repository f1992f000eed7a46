import { describe, expect, it } from 'vitest';
import type { OutcomeCounts } from './engine.js';
import { scoreOf, type ScoredRule } from './score.js';

const RULES: ScoredRule[] = [
  { id: 'table:a', category: 'table', severity: 'error' },
  { id: 'cross:b', category: 'cross-table', severity: 'error' },
  { id: 'pairs:c', category: 'cross-table', severity: 'warning' },
  { id: 'completeness:d', category: 'completeness', severity: 'error' },
  { id: 'narrative:e', category: 'narrative', severity: 'error' },
  { id: 'presentation:f', category: 'presentation', severity: 'warning' },
  { id: 'classification:g', category: 'classification', severity: 'info' },
];

function counts(c: Partial<OutcomeCounts>): OutcomeCounts {
  return { pass: 0, fail: 0, rounding: 0, not_applicable: 0, insufficient_data: 0, ...c };
}

describe('scoreOf', () => {
  it('is 100 in every evaluated part when everything holds; rounding holds', () => {
    const s = scoreOf(
      {
        'table:a': counts({ pass: 10, rounding: 3 }),
        'completeness:d': counts({ pass: 4 }),
        'narrative:e': counts({ pass: 2 }),
      },
      RULES,
    );
    expect(s).toMatchObject({ total: 100, completeness: 100, consistency: 100, narrative: 100 });
  });

  it('shares: consistency 8 of 10 hold, completeness 3 of 4, narrative 1 of 2', () => {
    // consistency: table:a 7 pass + 1 rounding, cross:b 2 fail → 8/10 = 80
    // completeness: 3 pass, 1 fail → 75; narrative: 1 pass, 1 fail → 50
    // total = 0.4·75 + 0.4·80 + 0.2·50 = 30 + 32 + 10 = 72
    const s = scoreOf(
      {
        'table:a': counts({ pass: 7, rounding: 1 }),
        'cross:b': counts({ fail: 2 }),
        'completeness:d': counts({ pass: 3, fail: 1 }),
        'narrative:e': counts({ pass: 1, fail: 1 }),
      },
      RULES,
    );
    expect(s).toMatchObject({ total: 72, completeness: 75, consistency: 80, narrative: 50 });
  });

  it('leaves insufficient_data and not_applicable out of the share but reports them', () => {
    // consistency: 3 pass, 1 fail → 75, whatever the 50 undecidable cells
    const s = scoreOf(
      { 'table:a': counts({ pass: 3, fail: 1, insufficient_data: 50, not_applicable: 2 }) },
      RULES,
    );
    expect(s?.consistency).toBe(75);
    expect(s?.breakdown?.consistency).toEqual(
      counts({ pass: 3, fail: 1, insufficient_data: 50, not_applicable: 2 }),
    );
  });

  it('a part with nothing evaluated is null and drops out of the total', () => {
    // only consistency evaluated (1 of 2): total = consistency = 50
    const s = scoreOf(
      {
        'table:a': counts({ pass: 1, fail: 1 }),
        'completeness:d': counts({ insufficient_data: 3 }),
      },
      RULES,
    );
    expect(s).toMatchObject({ total: 50, completeness: null, consistency: 50, narrative: null });
  });

  it('nothing evaluated at all: no score', () => {
    expect(scoreOf({}, RULES)).toBeUndefined();
    expect(scoreOf({ 'table:a': counts({ insufficient_data: 4 }) }, RULES)).toBeUndefined();
  });

  it('weighs a warning half and an info finding not at all', () => {
    // consistency: cross:b 1 pass (w 1) + pairs:c 1 fail (w 0.5) → 1 / 1.5 = 66.7;
    // classification:g (info) 5 fails do not count
    const s = scoreOf(
      {
        'cross:b': counts({ pass: 1 }),
        'pairs:c': counts({ fail: 1 }),
        'classification:g': counts({ fail: 5 }),
      },
      RULES,
    );
    expect(s?.consistency).toBe(66.7);
  });

  it('counts presentation findings in the narrative part', () => {
    // narrative:e 1 pass (w 1), presentation:f 2 fail (w 0.5 each) → 1 / 2 = 50
    const s = scoreOf(
      { 'narrative:e': counts({ pass: 1 }), 'presentation:f': counts({ fail: 2 }) },
      RULES,
    );
    expect(s?.narrative).toBe(50);
  });

  it('ignores counts of rules it does not know', () => {
    const s = scoreOf({ 'table:a': counts({ pass: 1 }), 'gone:x': counts({ fail: 9 }) }, RULES);
    expect(s?.total).toBe(100);
  });

  it('ranks documents: more failures, lower score', () => {
    const doc = (fails: number) =>
      scoreOf(
        {
          'table:a': counts({ pass: 20 - fails, fail: fails }),
          'completeness:d': counts({ pass: 5 }),
        },
        RULES,
      )!.total;
    const scores = [0, 1, 3, 10].map(doc);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(4);
  });
});
