// Round trip of composed disclosures (issue 4): random line-item sets (test/compose/arbitrary.ts:
// several units, every funding source, empty fund/capital tables, zero 三公) are composed, rendered
// in each format, read back by ingest + parse and compared with compareDisclosures.
//
// What a format cannot carry, and is compared accordingly (see CompareOptions):
// - txt has no column positions: a number whose row arithmetic admits several columns (a 基本支出
//   equal to its 合计) comes back unplaced; accepted when its candidates include its column;
// - a 三公 table published empty reads back with no rows, and summary.threePublic as unknown;
// - inputs in 元: parse reads 新疆 documents as 万元 documents (identity.unit and the narrative
//   facts' unit are fixed to 万元 in parse/index.ts), so only 万元 inputs are generated here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import { parseDisclosure } from '../../src/parse/index.js';
import { renderDisclosure, type DocumentFormat } from '../../src/render/document/index.js';
import { budgetInput } from '../compose/arbitrary.js';
import { compareDisclosures, describeDifferences } from './compare.js';

// Runs per format: PDF ingest costs about a second per document on this machine.
const RUNS: Record<Exclude<DocumentFormat, 'html'>, number> = { txt: 15, xlsx: 8, docx: 2, pdf: 3 };

const inputs = fc
  .constantFrom('xinjiang-2025' as const, 'xinjiang-2021' as const)
  .chain((profile) => budgetInput(profile))
  .filter((input) => input.identity?.unit === '万元');

describe('composed disclosures survive render → ingest → parse', () => {
  for (const [format, numRuns] of Object.entries(RUNS) as [DocumentFormat, number][]) {
    it(`${format}: every table, identity, summary and narrative fact`, async () => {
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          const d = compose(input).disclosure;
          const out = await renderDisclosure(d, format);
          const bytes = typeof out === 'string' ? Buffer.from(out, 'utf8') : out;
          const back = parseDisclosure((await ingestFile(bytes, `composed.${format}`)).layout);
          const diffs = compareDisclosures(d, back, {
            facts: true,
            placesUnplaced: format !== 'txt',
            acceptsUnplaced: format === 'txt',
            emptyThreePublicUnknown: true,
          });
          expect(diffs, describeDifferences(diffs)).toEqual([]);
        }),
        { numRuns, seed: 4 },
      );
    }, 120_000);
  }
});
