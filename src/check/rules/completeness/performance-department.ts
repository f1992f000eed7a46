// The 部门整体绩效目标表 is published. Templates differ here (新疆 2021 has none), so where the
// document neither prints one nor speaks of one the obligation is not_applicable, not failed; where
// it announces department targets but prints no table, that is a real omission.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, entry, met, obligation, parseDoubt } from './ledger.js';
import { said, saidPattern } from './said.js';

const SUBJECT = '部门整体绩效目标';
const DEPARTMENT_TARGETS = saidPattern('整体绩效目标');

export const performanceDepartment = obligation({
  id: 'completeness:performance-department',
  severity: 'warning',
  zh: '公开部门整体绩效目标表',
  en: 'The department-wide performance targets are published',
  basis: `${RULES_143}：部门预算公开绩效目标`,
  evaluate: (d, ctx): FindingDraft[] => {
    const table = d.performance.find((p) => p.kind === 'department');
    if (table) return [met(ctx, SUBJECT, { at: table.at })];
    const announced = d.performanceOverview?.departmentTargets ?? 0;
    if (announced > 0) {
      const unsure = parseDoubt(d);
      return [
        entry(unsure ? 'insufficient_data' : 'fail', SUBJECT, {
          at: d.performanceOverview?.at,
          expected: announced,
          actual: 0,
          unit: '个',
          note: unsure
            ? '文中称有部门整体绩效目标，解析有未归位的文字'
            : '文中称有部门整体绩效目标，未见其表',
        }),
      ];
    }
    if (said(ctx, DEPARTMENT_TARGETS))
      return [entry('insufficient_data', SUBJECT, { note: '文中提及，但未能读出其表' })];
    return [
      entry('not_applicable', SUBJECT, {
        note: '文件未列也未提及部门整体绩效目标（模板可能不要求）',
      }),
    ];
  },
});
