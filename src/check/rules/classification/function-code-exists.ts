// Every 功能分类 code printed in the tables exists in 支出功能分类科目 for the document's year.
import { codeExistsRule } from './code-exists.js';

export const functionCodeExists = codeExistsRule(
  {
    id: 'classification:function-code-exists',
    zh: '表中功能分类科目编码在当年《政府收支分类科目》支出功能分类中存在',
    en: "Every functional classification code in the tables exists in that year's catalog",
    basis: '财政部《政府收支分类科目》（当年版）支出功能分类科目；目录部分条目未经核实，故为警告',
  },
  ['function'],
);
