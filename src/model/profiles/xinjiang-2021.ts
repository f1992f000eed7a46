// 新疆 部门预算, 2021 template: 9 tables numbered 表一–表九 (seed 004). No 国有资本经营 or 结转结余
// table; the 三公 table prints its items as columns.
import type { Profile } from './types.js';

export const xinjiang2021: Profile = {
  id: 'xinjiang-2021',
  name: '新疆部门预算公开模板（9张表）',
  region: '新疆',
  kind: '预算',
  unit: '万元',
  tables: [
    {
      kind: 'revenue-expenditure',
      number: '表一',
      title: '部门收支总体情况表',
      layout: 'xinjiang-2021',
    },
    { kind: 'revenue', number: '表二', title: '部门收入总体情况表', layout: 'xinjiang-2021' },
    { kind: 'expenditure', number: '表三', title: '部门支出总体情况表', layout: 'basic-project' },
    {
      kind: 'fiscal-revenue-expenditure',
      number: '表四',
      title: '财政拨款收支预算总体情况表',
      layout: 'by-budget',
    },
    {
      kind: 'general-budget',
      number: '表五',
      title: '一般公共预算支出情况表',
      layout: 'basic-project',
    },
    {
      kind: 'general-budget-basic',
      number: '表六',
      title: '一般公共预算基本支出情况表',
      layout: 'personnel-public-use',
    },
    {
      kind: 'general-budget-project',
      number: '表七',
      title: '一般公共预算项目支出情况表',
      layout: 'economic-classes',
    },
    {
      kind: 'three-public',
      number: '表八',
      title: '一般公共预算“三公”经费支出情况表',
      layout: 'items-as-columns',
    },
    {
      kind: 'fund-budget',
      number: '表九',
      title: '政府性基金预算支出情况表',
      layout: 'basic-project',
    },
  ],
};
