// Render → ingest → parse gives back the Disclosure that was rendered (DESIGN: the render formats
// pass one round-trip suite). Input: seeds 000 and 004 as parsed. Each format is read back by
// our own ingest (text, PDF, XLSX, DOCX) and parse, and compared with compareDisclosures.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { compose, readBudgetInput } from '../../src/compose/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { parseDisclosure } from '../../src/parse/index.js';
import { renderDisclosure, type DocumentFormat } from '../../src/render/document/index.js';
import { parsedSeed } from '../golden/load.js';
import { hasShared, needsShared } from '../helpers/shared.js';
import { compareDisclosures, describeDifferences, type CompareOptions } from './compare.js';

const SEEDS = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'] as const;

async function readBack(d: Disclosure, format: DocumentFormat): Promise<Disclosure> {
  const out = await renderDisclosure(d, format);
  const bytes = typeof out === 'string' ? Buffer.from(out, 'utf8') : out;
  const { layout } = await ingestFile(bytes, `round-trip.${format}`);
  return parseDisclosure(layout);
}

async function expectSame(seed: string, format: DocumentFormat, opts: CompareOptions) {
  const d = parsedSeed(seed).disclosure;
  const back = await readBack(d, format);
  const diffs = compareDisclosures(d, back, opts);
  expect(diffs, describeDifferences(diffs)).toEqual([]);
  // The comparison is not vacuous: the read-back has the seed's tables and figures.
  expect(back.tables.length).toBe(d.tables.length);
  expect(back.summary.total).toBe(d.summary.total);
}

for (const seed of SEEDS) {
  describe.skipIf(!hasShared('seeds', seed))(
    `round trip of seed ${seed.slice(0, 3)} (${needsShared('seeds', seed)})`,
    () => {
      it('txt: tables, identity, summary and narrative facts (numbers left unplaced stay unplaced)', async () => {
        await expectSame(seed, 'txt', { facts: true });
      });
      it('xlsx: tables, identity, summary and narrative facts; a number the seed left unplaced comes back in the column it is printed in', async () => {
        await expectSame(seed, 'xlsx', { facts: true, placesUnplaced: true });
      });
      it('docx: tables, identity, summary and narrative facts; unplaced numbers as for xlsx', async () => {
        await expectSame(seed, 'docx', { facts: true, placesUnplaced: true });
      }, 20_000);
      it('pdf: tables, identity, summary and narrative facts (sentences compared without whitespace: PDF re-flows prose); unplaced numbers as for xlsx', async () => {
        await expectSame(seed, 'pdf', { facts: true, placesUnplaced: true });
      }, 30_000);
    },
  );
}

// Seed 000 rewritten as line items (the compose fixture), composed: every format gives it back.
const FIXTURE = fileURLToPath(new URL('../fixtures/compose/seed-000.yaml', import.meta.url));

describe('round trip of seed 000 composed from line items (test/fixtures/compose/seed-000.yaml)', () => {
  const composed = async () => compose(await readBudgetInput(FIXTURE)).disclosure;
  it('txt: as read back, a number whose column the arithmetic cannot tell (表7) stays unplaced among candidates that include its column', async () => {
    const d = await composed();
    const back = await readBack(d, 'txt');
    const diffs = compareDisclosures(d, back, { facts: true, acceptsUnplaced: true });
    expect(diffs, describeDifferences(diffs)).toEqual([]);
    expect(back.tables.find((t) => t.kind === 'general-budget-project')?.rows[0]?.unplaced).toEqual(
      [
        { value: 84, candidates: ['e303', 'e307', 'e309'] },
        { value: 32.3, candidates: ['e309', 'e310'] },
      ],
    );
  });
  for (const format of ['xlsx', 'docx', 'pdf'] as const) {
    it(`${format}: every table, identity, summary and narrative fact, every number in its column`, async () => {
      const d = await composed();
      const back = await readBack(d, format);
      const diffs = compareDisclosures(d, back, { facts: true });
      expect(diffs, describeDifferences(diffs)).toEqual([]);
      expect(back.summary.total).toBe(14303.93);
    }, 30_000);
  }
});

describe('compareDisclosures', () => {
  it.skipIf(!hasShared('seeds', SEEDS[0]))('names the first differences', () => {
    const d = parsedSeed(SEEDS[0]).disclosure;
    const t = d.tables[2]!;
    const row = t.rows[1]!;
    const changed: Disclosure = {
      ...d,
      tables: d.tables.map((x) =>
        x === t
          ? {
              ...t,
              rows: t.rows.map((r) =>
                r === row ? { ...r, values: { ...r.values, total: 1 } } : r,
              ),
            }
          : x,
      ),
    };
    const diffs = compareDisclosures(d, changed);
    expect(diffs).toEqual(['表3 expenditure row 1 201 一般公共服务支出 [total]: 10877.89 ≠ 1']);
    expect(describeDifferences(diffs)).toContain('1 differences');
  });
});
