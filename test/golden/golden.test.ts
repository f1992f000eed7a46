// Golden tests: each seed parsed whole and compared, part by part, with what a careful reader
// wrote down from the document (seed-*.expected.ts). A failing test lists every mismatch as
// "path: expected X, got Y".
// How text is compared: names, titles and short values after removing whitespace and folding
// brackets, quotes, colons and full-width forms (loose); table row labels also without their list
// marker (一、 1. 其中：); long free text (section texts, goals, bases, allocations, definitions,
// reasons) by prefix and suffix (and a phrase it must or must not contain) after removing
// whitespace. Accepted exceptions (a reasoned table cell left unplaced with its true column
// among the candidates) are printed after the run.
import { afterAll, describe, expect, it } from 'vitest';
import { DisclosureSchema, type Disclosure } from '../../src/model/disclosure.js';
import { hasShared, needsShared } from '../helpers/shared.js';
import { compareValue, Report, type Accepted } from './compare.js';
import { compareFacts, describeFact } from './compare-facts.js';
import {
  compareGlossary,
  compareOverview,
  compareProjects,
  compareSections,
  compareTarget,
  compareUndisclosed,
  findTarget,
  targetLabel,
} from './compare-parts.js';
import { compareTable, findTable } from './compare-tables.js';
import type { SeedExpectation } from './expected-types.js';
import { parsedSeed } from './load.js';
import { SEED_000 } from './seed-000.expected.js';
import { SEED_004 } from './seed-004.expected.js';

const accepted: Accepted[] = [];

function check(fn: (r: Report) => void): void {
  const r = new Report();
  fn(r);
  accepted.push(...r.accepted);
  expect(r.lines()).toEqual([]);
}

afterAll(() => {
  if (accepted.length === 0) return;
  console.info(
    `Accepted exceptions (${accepted.length}):\n${accepted.map((a) => `  ${a.path}: ${a.note}`).join('\n')}`,
  );
});

function goldenSuite(seed: SeedExpectation): void {
  const d = (): Disclosure => parsedSeed(seed.file).disclosure;

  it('validates against the Disclosure schema', () => {
    const result = DisclosureSchema.safeParse(d());
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ).toEqual([]);
  });
  it('identity', () => check((r) => compareValue(r, 'identity', seed.identity, d().identity)));
  it('overview', () => check((r) => compareOverview(r, seed.overview, d().overview)));

  describe('tables', () => {
    for (const t of seed.tables) {
      it(`${t.number} ${t.title}`, () =>
        check((r) => compareTable(r, t, findTable(d().tables, t))));
    }
    it('no table beyond the expected ones', () => {
      const known = new Set(seed.tables.map((t) => findTable(d().tables, t)));
      expect(
        d()
          .tables.filter((t) => !known.has(t))
          .map((t) => `${t.number} ${t.title}`),
      ).toEqual([]);
    });
  });

  it('summary', () => check((r) => compareValue(r, 'summary', seed.summary, d().summary)));

  describe('情况说明', () => {
    it('sections', () => check((r) => compareSections(r, seed.sections, d().narrative.sections)));
    it('no section beyond the expected ones', () => {
      const r = new Report();
      const extra = compareSections(r, seed.sections, d().narrative.sections);
      expect(extra.map((s) => `${s.parent ?? ''}/${s.number} ${s.title}`)).toEqual([]);
    });
    it('facts', () => check((r) => compareFacts(r, seed.facts, d().narrative.facts)));
    it('no fact beyond the expected ones', () => {
      const extra = compareFacts(new Report(), seed.facts, d().narrative.facts);
      expect(extra.map(describeFact)).toEqual([]);
    });
    it('projects', () => check((r) => compareProjects(r, seed.projects, d().projects)));
    it('undisclosed', () => check((r) => compareUndisclosed(r, seed.undisclosed, d().undisclosed)));
    it('operating costs (机关运行经费)', () =>
      check((r) => compareValue(r, 'operatingCosts', seed.operatingCosts, d().operatingCosts)));
    it('procurement (政府采购)', () =>
      check((r) => compareValue(r, 'procurement', seed.procurement, d().procurement)));
    it('assets (国有资产)', () => check((r) => compareValue(r, 'assets', seed.assets, d().assets)));
    it('performance overview (预算绩效情况)', () =>
      check((r) =>
        compareValue(r, 'performanceOverview', seed.performanceOverview, d().performanceOverview),
      ));
  });

  describe('绩效目标表', () => {
    const taken = new Set<Disclosure['performance'][number]>();
    for (const t of seed.performance) {
      it(targetLabel(t), () =>
        check((r) => {
          const a = findTarget(d().performance, t, taken);
          if (a) taken.add(a);
          compareTarget(r, t, a);
        }),
      );
    }
    it('no 绩效目标表 beyond the expected ones', () => {
      expect(d().performance.length).toBe(seed.performance.length);
    });
  });

  it('glossary (名词解释)', () => check((r) => compareGlossary(r, seed.glossary, d().glossary)));
}

for (const seed of [SEED_000, SEED_004]) {
  describe.skipIf(!hasShared('seeds', seed.file))(
    `golden ${seed.file} (${needsShared('seeds', seed.file)})`,
    () => goldenSuite(seed),
  );
}
