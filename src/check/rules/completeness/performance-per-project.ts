// Every project of the 项目支出表 (or of the 项目支出情况说明) has its 项目绩效目标表, unless the
// document declares it withheld.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, obligation } from './ledger.js';
import { projectCoverage } from './project-coverage.js';
import { said, saidPattern } from './said.js';

const TARGETS = saidPattern('绩效目标');

export const performancePerProject = obligation({
  id: 'completeness:performance-per-project',
  severity: 'warning',
  zh: '每个公开的项目都有项目绩效目标表（声明涉密、不予公开的除外）',
  en: 'Every published project has its performance-target table, except those declared withheld',
  basis: `${RULES_143}：部门预算公开绩效目标`,
  evaluate: (d, ctx): FindingDraft[] => {
    const tables = d.performance.filter((p) => p.kind === 'project');
    const offers = tables.map((p) => ({
      name: p.project ?? '',
      unit: p.unit,
      amount: p.funds.total,
      at: p.at,
    }));
    // No 项目绩效目标表 read although the text speaks of them: the part was not read.
    const read = tables.length > 0 || !said(ctx, TARGETS);
    return projectCoverage(d, ctx, offers, '项目绩效目标表', read);
  },
});
