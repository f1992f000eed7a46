// 2210201 ↔ 30113: the employer's housing provident fund contribution.
import { pairRule } from './pair.js';

export const housingFund = pairRule(
  {
    id: 'cross-table:housing-fund-2210201-30113',
    zh: '2210201 住房公积金（一般公共预算基本支出）通常等于经济分类 30113 住房公积金',
    en: '2210201 housing provident fund (general budget, basic) normally equals economic 30113',
    basis:
      '《政府收支分类科目》：功能分类与部门预算支出经济分类记录同一笔支出；2210201 与 30113 都是单位为职工缴纳的住房公积金',
  },
  { functionCodes: ['2210201'], economicCodes: ['30113'], relation: 'eq' },
);
