import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../test/helpers/disclosure.js';
import { buildTable } from './build-table.js';
import { buildDocument } from './build.js';
import { chineseNumeral } from './numerals.js';
import { tableLines } from './txt.js';

// A 部门支出总体情况表 of our own: 合计 = 基本支出 + 项目支出 on each row.
const expenditure = table('expenditure', [
  ['total', { total: 14303.93, basic: 10039.01, project: 4264.92 }],
  ['201', { total: 10877.89, basic: 6612.97, project: 4264.92 }],
  ['2010301', { total: 4773.88, basic: 4773.88 }],
]);

describe('buildTable', () => {
  it('codes in 类/款/项 columns under a merged 编码 header, names, then the amounts', () => {
    const t = buildTable(expenditure, 'xinjiang-2025');
    expect(t.columns.map((c) => c.role)).toEqual([
      'code',
      'code',
      'code',
      'name',
      'amount',
      'amount',
      'amount',
    ]);
    expect(t.header).toContainEqual({
      text: '功能分类科目编码',
      row: 0,
      col: 0,
      rowSpan: 1,
      colSpan: 3,
    });
    expect(t.header).toContainEqual({
      text: '功能分类科目名称',
      row: 0,
      col: 3,
      rowSpan: 2,
      colSpan: 1,
    });
    expect(t.header).toContainEqual({ text: '支出预算', row: 0, col: 4, rowSpan: 1, colSpan: 3 });
    expect(t.numbering).toEqual(['※', '※', '※', '※', '1', '2', '3']);
    expect(t.body[2]!.cells.map((c) => c?.text ?? null)).toEqual([
      '201',
      '03',
      '01',
      '2010301',
      '4,773.88',
      '4,773.88',
      null,
    ]);
    expect(t.body[2]!.cells[4]!.amount).toBe(4773.88);
    expect(t.wide).toBe(false);
  });

  it('收入 | 支出 side by side: one line per pair of rows, the totals last, on one line', () => {
    const t = buildTable(
      table('revenue-expenditure', [
        ['#current', { amount: 10 }, { block: 'income', name: '一、本年收入' }],
        ['201', { amount: 10 }, { block: 'expenditure', name: '一般公共服务支出' }],
        ['total', { amount: 10 }, { block: 'income' }],
        ['expenditure-total', { amount: 10 }],
        ['202', {}, { block: 'expenditure', name: '外交支出' }],
      ]),
      'xinjiang-2025',
    );
    expect(t.header.slice(0, 2)).toEqual([
      { text: '收入', row: 0, col: 0, rowSpan: 1, colSpan: 2 },
      { text: '支出', row: 0, col: 2, rowSpan: 1, colSpan: 3 },
    ]);
    expect(t.body.map((r) => r.cells.map((c) => c?.text ?? ''))).toEqual([
      ['一、本年收入', '10.00', '201', '一般公共服务支出', '10.00'],
      ['', '', '202', '外交支出', ''],
      ['合计', '10.00', '', '支出总计', '10.00'],
    ]);
    expect(t.body[2]!.kind).toBe('total');
  });

  it('items as columns (新疆 2021 三公): a label column, one value row, a numbering row', () => {
    const t = buildTable(
      table(
        'three-public',
        [
          ['total', { total: 96.8 }, { item: 'total' }],
          ['#vehicle', { total: 96.8 }],
          ['#vehicle-purchase', { total: 80 }],
        ],
        { layout: 'items-as-columns' },
      ),
      'xinjiang-2021',
    );
    expect(t.header.map((c) => c.text)).toEqual([
      '项目',
      '合计',
      '因公出国（境）费',
      '公务用车购置及运行费',
      '公务用车购置费',
      '公务用车运行费',
      '公务接待费',
    ]);
    expect(t.numbering).toEqual(['※', '1', '2', '3', '4', '5', '6']);
    expect(t.body[0]!.cells.map((c) => c?.text ?? '')).toEqual([
      '预算数',
      '96.80',
      '',
      '96.80',
      '80.00',
      '',
      '',
    ]);
  });

  it('a number the source left unplaced prints in its first free candidate column', () => {
    const t = buildTable(
      {
        ...expenditure,
        rows: [
          {
            kind: 'total',
            name: '总计',
            values: { total: 5 },
            unplaced: [{ value: 5, candidates: ['basic', 'project'] }],
          },
        ],
      },
      'xinjiang-2025',
    );
    expect(t.body[0]!.cells.slice(4).map((c) => c?.text ?? null)).toEqual(['5.00', '5.00', null]);
  });

  it('as text: the seeds’ line form that parse reads back', () => {
    const lines = tableLines(
      buildTable({ ...expenditure, number: '表3', department: '测试部门' }, 'xinjiang-2025'),
    );
    expect(lines).toEqual([
      '表3',
      '支出总体',
      '编制部门：测试部门 单位：万元',
      '功能分类科目编码 功能分类科目名称 支出预算',
      '类 款 项 合计 基本支出 项目支出',
      '※ ※ ※ ※ 1 2 3',
      '合计 14,303.93 10,039.01 4,264.92',
      '201 201 10,877.89 6,612.97 4,264.92',
      '201 03 01 2010301 4,773.88 4,773.88',
    ]);
  });
});

describe('buildDocument', () => {
  it('title page, 目录 naming the parts without "第…部分" (read back, it would start the part), the parts in order', () => {
    const doc = buildDocument(disclosure([expenditure]));
    expect(doc.title).toBe('测试部门');
    expect(doc.subtitle).toBe('2025年部门预算公开');
    expect(doc.contents).toEqual([
      '一、部门概况',
      '二、2025年部门预算公开表',
      '三、2025年部门预算情况说明',
      '四、名词解释',
    ]);
    const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1);
    expect(headings.map((h) => (h.kind === 'heading' ? h.text : ''))).toEqual([
      '第一部分 2025年部门概况',
      '第二部分 2025年部门预算公开表',
      '第三部分 2025年部门预算情况说明',
    ]);
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
  ])('%i → %s', (n, text) => expect(chineseNumeral(n)).toBe(text));
});
