// The "every number" walk: each number printed in a seed (amounts, shares, counts, weights,
// codes, dates, document numbers, numbering…), with its line, must be found in the parsed model —
// table numbers in the right row and column (number-table.ts), the rest as number-checks.ts says.
// Explicit exceptions, each with its reason: page numbers (ingest turns them into page breaks),
// column ordinals of a header (checked against the table's column count), and the few amounts
// printed inside free text that the model keeps only as text (textAmounts of the expectation).
import { describe, expect, it } from 'vitest';
import { hasShared, needsShared } from '../helpers/shared.js';
import { findTable } from './compare-tables.js';
import type { SeedExpectation } from './expected-types.js';
import { parsedSeed } from './load.js';
import {
  checkClosing,
  checkGlossary,
  checkHeading,
  checkNarrative,
  checkOverview,
  checkPerformance,
  type Finding,
} from './number-checks.js';
import { walkTable } from './number-table.js';
import { printedNumbers, seedLines, zoneOf, type Zone } from './number-walk.js';
import { targetLabel } from './compare-parts.js';
import { SEED_000 } from './seed-000.expected.js';
import { SEED_004 } from './seed-004.expected.js';

const PAGE_NUMBER = /^\s*(?:[-－—]\s*\d{1,4}\s*[-－—]|\d{1,3})\s*$/;

const failures = (fs: readonly Finding[]) =>
  fs.filter((f) => !f.ok).map((f) => `L${f.line} ${f.number}: ${f.how}`);

function walkSuite(seed: SeedExpectation): void {
  const seedData = () => {
    const { raw, layout, disclosure } = parsedSeed(seed.file);
    const lines = seedLines(raw);
    const kept = new Set(layout.lines.map((l) => l.line));
    const byZone = new Map<string, Finding[]>();
    lines.forEach((text, i) => {
      const line = i + 1;
      if (!/\d/.test(text)) return;
      const zone = zoneOf(seed, layout, line, text);
      if (zone.kind === 'table') return; // walked cell by cell below
      const out = byZone.get(zoneName(zone)) ?? [];
      byZone.set(zoneName(zone), out);
      for (const n of printedNumbers(lines, line)) {
        switch (zone.kind) {
          case 'page-number':
            out.push({ line, number: n.text, ok: PAGE_NUMBER.test(text), how: 'page number' });
            break;
          case 'part-heading':
            out.push(checkHeading(disclosure, n));
            break;
          case 'overview':
            out.push(checkOverview(disclosure, n));
            break;
          case 'narrative':
            out.push(checkNarrative(seed, disclosure, n));
            break;
          case 'performance':
            out.push(checkPerformance(seed, disclosure, zone.index, n));
            break;
          case 'glossary':
            out.push(checkGlossary(disclosure, n));
            break;
          case 'closing':
            out.push(checkClosing(disclosure, n));
            break;
          case 'outside':
            out.push({ line, number: n.text, ok: false, how: 'outside every part (expectation)' });
        }
      }
    });
    return { lines, kept, disclosure, byZone };
  };
  let cached: ReturnType<typeof seedData> | undefined;
  const data = () => (cached ??= seedData());
  const zone = (name: string) => data().byZone.get(name) ?? [];

  describe('tables', () => {
    for (const e of seed.tables) {
      it(`${e.number}: every number in its row and column`, () => {
        const { lines, kept, disclosure } = data();
        const walk = walkTable(lines, e, findTable(disclosure.tables, e), kept);
        expect(failures(walk.findings)).toEqual([]);
        // Self-check: every cell of the expectation is a printed number.
        expect(walk.unprinted).toEqual([]);
      });
    }
  });
  it('部门概况', () => expect(failures(zone('overview'))).toEqual([]));
  it('part headings (第…部分 year)', () => expect(failures(zone('part-heading'))).toEqual([]));
  it('情况说明', () => expect(failures(zone('narrative'))).toEqual([]));
  describe('绩效目标表', () => {
    seed.performance.forEach((t, i) => {
      it(targetLabel(t), () => expect(failures(zone(`performance ${i}`))).toEqual([]));
    });
  });
  it('名词解释 and signature', () =>
    expect(failures([...zone('glossary'), ...zone('closing')])).toEqual([]));
  it('page numbers only are dropped by ingest (listed exception)', () =>
    expect(failures(zone('page-number'))).toEqual([]));
  it('every number belongs to a part (self-check of the expectation)', () =>
    expect(failures(zone('outside'))).toEqual([]));
}

function zoneName(z: Zone): string {
  return z.kind === 'performance' ? `performance ${z.index}` : z.kind;
}

for (const seed of [SEED_000, SEED_004]) {
  describe.skipIf(!hasShared('seeds', seed.file))(
    `every number of ${seed.file} (${needsShared('seeds', seed.file)})`,
    () => walkSuite(seed),
  );
}
