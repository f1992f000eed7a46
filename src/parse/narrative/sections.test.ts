import { describe, expect, it } from 'vitest';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { LayoutLine } from '../../model/layout.js';
import { splitSections } from './sections.js';

const layoutLines = (...texts: string[]): LayoutLine[] =>
  texts.map((text, i) => ({ text, line: i + 1, page: 1 }));

const brief = (lines: string[]) => {
  const warnings: ParseWarning[] = [];
  const sections = splitSections(layoutLines(...lines), warnings).map((s) => [
    s.parent ?? '',
    s.number,
    s.title,
    s.lines.map((l) => l.text),
  ]);
  return { sections, warnings: warnings.map((w) => w.code) };
};

describe('splitSections', () => {
  it('joins a wrapped heading and keeps body lines apart', () => {
    const { sections, warnings } = brief([
      '第三部分 部门预算情况说明',
      '一、 关于某单位 2025年收支预算情况总体说',
      '明',
      '收支总预算 10.00万元。',
      '二、关于某单位 2025年收入预算情',
      '况的总体说明',
      '收入预算 10.00万元。',
    ]);
    expect(warnings).toEqual([]);
    expect(sections).toEqual([
      ['', '一', '关于某单位 2025年收支预算情况总体说明', ['收支总预算 10.00万元。']],
      ['', '二', '关于某单位 2025年收入预算情况的总体说明', ['收入预算 10.00万元。']],
    ]);
  });

  it('finds a heading tail displaced past the previous section text (seed 000 十一)', () => {
    const { sections } = brief([
      '一、关于某单位 2025年“三公”经费预算情况说明',
      '“三公”经费数为 5.00万元。',
      '二、 关于某单位 2025',
      '“三公”经费比上年预算增加 0.00万元，增长 0.00%，主要原因是无变',
      '化。',
      '年上年结转结余预',
      '算情况说明',
      '上年结转结余 1.00万元。',
    ]);
    expect(sections).toEqual([
      [
        '',
        '一',
        '关于某单位 2025年“三公”经费预算情况说明',
        [
          '“三公”经费数为 5.00万元。',
          '“三公”经费比上年预算增加 0.00万元，增长 0.00%，主要原因是无变',
          '化。',
        ],
      ],
      ['', '二', '关于某单位 2025年上年结转结余预算情况说明', ['上年结转结余 1.00万元。']],
    ]);
  });

  it('leaves a heading as printed when no tail can be found', () => {
    const { sections } = brief(['一、部门预算', '收支总预算 10.00万元。', '说明文字没有结束']);
    expect(sections).toEqual([
      ['', '一', '部门预算', ['收支总预算 10.00万元。', '说明文字没有结束']],
    ]);
  });

  it('reads （一）/(一) subsections and title-like numbered items, not list items', () => {
    const { sections } = brief([
      '一、项目支出情况说明',
      '1.项目名称：甲项目',
      '预算安排规模：5万元。',
      '2.项目名称：乙项目',
      '二、其他重要事项的情况说明',
      '(一) 机关运行经费情况',
      '机关运行经费财政拨款预算 1.00万元。',
      '（二）国有资产占用使用情况',
      '1.房屋 10平方米，价值 1.00万元。',
      '2.车辆 1辆，价值 2.00万元。',
    ]);
    expect(sections.map(([parent, number, title]) => [parent, number, title])).toEqual([
      ['', '一', '项目支出情况说明'],
      ['一', '1', '项目名称：甲项目'],
      ['一', '2', '项目名称：乙项目'],
      ['', '二', '其他重要事项的情况说明'],
      ['二', '（一）', '机关运行经费情况'],
      ['二', '（二）', '国有资产占用使用情况'],
    ]);
    expect(sections[5]?.[3]).toEqual([
      '1.房屋 10平方米，价值 1.00万元。',
      '2.车辆 1辆，价值 2.00万元。',
    ]);
  });

  it('takes numbers in sequence: a repeated or far-off number is body text', () => {
    const { sections, warnings } = brief([
      '一、收入预算情况说明',
      '一、这一行重复了编号',
      '九、这一行跳得太远',
      '三、支出预算情况说明',
    ]);
    expect(sections.map(([, n]) => n)).toEqual(['一', '三']);
    expect(sections[0]?.[3]).toEqual(['一、这一行重复了编号', '九、这一行跳得太远']);
    expect(warnings).toEqual(['section-missing']);
  });

  it('reports text before the first section and a narrative without sections', () => {
    expect(brief(['一段说明', '一、收入预算情况说明']).warnings).toEqual(['text-unplaced']);
    expect(brief(['一段说明', '另一段说明']).warnings).toEqual(['section-missing']);
    expect(brief([]).sections).toEqual([]);
  });

  it('splits a heading that carries its body after a full stop', () => {
    const { sections } = brief(['一、收入预算情况说明', '（一）机关运行经费。本年预算 1.00万元。']);
    expect(sections[1]).toEqual(['一', '（一）', '机关运行经费', ['本年预算 1.00万元。']]);
  });
});
