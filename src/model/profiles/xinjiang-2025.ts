// 新疆 部门预算, 2025 template: 11 tables numbered 表1–表11 (seed 000).
import type { Profile } from './types.js';

export const xinjiang2025: Profile = {
  id: 'xinjiang-2025',
  name: '新疆部门预算公开模板（11张表）',
  region: '新疆',
  kind: '预算',
  unit: '万元',
  tables: [
    {
      kind: 'revenue-expenditure',
      number: '表1',
      title: '部门收支总体情况表',
      layout: 'xinjiang-2025',
    },
    { kind: 'revenue', number: '表2', title: '部门收入总体情况表', layout: 'xinjiang-2025' },
    { kind: 'expenditure', number: '表3', title: '部门支出总体情况表', layout: 'basic-project' },
    {
      kind: 'fiscal-revenue-expenditure',
      number: '表4',
      title: '财政拨款收支预算总体情况表',
      layout: 'by-budget',
    },
    {
      kind: 'general-budget',
      number: '表5',
      title: '一般公共预算支出情况表',
      layout: 'basic-project',
    },
    {
      kind: 'general-budget-basic',
      number: '表6',
      title: '一般公共预算基本支出情况表',
      layout: 'personnel-public-use',
    },
    {
      kind: 'general-budget-project',
      number: '表7',
      title: '一般公共预算项目支出情况表',
      layout: 'economic-classes',
    },
    {
      kind: 'fund-budget',
      number: '表8',
      title: '政府性基金预算支出情况表',
      layout: 'personnel-public-use-project',
    },
    {
      kind: 'capital-budget',
      number: '表9',
      title: '国有资本经营预算支出情况表',
      layout: 'personnel-public-use-project',
    },
    {
      kind: 'three-public',
      number: '表10',
      title: '财政拨款“三公”经费支出情况表',
      layout: 'items-by-budget',
    },
    {
      kind: 'carryover',
      number: '表11',
      title: '上年结转结余情况明细表',
      layout: 'fiscal-nonfiscal',
    },
  ],
};
