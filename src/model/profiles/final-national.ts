// 部门决算, the national template as 上海 publishes it (上海市普陀区财政局 2024, and the blank
// 上海市 XX 局 template): 9 tables printed under their titles, without 表 numbers. Table numbers
// here are the 目录's (一、收入支出决算总表 …).
import type { Profile } from './types.js';

export const finalNational: Profile = {
  id: 'final-national',
  name: '部门决算公开模板（9张表）',
  region: '全国',
  kind: '决算',
  unit: '万元',
  tables: [
    { kind: 'revenue-expenditure', number: '表一', title: '收入支出决算总表', layout: 'final' },
    { kind: 'revenue', number: '表二', title: '收入决算表', layout: 'final' },
    { kind: 'expenditure', number: '表三', title: '支出决算表', layout: 'final' },
    {
      kind: 'fiscal-revenue-expenditure',
      number: '表四',
      title: '财政拨款收入支出决算总表',
      layout: 'final',
    },
    {
      kind: 'general-budget',
      number: '表五',
      title: '一般公共预算财政拨款支出决算表',
      layout: 'basic-project',
    },
    {
      kind: 'general-budget-basic',
      number: '表六',
      title: '一般公共预算财政拨款基本支出决算表',
      layout: 'final-side-by-side',
    },
    {
      kind: 'three-public',
      number: '表七',
      title: '财政拨款“三公”经费支出决算表',
      layout: 'final',
    },
    {
      kind: 'fund-budget',
      number: '表八',
      title: '政府性基金预算财政拨款收入支出决算表',
      layout: 'final',
    },
    {
      kind: 'capital-budget',
      number: '表九',
      title: '国有资本经营预算财政拨款收入支出决算表',
      layout: 'final',
    },
  ],
};
