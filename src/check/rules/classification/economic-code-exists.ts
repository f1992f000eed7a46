// Every 经济分类 code of the 基本支出 table exists in 部门预算支出经济分类科目 (or, for 5xx codes,
// 政府预算支出经济分类科目).
import { codeExistsRule } from './code-exists.js';

export const economicCodeExists = codeExistsRule(
  {
    id: 'classification:economic-code-exists',
    zh: '基本支出表中经济分类科目编码在当年支出经济分类中存在',
    en: "Every economic classification code of the basic-expenditure table exists in that year's catalog",
    basis: '财政部《政府收支分类科目》（当年版）部门预算支出经济分类科目、政府预算支出经济分类科目',
  },
  ['economic', 'economic-government'],
);
