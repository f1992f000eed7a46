// Seed 000 rewritten as line items (test/fixtures/compose/seed-000.yaml, issue 4) composes into
// every table figure of the published document, and its 情况说明 states the same shares and changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { compose, readBudgetInput, type ComposeResult } from '../../src/compose/index.js';
import { DisclosureSchema } from '../../src/model/disclosure.js';
import type { NarrativeFact } from '../../src/model/narrative.js';
import { parsedSeed } from '../golden/load.js';
import { hasShared, needsShared } from '../helpers/shared.js';
import { SEED_000_YAML } from './fixtures.js';
import { tableDiff } from './table-diff.js';

const SEED = '000_c55cbe189efa8a40.txt';

let result: ComposeResult;
beforeAll(async () => {
  result = compose(await readBudgetInput(SEED_000_YAML));
});

describe('compose: seed 000 from line items (issue 4)', () => {
  it('composes a valid Disclosure without warnings: every large change has its reason', () => {
    expect(() => DisclosureSchema.parse(result.disclosure)).not.toThrow();
    expect(result.warnings).toEqual([]);
  });

  it('exports exactly the compose API (the stage’s front door)', async () => {
    expect(Object.keys(await import('../../src/compose/index.js')).sort()).toEqual([
      'BudgetInputError',
      'BudgetInputSchema',
      'EXPENSE_TYPES',
      'SHEETS',
      'SOURCES',
      'budgetInputFromWorkbook',
      'checkItems',
      'compose',
      'readBudgetInput',
      'readBudgetInputWithIssues',
      'writeTemplate',
    ]);
  });

  it('has the 11 tables of the xinjiang-2025 profile with the document’s totals', () => {
    const d = result.disclosure;
    expect(d.tables.map((t) => t.number)).toEqual([
      '表1',
      '表2',
      '表3',
      '表4',
      '表5',
      '表6',
      '表7',
      '表8',
      '表9',
      '表10',
      '表11',
    ]);
    expect(d.summary).toMatchObject({
      total: 14303.93,
      basic: 10039.01,
      project: 4264.92,
      personnel: 8555.84,
      publicUse: 1483.17,
      generalBudget: 14216.81,
      byFunctionClass: { '201': 10877.89, '208': 2133.17, '210': 707.43, '221': 585.46 },
    });
    // Printed sums that differ from their parts, as published (表6 301: items add to 7,203.30).
    const basic = d.tables.find((t) => t.kind === 'general-budget-basic');
    expect(basic?.rows.find((r) => r.code === '301')?.values.total).toBe(7203.28);
  });

  it.skipIf(!hasShared('seeds', SEED))(
    `every table cell equals the parsed seed’s (${needsShared('seeds', SEED)} to run)`,
    () => {
      const parsed = parsedSeed(SEED).disclosure;
      expect(result.disclosure.tables.map((t) => t.kind)).toEqual(parsed.tables.map((t) => t.kind));
      const diffs = parsed.tables.flatMap((p) => {
        const c = result.disclosure.tables.find((t) => t.kind === p.kind);
        return c ? tableDiff(c, p) : [`${p.number} missing`];
      });
      expect(diffs).toEqual([]);
    },
  );

  it.skipIf(!hasShared('seeds', SEED))(
    `the narrative states the seed’s amounts, shares and changes (${needsShared('seeds', SEED)} to run)`,
    () => {
      const key = (f: NarrativeFact) =>
        `${f.section}|${f.parent ?? ''}|${JSON.stringify(f.subject)}|${f.scope}`;
      const figures = (f: NarrativeFact) => ({
        amount: f.amount,
        share: f.share,
        direction: f.change?.direction,
        change: f.change?.amount,
        percent: f.change?.percent,
        notArranged: f.notArranged,
      });
      // 三公 changes are stated after the amounts (they parse as separate facts); compared below.
      const amountsOnly = (facts: readonly NarrativeFact[]) =>
        facts.filter((f) => !(f.subject.kind === 'three-public' && f.change));
      const ours = new Map(
        amountsOnly(result.disclosure.narrative.facts).map((f) => [key(f), figures(f)]),
      );
      const seedFacts = amountsOnly(parsedSeed(SEED).disclosure.narrative.facts);
      const missing = seedFacts.filter((f) => !ours.has(key(f))).map(key);
      expect(missing).toEqual([]);
      for (const f of seedFacts) expect([key(f), ours.get(key(f))]).toEqual([key(f), figures(f)]);
      const changes = (facts: readonly NarrativeFact[]) =>
        facts
          .filter((f) => f.subject.kind === 'three-public' && f.change)
          .map((f) => [JSON.stringify(f.subject), f.change?.amount, f.change?.percent]);
      expect(changes(result.disclosure.narrative.facts)).toEqual(
        changes(parsedSeed(SEED).disclosure.narrative.facts),
      );
    },
  );
});
