// 2080505 ↔ 30108: the employer's basic pension contribution, by function and by economic class.
import { pairRule } from './pair.js';

export const pension = pairRule(
  {
    id: 'cross-table:pension-2080505-30108',
    zh: '2080505 机关事业单位基本养老保险缴费支出（一般公共预算基本支出）通常等于经济分类 30108 机关事业单位基本养老保险缴费',
    en: '2080505 basic pension contributions (general budget, basic) normally equal economic 30108',
    basis:
      '《政府收支分类科目》：功能分类与部门预算支出经济分类记录同一笔支出；2080505 与 30108 都是单位为职工缴纳的基本养老保险费',
  },
  { functionCodes: ['2080505'], economicCodes: ['30108'], relation: 'eq' },
);
