// Every project of the 项目支出表 is described in the 项目支出情况说明 (设立依据, 规模, 承担单位,
// 资金分配, 执行时间), unless the document declares it withheld.
import type { FindingDraft } from '../../rule.js';
import { RULES_143, narrativeRead, obligation } from './ledger.js';
import { projectCoverage } from './project-coverage.js';
import { said, saidPattern } from './said.js';

const PROJECT_NAME = saidPattern('项目名称');

export const projectDescriptions = obligation({
  id: 'completeness:project-descriptions',
  severity: 'warning',
  zh: '一般公共预算项目支出表中的每个项目在项目支出情况说明中有说明（声明不予公开的除外）',
  en: 'Every project of the project-expenditure table is described in the narrative, except those declared withheld',
  basis: `${RULES_143}：部门预决算对重要事项作出说明`,
  evaluate: (d, ctx): FindingDraft[] => {
    const offers = d.projects.map((p) => ({
      name: p.name,
      unit: p.owner,
      amount: p.scale,
      at: p.at,
    }));
    const read = narrativeRead(d) && (d.projects.length > 0 || !said(ctx, PROJECT_NAME));
    return projectCoverage(d, ctx, offers, '项目支出情况说明', read);
  },
});
