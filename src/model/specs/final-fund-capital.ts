// 政府性基金预算财政拨款收入支出决算表 and 国有资本经营预算财政拨款收入支出决算表 (决算 表八, 表九):
// by 功能分类, 年初结转和结余, 本年收入, 本年支出 (小计 = 基本支出 + 项目支出), 年末结转和结余.
import { col, colAs } from './columns.js';
import { fcol } from './final-columns.js';
import type { SpecForm } from './final-form.js';
import type { TableLayout } from './types.js';

const LAYOUT: TableLayout = {
  id: 'final',
  blocks: [
    {
      id: 'main',
      rowKey: 'function',
      columns: [
        fcol('carryover-begin'),
        fcol('current-income'),
        colAs('total', '本年支出', [col('basic'), col('project')]),
        fcol('carryover-end'),
      ],
    },
  ],
};

export const finalFundBudget: SpecForm = {
  kind: 'fund-budget',
  titles: ['政府性基金预算财政拨款收入支出决算表'],
  layouts: [LAYOUT],
};

export const finalCapitalBudget: SpecForm = {
  kind: 'capital-budget',
  titles: ['国有资本经营预算财政拨款收入支出决算表'],
  layouts: [LAYOUT],
};
