// 上海 区级部门预算 / 单位预算 template (上海市普陀区 2023–2026): 9 tables listed 1–9 in the 目录
// but printed without a number, titled "2025年部门财务收支预算总表" (部门) or "2025年预算单位财务收支预算总表"
// (单位). Tables are in 元; the 三公 and 机关运行经费 table and the text are in 万元.
import type { Profile, ProfileTable } from './types.js';

/** The 9 tables; `owner` is the word before each title: 部门 or 预算单位 (三公: 部门 or 单位). */
function tables(owner: '部门' | '预算单位', threePublicOwner: '部门' | '单位'): ProfileTable[] {
  return [
    {
      kind: 'revenue-expenditure',
      number: '1',
      title: `${owner}财务收支预算总表`,
      layout: owner === '部门' ? 'shanghai' : 'shanghai-unit',
    },
    { kind: 'revenue', number: '2', title: `${owner}收入预算总表`, layout: 'shanghai' },
    { kind: 'expenditure', number: '3', title: `${owner}支出预算总表`, layout: 'basic-project' },
    {
      kind: 'fiscal-revenue-expenditure',
      number: '4',
      title: `${owner}财政拨款收支预算总表`,
      layout: 'by-budget',
    },
    {
      kind: 'general-budget',
      number: '5',
      title: `${owner}一般公共预算支出功能分类预算表`,
      layout: 'basic-project',
    },
    {
      kind: 'fund-budget',
      number: '6',
      title: `${owner}政府性基金预算支出功能分类预算表`,
      layout: 'basic-project',
    },
    {
      kind: 'capital-budget',
      number: '7',
      title: `${owner}国有资本经营预算支出功能分类预算表`,
      layout: 'basic-project',
    },
    {
      kind: 'general-budget-basic',
      number: '8',
      title: `${owner}一般公共预算基本支出部门预算经济分类预算表`,
      layout: 'personnel-public-use',
    },
    {
      kind: 'three-public',
      number: '9',
      title: `${threePublicOwner}“三公”经费和机关运行经费预算表`,
      layout: 'items-as-columns-shanghai',
      unit: '万元',
    },
  ];
}

export const shanghaiBudget: Profile = {
  id: 'shanghai-budget',
  name: '上海区级部门预算公开模板（9张表）',
  region: '上海',
  kind: '预算',
  unit: '元',
  tables: tables('部门', '部门'),
};

export const shanghaiUnitBudget: Profile = {
  id: 'shanghai-unit-budget',
  name: '上海区级单位预算公开模板（9张表）',
  region: '上海',
  kind: '预算',
  unit: '元',
  tables: tables('预算单位', '单位'),
};
