// A 功能分类 code's printed name is its name in the document's year.
import { nameRule } from './name-match.js';

export const functionName = nameRule(
  {
    id: 'classification:function-name',
    zh: '表中功能分类科目名称与编码对应（当年版名称）',
    en: 'Functional classification names match their codes (names in force that year)',
    basis: '财政部《政府收支分类科目》（当年版）支出功能分类科目名称',
  },
  ['function'],
  'current',
);
