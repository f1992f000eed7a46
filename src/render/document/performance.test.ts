import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../test/helpers/disclosure.js';
import type { PerformanceTarget } from '../../model/performance.js';
import { buildDocument } from './build.js';

function paragraphs(target: PerformanceTarget): string[] {
  const doc = buildDocument({ ...disclosure([]), performance: [target] });
  return doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

describe('a 绩效目标表 in the rendered document', () => {
  it('prints everything a 上海 form states: 项目性质, dates, both funds columns, both goals', () => {
    const text = paragraphs({
      kind: 'project',
      year: 2023,
      unit: '万里街道',
      department: '万里街道办事处',
      project: '社区服务中心',
      manager: '张三',
      contact: { name: '李四', phone: '021-1234567' },
      nature: '阶段性项目',
      category: '特定目标类',
      period: { start: '2023-01-01', end: '2023-12-31' },
      funds: { total: 500, fiscal: 400, carryover: 100, other: 0, unit: '元' },
      lifetimeFunds: { total: 900, fiscal: 900, other: 0 },
      goal: '年度目标。',
      projectGoal: '总目标。',
      indicators: [],
    });
    expect(text).toEqual(
      expect.arrayContaining([
        '主管部门：万里街道办事处',
        '项目负责人：张三',
        '联系人：李四；联系电话：021-1234567',
        '项目性质：阶段性项目；项目类别：特定目标类；计划开始日期：2023-01-01；计划完成日期：2023-12-31',
        '项目资金（元）：项目资金总额 900.00；财政资金 900.00；其他资金 0.00',
        '年度资金（元）：资金总额 500.00；财政拨款 400.00；上年结转资金 100.00；其他资金 0.00',
        '项目总目标：总目标。',
        '年度绩效目标：年度目标。',
      ]),
    );
  });

  it('prints a form without them as before (资金 in 万元, no empty lines)', () => {
    const text = paragraphs({
      kind: 'project',
      project: '印刷费',
      funds: { total: 145, fiscal: 145, other: 0 },
      goal: '印制文件。',
      indicators: [],
    });
    expect(text.filter((t) => /项目|资金|目标/.test(t))).toEqual([
      '项目名称：印刷费',
      '资金（万元）：资金总额 145.00；财政拨款 145.00；其他资金 0.00',
      '年度绩效目标：印制文件。',
    ]);
  });
});
