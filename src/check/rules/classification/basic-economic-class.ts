// 基本支出 is 人员经费 and 公用经费: 工资福利 (301), 商品和服务 (302), 对个人和家庭的补助 (303) and
// small 资本性支出 (310). 基本建设 (309), 对企业补助 (311, 312) and 对社会保障基金补助 (313) are project
// spending by their nature, so a 基本支出 table line in those classes is misclassified.
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { rowLocation } from './codes.js';

/** 部门预算支出经济分类 classes that are not 基本支出. */
const NOT_BASIC: ReadonlySet<string> = new Set(['309', '311', '312', '313']);

export const basicEconomicClass: Rule = {
  id: 'classification:basic-economic-class',
  category: 'classification',
  severity: 'warning',
  zh: '一般公共预算基本支出表不列基本建设、对企业补助、对社会保障基金补助等非基本支出类级科目',
  en: 'The basic-expenditure table has no lines of classes that are not basic spending (309, 311–313)',
  basis:
    '基本支出由人员经费和公用经费构成（部门预算支出经济分类 301、302、303、310）；309、311–313 属项目支出',
  evaluate: (_d, ctx) => {
    const t = ctx.table('general-budget-basic');
    if (!t) return [];
    const out: FindingDraft[] = [];
    const judged = new Set<string>();
    // The rows' fields from the context's row shapes (one object shape, where rows have many).
    const shapes = ctx.grid(t).shapes;
    for (let k = 0; k < shapes.length; k++) {
      const { kind, code } = shapes[k]!;
      if (kind !== 'code' || !code || code.startsWith('5')) continue;
      const cls = code.slice(0, 3);
      // One verdict per class: at its class row, or at its first 款 when no class row is printed.
      if (judged.has(cls)) continue;
      judged.add(cls);
      const bad = NOT_BASIC.has(cls);
      // A pass nobody keeps needs no location (see CheckContext.keepPasses).
      if (!bad && !ctx.keepPasses) {
        out.push(PASS);
        continue;
      }
      out.push({
        outcome: bad ? 'fail' : 'pass',
        location: rowLocation(t, t.rows[k]!),
        ...(bad ? { actualText: cls } : {}),
      });
    }
    return out;
  },
};
