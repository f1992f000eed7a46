import { describe, expect, it } from 'vitest';
import type { LayoutToken } from '../../model/layout.js';
import type { PageLine } from './lines.js';
import { findContinuations } from './wrap.js';

const tok = (text: string, x0: number, x1: number, y: number, size = 12): LayoutToken => ({
  text,
  x0,
  x1,
  y,
  size,
});
const line = (...tokens: LayoutToken[]): PageLine => ({
  tokens,
  top: tokens[0]!.y,
  bottom: tokens[0]!.y,
});

describe('findContinuations', () => {
  it('marks the wrapped rest of a name cell under its row (万里街道2023 p12)', () => {
    const lines = [
      line(
        tok('208', 73, 91, 448),
        tok('05', 110, 122, 448),
        tok('事业单位离退休', 170, 254, 448),
        tok('52,080', 404, 440, 448),
      ),
      line(
        tok('208', 73, 91, 467.5),
        tok('机关事业单位基本养老保险缴费支', 170, 350, 467.5),
        tok('4,412,547', 386, 440, 467.5),
      ),
      line(tok('出', 170, 182, 482.2)),
      line(
        tok('208', 73, 91, 497.3),
        tok('机关事业单位职业年金缴费支出', 170, 338, 497.3),
        tok('2,206,272', 386, 440, 497.3),
      ),
    ];
    expect([...findContinuations(lines)]).toEqual([2]);
  });

  it('tells a wrap from the next row of a side-by-side block (财政局2024决算 p12)', () => {
    // Right block only; its column starts at 294 like the names of the table rows above.
    const lines = [
      line(
        tok('一、一般公共预算财政拨款', 72, 216, 244),
        tok('2,940.05', 232, 274, 244),
        tok('一、一般公共服务支出', 294, 414, 244),
        tok('2,106.66', 470, 512, 244),
      ),
      line(tok('六、科学技术支出', 294, 390, 372)),
      line(tok('七、文化旅游体育与传媒支', 294, 438, 388.7)),
      line(tok('出', 294, 306, 404.3)),
      line(tok('八、社会保障和就业支出', 294, 426, 421.1), tok('326.71', 479, 512, 421.1)),
      line(tok('九、卫生健康支出', 294, 390, 438.3), tok('60.99', 485, 512, 438.3)),
      line(tok('十、节能环保支出', 294, 390, 455.6)),
    ];
    expect([...findContinuations(lines)]).toEqual([3]);
  });

  it('never marks prose, numbers, or sub-headers under one header cell', () => {
    const prose = [
      line(tok('预算拨款支出预算16497.86万元，比2022年预算增加1421.25万元；国', 58, 772, 140)),
      line(tok('有资本经营预算拨款支出预算0万元，比2022年预算持平。', 58, 364, 155)),
    ];
    expect(findContinuations(prose).size).toBe(0);
    const numbers = [
      line(tok('合计', 100, 124, 100), tok('1,000.00', 300, 350, 100)),
      line(tok('2,000.00', 300, 350, 114)),
    ];
    expect(findContinuations(numbers).size).toBe(0);
    const header = [
      line(tok('功能分类科目编码', 68, 164, 153.6), tok('功能分类科目名称', 213, 309, 153.6)),
      line(tok('类', 76, 88, 168), tok('款', 110, 122, 168), tok('项', 145, 157, 168)),
    ];
    expect(findContinuations(header).size).toBe(0);
  });
});
