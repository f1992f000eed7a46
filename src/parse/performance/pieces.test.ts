import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../../model/layout.js';
import { tokenize, type Token } from './pieces.js';

const lines = (...texts: string[]): LayoutLine[] =>
  texts.map((text, i) => ({ text, line: i + 1, page: 1 }));
const show = (tokens: Token[]) =>
  tokens.map((t) => (t.kind === 'label' ? `[${t.name}]` : `${t.join}:${t.text}`));

describe('tokenize', () => {
  it('joins a label wrapped over lines ("经济\\n成本\\n指标 其他食材采购成本", seed 000)', () => {
    expect(show(tokenize(lines('经济', '成本', '指标 其他食材采购成本')))).toEqual([
      '[经济成本指标]',
      'space:其他食材采购成本',
    ]);
  });

  it('splits a label glued after a row-final cell ("工作资料满意\\n度指\\n标")', () => {
    const tokens = tokenize(
      lines('工作资料满意', '度指', '标', '满意', '度指', '标 驻地管理单位满意度'),
    );
    expect(show(tokens)).toEqual([
      'line:工作资料',
      '[满意度指标]',
      '[满意度指标]',
      'space:驻地管理单位满意度',
    ]);
    expect(tokens[3]).toMatchObject({ afterLabel: true });
  });

  it('splits "原始凭证数量" + "指标" and a label ending inside a piece', () => {
    expect(show(tokenize(lines('原始凭证数量', '指标')))).toEqual(['line:原始凭证', '[数量指标]']);
    expect(show(tokenize(lines('满意', '度指', '标驻地管理单位满意度')))).toEqual([
      '[满意度指标]',
      'glued:驻地管理单位满意度',
    ]);
  });

  it('separates a weight from words glued to it, but not a number from its unit', () => {
    expect(show(tokenize(lines('20履职效能', '历史标准 8项 8', '=3220', '0平方')))).toEqual([
      'line:20',
      'glued:履职效能',
      'line:历史标准',
      'space:8项',
      'space:8',
      'line:=3220',
      'line:0平方',
    ]);
  });

  it('leaves names that merely start like a label alone', () => {
    expect(show(tokenize(lines('质量', '合格率')))).toEqual(['line:质量', 'line:合格率']);
  });
});
