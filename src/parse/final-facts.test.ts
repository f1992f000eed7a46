import { describe, expect, it } from 'vitest';
import type { NarrativeFact, NarrativeSection } from '../model/narrative.js';
import { finalFacts } from './final-facts.js';

// Sentences in the 决算 template's phrasing, figures made up for the test.
const section = (number: string, text: string, parent?: string): NarrativeSection => ({
  number,
  title: '',
  text,
  ...(parent ? { parent } : {}),
});

describe('决算 facts', () => {
  it('reads 年初预算 against 决算数 with the completion rate', () => {
    const [f] = finalFacts(
      [
        section(
          '（三）',
          '一般公共预算财政拨款支出年初预算为1,200.00万元，支出决算为1,150.50万元，完成年初预算的95.88%。',
          '五',
        ),
      ],
      [],
    );
    expect(f).toMatchObject({
      section: '（三）',
      parent: '五',
      subject: { kind: 'total', side: 'expenditure' },
      scope: 'general-budget',
      amount: 1150.5,
      budget: { amount: 1200, completion: 95.88 },
    });
  });

  it('reads a numbered 项 line whose figures follow in the next sentence', () => {
    const facts = finalFacts(
      [
        section(
          '（三）',
          '其中：1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：基本支出。年初预算为 300.10 万元，支出决算为299.99万元。',
        ),
      ],
      [],
    );
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({
      subject: {
        kind: 'function',
        level: '项',
        code: '2010601',
        path: ['一般公共服务支出', '财政事务', '行政运行'],
      },
      amount: 299.99,
      budget: { amount: 300.1 },
    });
  });

  it('reads 总计 with its change on the year before, and skips what the general parser has', () => {
    const text =
      '某局2024年度收入支出总计500.00万元。与2023年度相比，收入支出总计增加20.00万元，增长4.17%。';
    const [f] = finalFacts([section('一', text)], []);
    expect(f).toMatchObject({
      subject: { kind: 'total', side: 'both' },
      scope: 'all',
      amount: 500,
      change: { direction: 'increase', amount: 20, percent: 4.17, against: '2023年度' },
    });
    expect(finalFacts([section('一', text)], [f as NarrativeFact])).toEqual([]);
  });

  it('reads 三公 items with their 决算数 and a 持平 stated apart', () => {
    const facts = finalFacts(
      [
        section(
          '（一）',
          '“三公”经费财政拨款支出年初预算为2.00万元，支出决算为1.50万元，完成预算的75%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；公务接待费支出决算为1.50万元，完成预算的100%。2024年度“三公”经费财政拨款支出决算数与2023年度持平。',
        ),
      ],
      [],
    );
    expect(
      facts.map((f) => [f.subject.kind === 'three-public' && f.subject.item, f.amount]),
    ).toEqual([
      ['total', 1.5],
      ['outbound', 0],
      ['reception', 1.5],
    ]);
    expect(facts[0]?.change).toEqual({ direction: 'unchanged', against: '2023年度' });
    expect(facts[0]?.budget).toEqual({ amount: 2, completion: 75 });
  });
});
