// 2101101 + 2101102 ↔ 30110: the employer's basic medical insurance. The note shows 30112 (other
// social insurance) too: where the two differ, a reader wants to see whether it explains the gap.
import { pairRule } from './pair.js';

export const medical = pairRule(
  {
    id: 'cross-table:medical-2101101-2101102-30110',
    zh: '2101101 行政单位医疗 + 2101102 事业单位医疗（一般公共预算基本支出）通常等于经济分类 30110 职工基本医疗保险缴费',
    en: '2101101 + 2101102 (medical insurance of administrative and institutional units, general budget, basic) normally equal economic 30110',
    basis:
      '《政府收支分类科目》：功能分类与部门预算支出经济分类记录同一笔支出；2101101、2101102 与 30110 都是单位为职工缴纳的基本医疗保险费',
  },
  {
    functionCodes: ['2101101', '2101102'],
    economicCodes: ['30110'],
    relation: 'eq',
    alsoShow: ['30112'],
  },
);
