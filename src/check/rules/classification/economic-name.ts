// A 经济分类 code's printed name is its name in the document's year.
import { nameRule } from './name-match.js';

export const economicName = nameRule(
  {
    id: 'classification:economic-name',
    zh: '基本支出表中经济分类科目名称与编码对应（当年版名称）',
    en: 'Economic classification names of the basic-expenditure table match their codes',
    basis: '财政部《政府收支分类科目》（当年版）支出经济分类科目名称',
  },
  ['economic', 'economic-government'],
  'current',
);
