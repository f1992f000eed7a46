// 2080506 ↔ 30109: the employer's occupational annuity contribution.
import { pairRule } from './pair.js';

export const annuity = pairRule(
  {
    id: 'cross-table:annuity-2080506-30109',
    zh: '2080506 机关事业单位职业年金缴费支出（一般公共预算基本支出）通常等于经济分类 30109 职业年金缴费',
    en: '2080506 occupational annuity contributions (general budget, basic) normally equal economic 30109',
    basis:
      '《政府收支分类科目》：功能分类与部门预算支出经济分类记录同一笔支出；2080506 与 30109 都是单位为职工缴纳的职业年金',
  },
  { functionCodes: ['2080506'], economicCodes: ['30109'], relation: 'eq' },
);
