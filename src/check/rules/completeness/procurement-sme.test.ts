import { describe, expect, it } from 'vitest';
import {
  SEEDS,
  SEED_000,
  SEED_004,
  seedsDescribe,
  subjectTuples,
} from '../../../../test/helpers/rules.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { procurementSme as rule } from './procurement-sme.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '政府采购面向中小企业预留';
describe('completeness:procurement-sme', () => {
  const id = rule.id;
  it('passes a stated reservation (0 included)', () => {
    expect(
      run(
        disclosure([], { procurement: { unit: '万元', total: 97.37, smeReserved: 0, text: '…' } }),
      ),
    ).toEqual([[id, S, 'pass']]);
  });
  it('fails a procurement budget with no reservation stated', () => {
    expect(run(disclosure([], { procurement: { unit: '万元', total: 97.37, text: '…' } }))).toEqual(
      [[id, S, 'fail']],
    );
  });
  it('does not apply without a stated total', () => {
    expect(run(disclosure([]))).toEqual([[id, S, 'not_applicable']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 902.28万元; 004 0万元', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
