// In the 基本支出 table, 人员经费 is 工资福利支出 (301) and 对个人和家庭的补助 (303); 公用经费 is
// 商品和服务支出 (302) and 资本性支出 (310). A line of one group with money in the other's column is
// misclassified.
import { fromCents } from '../../../model/money.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { rowLocation } from './codes.js';

/** The column each class must leave blank. */
const OTHER_COLUMN: Readonly<Record<string, string>> = {
  '301': 'public-use',
  '303': 'public-use',
  '302': 'personnel',
  '310': 'personnel',
};

export const personnelPublicUse: Rule = {
  id: 'classification:personnel-public-use',
  category: 'classification',
  severity: 'warning',
  zh: '基本支出表中 301、303 类列人员经费，302、310 类列公用经费',
  en: 'In the basic-expenditure table, classes 301 and 303 are personnel costs, 302 and 310 public-use costs',
  basis:
    '人员经费为工资福利支出和对个人和家庭的补助，公用经费为商品和服务支出和资本性支出（部门预算支出经济分类）',
  evaluate: (_d, ctx) => {
    const t = ctx.table('general-budget-basic');
    if (!t) return [];
    // Cells and row fields from the context's grid: the cents made once per table, and the rows'
    // fields in one object shape (rows have many).
    const { column, values, width, shapes } = ctx.grid(t);
    const personnel = column.get('personnel');
    const publicUse = column.get('public-use');
    if (personnel === undefined || publicUse === undefined) return [];
    const classRows = new Set<string>();
    for (const { code } of shapes) if (code?.length === 3) classRows.add(code);
    const out: FindingDraft[] = [];
    for (let k = 0; k < shapes.length; k++) {
      const { kind, code } = shapes[k]!;
      if (kind !== 'code' || !code) continue;
      const cls = code.slice(0, 3);
      const other = OTHER_COLUMN[cls];
      // Judge class rows, and 款 rows only where their class row is not printed.
      if (!other || (code.length === 5 && classRows.has(cls))) continue;
      // NaN: a number the parse could not place may be in the cell.
      const value = values[k * width + (other === 'personnel' ? personnel : publicUse)]!;
      if (!ctx.keepPasses && value === 0) {
        out.push(PASS);
        continue;
      }
      const location = rowLocation(t, t.rows[k]!, other);
      if (Number.isNaN(value)) out.push({ outcome: 'insufficient_data', location });
      else if (value === 0) out.push({ outcome: 'pass', location });
      else {
        const actual = fromCents(value);
        out.push({
          outcome: 'fail',
          location,
          expected: 0,
          actual,
          difference: actual,
          unit: t.unit,
        });
      }
    }
    return out;
  },
};
