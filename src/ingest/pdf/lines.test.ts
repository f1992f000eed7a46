import { describe, expect, it } from 'vitest';
import { lineText } from './line-text.js';
import { buildLines } from './lines.js';
import { pagePieces, splitItem, type PageItem } from './pieces.js';

const item = (str: string, x: number, y: number, width: number, size = 12): PageItem => ({
  str,
  x,
  y,
  width,
  size,
});

function texts(items: PageItem[]): string[] {
  return buildLines(pagePieces(items)).map((l) => lineText(l.tokens));
}

describe('splitItem', () => {
  it('splits two cells merged into one item at the space, placing each by character advance', () => {
    // 商务委员会2025年部门预算 p9: one item "371,514,655.00 一、一般公共服务支出" at x 328.5, width 207.8.
    const [num, name] = splitItem(item('371,514,655.00 一、一般公共服务支出', 328.5, 100, 207.8));
    expect(num?.text).toBe('371,514,655.00');
    expect(name?.text).toBe('一、一般公共服务支出');
    // pdfjs puts the name at 416.3 when the cells come apart (the next row on that page).
    expect(num!.x0).toBe(328.5);
    expect(num!.x1).toBeCloseTo(411.6, 0);
    expect(name!.x0).toBeCloseTo(417.6, 0);
    expect(name!.x1).toBeCloseTo(536.3, 1);
    expect(name!.spaceBefore).toBe(true);
  });

  it('ignores absurd widths (blank items thousands of points wide)', () => {
    const [p] = splitItem(item('合计', 10, 10, 9585));
    expect(p!.x1 - p!.x0).toBe(24);
  });
});

describe('buildLines', () => {
  it('drops blank items and orders lines top to bottom, tokens left to right', () => {
    const lines = texts([
      item('收入总计', 141.5, 477, 48),
      item(' ', 189.5, 477, 2781),
      item('371,514,655.00', 329, 477, 84),
      item('一、财政拨款收入', 61, 184, 96),
      item('371,514,655.00', 329, 184, 84),
    ]);
    expect(lines).toEqual(['一、财政拨款收入 371,514,655.00', '收入总计 371,514,655.00']);
  });

  it('joins a word split into items with no gap, and keeps a space where the source has one', () => {
    expect(texts([item('年初预算为', 50, 100, 60), item('1560.05', 110, 100, 38.5, 12)])).toEqual([
      '年初预算为1560.05',
    ]);
    expect(texts([item('1. 一般公共预算资金', 61, 100, 114)])).toEqual(['1. 一般公共预算资金']);
  });

  it('keeps one copy of text drawn twice at almost the same place (fake bold)', () => {
    expect(texts([item('合计', 100, 100, 24), item('合计', 100.3, 100.2, 24)])).toEqual(['合计']);
  });

  it('reads a row whose cells sit on different baselines as one line (决算 p16)', () => {
    // 财政局2024年度部门决算 p16: code at the top of the row, name and number 0.65 em lower.
    const lines = texts([
      item('301', 26.8, 227.9, 16.5, 11),
      item('工资福利支出', 102.5, 235, 66, 11),
      item('2,082.85', 262.8, 228.7, 38.5, 11),
      item('301', 26.8, 257.2, 16.5, 11),
      item('01', 71.8, 257.2, 11, 11),
      item('基本工资', 102.5, 264.3, 44, 11),
    ]);
    expect(lines).toEqual(['301 工资福利支出 2,082.85', '301 01 基本工资']);
  });

  it('stacks a name wrapped around its row into one cell (决算 p8 "机关事业单位基本养老保险缴费支出")', () => {
    const lines = texts([
      item('208', 72, 409.4, 18),
      item('机关事业单位基本养老保险', 195.2, 401.6, 144),
      item('缴费支出', 195.2, 417.2, 48),
      item('160.75', 369.1, 409.4, 33),
      item('208', 72, 441.3, 18),
    ]);
    expect(lines).toEqual(['208 机关事业单位基本养老保险缴费支出 160.75', '208']);
  });

  it('joins CJK characters spread across a cell, then stacks their second line (决算 p16)', () => {
    const spread = ['因', '公', '出', '国', '（', '境', '）', '费'].map((c, i) =>
      item(c, 405 + i * 15.6, 546, 11, 11),
    );
    const lines = texts([...spread, item('用', 405, 557, 11, 11), item('302', 329, 550, 16.5, 11)]);
    expect(lines).toEqual(['302 因公出国（境）费用']);
  });

  it('does not join a justified gap before CJK punctuation with a space (商务委 p3)', () => {
    expect(texts([item('区政府工作部门', 82, 129, 84), item('，为正处级', 172, 129, 60)])).toEqual([
      '区政府工作部门，为正处级',
    ]);
  });

  it('stacks a wrapped cell line after line, its words split at spaces kept together (万里 p.34)', () => {
    // "全面提升社区党员党性修养 ，提升书记综合素质 ，牢固树" over "立全心全意为民服务意识", the row's
    // value centred between them; stacked word by word this read "…素质立全心全意为民服务意识，牢固树".
    const lines = texts([
      item('全面提升社区党员党性修养 ，提升书记综合素质 ，牢固树', 208, 721, 146, 5.7),
      item('有效', 419.7, 724.6, 11.5, 5.7),
      item('立全心全意为民服务意识', 248.9, 728.2, 63.2, 5.7),
    ]);
    expect(lines).toEqual([
      '全面提升社区党员党性修养，提升书记综合素质，牢固树立全心全意为民服务意识 有效',
    ]);
  });

  it('cuts two rows chained through a label centred between them (万里 p.34)', () => {
    // Rows 7.8 pt (1.4 em) apart, 质量指标 midway: the lower name is wider than the upper, which
    // a wrapped cell's first line never is, so these are two rows, not one wrapped name.
    const lines = texts([
      item('中心全年活动人次', 257.6, 572.8, 46, 5.7),
      item('=5.00(万人次)', 406.7, 572.8, 37.9, 5.7),
      item('质量指标', 176.3, 576.7, 23, 5.7),
      item('完善人大代表 “家站点”建设', 243, 580.6, 75.9, 5.7),
      item('达标', 419.7, 580.6, 11.5, 5.7),
    ]);
    // (The label sits on the midpoint, so it goes with the lower row.)
    expect(lines).toEqual([
      '中心全年活动人次 =5.00(万人次)',
      '质量指标 完善人大代表 “家站点”建设 达标',
    ]);
  });

  it('keeps lines one text line apart separate', () => {
    expect(texts([item('第一行', 58, 100, 36), item('第二行', 58, 114.6, 36)])).toEqual([
      '第一行',
      '第二行',
    ]);
  });
});
