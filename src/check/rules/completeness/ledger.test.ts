import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Finding } from '../../../model/finding.js';
import { makeContext } from '../../context.js';
import { completenessRules } from './index.js';
import { notEvaluated } from './ledger.js';

const SEED_004 = '004_88207d3c283235c9.txt';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'completeness:glossary',
  outcome: 'pass',
  severity: 'warning',
  category: 'completeness',
  location: { subject: '名词解释' },
  ...over,
});

describe('notEvaluated', () => {
  it('lists completeness entries not evaluated, with outcome and note, never passes or fails', () => {
    const findings = [
      finding({}),
      finding({ outcome: 'fail' }),
      finding({ outcome: 'insufficient_data', note: '所在部分未能读取' }),
      finding({
        ruleId: 'completeness:table:carryover',
        outcome: 'not_applicable',
        location: { table: 'carryover' },
      }),
      finding({ ruleId: 'table:x', category: 'table', outcome: 'insufficient_data' }),
    ];
    expect(notEvaluated({ findings })).toEqual([
      'completeness:glossary (名词解释): insufficient_data — 所在部分未能读取',
      'completeness:table:carryover (carryover): not_applicable',
    ]);
  });
  describe.skipIf(!hasShared('seeds'))(`on seed 004 (${needsShared('seeds')})`, () => {
    it("names the 2021 template's missing kinds, the carry-over and the department targets", () => {
      const d = parsedSeed(SEED_004).disclosure;
      const ctx = makeContext(d);
      const findings = completenessRules.flatMap((r) =>
        r
          .evaluate(d, ctx)
          .map((f) => ({ ...f, ruleId: r.id, severity: r.severity, category: r.category })),
      );
      expect(notEvaluated({ findings })).toEqual([
        'completeness:table:capital-budget (国有资本经营预算支出): not_applicable — 模板 xinjiang-2021 不含此表',
        'completeness:table:carryover (上年结转结余): not_applicable — 模板 xinjiang-2021 不含此表',
        'completeness:carryover-stated (上年结转结余): not_applicable — 表中无上年结转结余',
        'completeness:performance-department (部门整体绩效目标): not_applicable — 文件未列也未提及部门整体绩效目标（模板可能不要求）',
      ]);
    });
  });
});
