// 2101103 ↔ 30111: the medical subsidy for civil servants.
import { pairRule } from './pair.js';

export const civilServantMedical = pairRule(
  {
    id: 'cross-table:civil-servant-medical-2101103-30111',
    zh: '2101103 公务员医疗补助（一般公共预算基本支出）通常等于经济分类 30111 公务员医疗补助缴费',
    en: "2101103 civil servants' medical subsidy (general budget, basic) normally equals economic 30111",
    basis:
      '《政府收支分类科目》：功能分类与部门预算支出经济分类记录同一笔支出；2101103 与 30111 都是公务员医疗补助缴费',
  },
  { functionCodes: ['2101103'], economicCodes: ['30111'], relation: 'eq' },
);
