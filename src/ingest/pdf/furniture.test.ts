import { describe, expect, it } from 'vitest';
import type { PageLine } from './lines.js';
import { dropPageNumbers, hiddenCopyLength } from './furniture.js';

const line = (text: string, y: number, x0 = 58): PageLine => ({
  tokens: [{ text, x0, x1: x0 + text.length * 12, y, size: 12 }],
  top: y,
  bottom: y,
});
const texts = (lines: PageLine[]) => lines.map((l) => l.tokens[0]!.text);

describe('dropPageNumbers', () => {
  it('drops a lone page number in the top or bottom margin, whatever its value', () => {
    for (const n of ['- 8 -', '8', '第 8 页', '第3页，共25页', '8/25', '—12—']) {
      expect(texts(dropPageNumbers([line('正文', 100), line(n, 810)], 842))).toEqual(['正文']);
      expect(texts(dropPageNumbers([line(n, 40), line('正文', 100)], 842))).toEqual(['正文']);
    }
  });

  it('keeps numbers standing alone inside the page, and page-number-like text mid-page', () => {
    const lines = [line('合计', 100), line('5', 400), line('187.04', 500)];
    expect(texts(dropPageNumbers(lines, 842))).toEqual(['合计', '5', '187.04']);
    expect(texts(dropPageNumbers([line('正文', 100), line('8', 600)], 842))).toEqual(['正文', '8']);
  });
});

describe('hiddenCopyLength', () => {
  // 商务委员会2025年部门预算 p3–4: page 4 opens with the last lines of page 3, 371.7 pt higher.
  const page3 = [
    line('主要职能包括：', 158.2, 82),
    line('7、组织推进本区工商业技术进步及技术改造，制定鼓励企业技术创新', 362.6, 82),
    line('导本区相关企业技术创新；引导、推动企业创新技术的引进推广和产业化', 377.2),
    line('应急机制，协调重要商品储备和市场调控；负责食用农产品流通管理', 479.4),
    line('核日常协调工作。负责本区粮食流通行业管理，牵头负责粮食流通监督', 581.5),
  ];
  const page4 = [
    line('导本区相关企业技术创新；引导、推动企业创新技术的引进推广和产业化', 5.5),
    line('应急机制，协调重要商品储备和市场调控；负责食用农产品流通管理', 107.7),
    line('核日常协调工作。负责本区粮食流通行业管理，牵头负责粮食流通监督', 209.8),
    line('帮困对象粮油供应管理和粮食流通统计', 224.4),
  ];

  it('finds the copy of the previous page’s closing lines at the top of a page', () => {
    expect(hiddenCopyLength(page3, page4)).toBe(3);
  });

  it('keeps running headers (same place on every page) and table headers repeated on a new page', () => {
    const header = line('上海市普陀区商务委员会2025年部门预算公开', 30);
    expect(hiddenCopyLength([line('正文', 100), header], [header, line('正文二', 100)])).toBe(0);
    const th = [line('项目 预算数 项目 预算数 合计 基本支出', 90)];
    expect(
      hiddenCopyLength([...th, line('201 一般公共服务支出', 500)], [...th, line('208', 120)]),
    ).toBe(0);
  });
});
