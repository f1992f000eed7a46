// As many 项目绩效目标表 are printed as the document says projects have targets (实行绩效管理的
// 项目 N 个); projects declared withheld (涉密 / 不予公开) may explain a shortfall.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, entry, met, obligation } from './ledger.js';

const SUBJECT = '项目绩效目标表数量';

export const performanceTargetCount = obligation({
  id: 'completeness:performance-target-count',
  severity: 'warning',
  zh: '公开的项目绩效目标表数量不少于文中所称实行绩效管理的项目数（声明涉密、不予公开的可扣除）',
  en: 'At least as many project performance-target tables are printed as projects the text says have targets, less those declared withheld',
  basis: `${RULES_143}：部门预算公开绩效目标`,
  evaluate: (d, ctx): FindingDraft[] => {
    const stated = d.performanceOverview?.projectCount;
    if (stated === undefined)
      return [entry('not_applicable', SUBJECT, { note: '文中未说明实行绩效管理的项目数' })];
    const withheld = d.undisclosed
      .filter((u) => u.what === 'performance-targets' || u.what === 'projects')
      .reduce((n, u) => n + (u.count ?? 0), 0);
    const printed = d.performance.filter((p) => p.kind === 'project').length;
    const at = d.performanceOverview?.at;
    const counts = { expected: stated, actual: printed, unit: '个' as const };
    if (printed >= stated) return [met(ctx, SUBJECT, { at, ...counts })];
    // The stated count may include projects declared withheld: they explain a shortfall.
    if (printed + withheld >= stated)
      return [
        met(ctx, SUBJECT, {
          at,
          ...counts,
          note: `差额在声明不公开的 ${withheld} 个项目之内`,
        }),
      ];
    return [entry('fail', SUBJECT, { at, ...counts })];
  },
});
