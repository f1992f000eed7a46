import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, edited, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { makeContext } from '../../context.js';
import { requiredTableRules } from './required-tables.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

const rules = requiredTableRules();
const ruleOf = (kind: string) => rules.find((r) => r.id === `completeness:table:${kind}`)!;

function run(kind: string, d: Disclosure) {
  const rule = ruleOf(kind);
  return rule
    .evaluate(d, makeContext(d))
    .map((f) => [rule.id, f.location.table, f.location.tableNumber, f.outcome, f.note]);
}

const section = (text: string) => ({ number: '八', title: '政府性基金预算拨款情况说明', text });

describe('completeness:table:<kind>', () => {
  it('declares one rule per standard table kind', () => {
    expect(rules.map((r) => r.id)).toEqual([
      'completeness:table:revenue-expenditure',
      'completeness:table:revenue',
      'completeness:table:expenditure',
      'completeness:table:fiscal-revenue-expenditure',
      'completeness:table:general-budget',
      'completeness:table:general-budget-basic',
      'completeness:table:general-budget-project',
      'completeness:table:fund-budget',
      'completeness:table:capital-budget',
      'completeness:table:three-public',
      'completeness:table:carryover',
    ]);
  });

  it('passes a table with figures, and an empty one with its 为空表 statement', () => {
    const withFigures = disclosure([table('general-budget', [['total', { total: 5 }]])]);
    expect(run('general-budget', withFigures)).toEqual([
      ['completeness:table:general-budget', 'general-budget', '表5', 'pass', undefined],
    ]);
    const fund = {
      ...table('fund-budget', []),
      empty: { statement: '…政府性基金预算支出情况表为空表。' },
    };
    expect(run('fund-budget', disclosure([fund]))[0]?.[3]).toBe('pass');
    // statement only in the 情况说明
    const inText = disclosure([table('fund-budget', [])], {
      narrative: {
        sections: [
          section('本部门没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。'),
        ],
        facts: [],
      },
    });
    expect(run('fund-budget', inText)[0]?.slice(3)).toEqual(['pass', '空表，说明见情况说明']);
  });

  it('fails a table of the template that is missing, or empty without a statement', () => {
    expect(
      run('three-public', disclosure([table('general-budget', [['total', { total: 5 }]])])),
    ).toEqual([['completeness:table:three-public', 'three-public', '表10', 'fail', undefined]]);
    expect(run('fund-budget', disclosure([table('fund-budget', [['total', {}]])]))).toEqual([
      ['completeness:table:fund-budget', 'fund-budget', '表8', 'fail', '空表且无为空表说明'],
    ]);
  });

  it('is not applicable to a blank template: no table prints a figure (部门决算模板（空白）)', () => {
    const blank = disclosure([table('fund-budget', [['total', {}]])], {
      warnings: [{ code: 'no-figures', message: 'none of the 1 tables prints a figure' }],
    });
    expect(run('fund-budget', blank)).toEqual([
      [
        'completeness:table:fund-budget',
        'fund-budget',
        '表8',
        'not_applicable',
        '全部表格均无数字：空白模板',
      ],
    ]);
  });

  it('is not evaluated for a 决算 read with a 预算 template, or an empty table beside unplaced text', () => {
    const finals = disclosure([table('general-budget', [])]);
    finals.identity = { ...finals.identity, kind: '决算' };
    expect(run('general-budget', finals)[0]?.[3]).toBe('not_applicable');
    const doubt = disclosure([table('general-budget', [])], {
      warnings: [{ code: 'text-unplaced', message: 'text the parser kept but could not assign' }],
    });
    expect(run('general-budget', doubt)[0]?.slice(3)).toEqual([
      'insufficient_data',
      '表中数字可能未能读取',
    ]);
  });

  it('is not evaluated for a kind the template lacks, an unknown template, or tables it could not recognise', () => {
    const t2021 = disclosure([], { profile: 'xinjiang-2021' });
    expect(run('capital-budget', t2021)[0]?.[3]).toBe('not_applicable');
    expect(run('revenue', disclosure([], { profile: 'somewhere-1999' }))[0]?.[3]).toBe(
      'not_applicable',
    );
    const unrecognised = disclosure([table('general-budget', [['total', { total: 5 }]])], {
      warnings: [{ code: 'table-unrecognised', message: 'a table-like block' }],
    });
    expect(run('three-public', unrecognised)[0]?.[3]).toBe('insufficient_data');
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    const outcomes = (d: Disclosure) =>
      rules.flatMap((r) =>
        r
          .evaluate(d, makeContext(d))
          .map((f) => [f.location.tableNumber ?? f.location.table, f.outcome]),
      );
    it('000: all 11 tables of the 2025 template, 表8 and 表9 empty with their statements', () => {
      expect(outcomes(parsedSeed(SEED_000).disclosure)).toEqual([
        ['表1', 'pass'],
        ['表2', 'pass'],
        ['表3', 'pass'],
        ['表4', 'pass'],
        ['表5', 'pass'],
        ['表6', 'pass'],
        ['表7', 'pass'],
        ['表8', 'pass'],
        ['表9', 'pass'],
        ['表10', 'pass'],
        ['表11', 'pass'],
      ]);
    });
    it('004: the 9 tables of the 2021 template; 国有资本经营 and 结转结余 are not in it', () => {
      expect(outcomes(parsedSeed(SEED_004).disclosure)).toEqual([
        ['表一', 'pass'],
        ['表二', 'pass'],
        ['表三', 'pass'],
        ['表四', 'pass'],
        ['表五', 'pass'],
        ['表六', 'pass'],
        ['表七', 'pass'],
        ['表九', 'pass'],
        ['capital-budget', 'not_applicable'],
        ['表八', 'pass'],
        ['carryover', 'not_applicable'],
      ]);
    });
    it('fails a copy of seed 004 whose 表九 has lost its 为空表 statement (table and 情况说明)', () => {
      const d = edited(parsedSeed(SEED_004).disclosure, (c) => {
        delete c.tables.find((t) => t.kind === 'fund-budget')!.empty;
        for (const s of c.narrative.sections) s.text = s.text.replace(/为空表|没有使用/g, '');
        c.narrative.facts = c.narrative.facts.filter(
          (f) => !(f.subject.kind === 'revenue' && f.subject.source === 'fund'),
        );
      });
      expect(run('fund-budget', d)).toEqual([
        ['completeness:table:fund-budget', 'fund-budget', '表九', 'fail', '空表且无为空表说明'],
      ]);
    });
  });
});
