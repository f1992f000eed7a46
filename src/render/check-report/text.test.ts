import { describe, expect, it } from 'vitest';
import { FIXTURE, HOSTILE, REPORT } from '../../../test/helpers/check-report-fixture.js';
import { renderCheckSummary, renderCheckText } from './text.js';

const text = renderCheckText(REPORT, { disclosures: [FIXTURE] });
const lines = text.split('\n');

describe('renderCheckText', () => {
  it('heads each input with its file and identity', () => {
    expect(lines[0]).toBe('== fixture.txt: 测试部门 2025年预算');
  });

  it('groups by table in document order, each line with location, figures, outcome and rule', () => {
    const t6 = lines.indexOf('表六 一般公共预算基本支出情况表（单位：万元）');
    const t7 = lines.indexOf('表七 一般公共预算项目支出情况表（单位：万元）');
    expect(t6).toBeGreaterThan(0);
    expect(t7).toBeGreaterThan(t6);
    expect(lines[t6 + 1]).toBe(
      '  尾差 rounding  301 工资福利支出 · 合计  expected 30.01 万元, actual 30.00 万元, difference -0.01 万元  table:general-budget-basic:hierarchy  p.2 l.10',
    );
    expect(lines[t6 + 2]).toBe('      Σ 30101 + 30102');
    expect(lines[t6 + 3]).toBe(
      '  不符 fail [error]  302 商品和服务支出 · 公用经费  expected 12.00 万元, actual 10.01 万元, difference -1.99 万元  table:general-budget-basic:hierarchy  l.13',
    );
  });

  it('writes undecidable cells of one row as one line naming the columns by their labels', () => {
    expect(text).toContain(
      `  无法判断 insufficient_data  ${HOSTILE} · 商品和服务支出, 资本性支出  table:general-budget-project:total=e301+e302  l.40`,
    );
  });

  it('puts narrative findings under their section (told apart by line), then the ledger', () => {
    const s = lines.indexOf(`情况说明 十（一） 机关运行经费${HOSTILE}`);
    expect(s).toBeGreaterThan(0);
    expect(lines[s + 1]).toBe(
      '  不符 fail [warning]  机关运行经费  expected “10.01万元”, actual “10万元”  narrative:share  l.61',
    );
    const c = lines.indexOf(
      '完整性 completeness: 1 passed, 1 failed, 1 not evaluated, 0 not applicable',
    );
    expect(c).toBeGreaterThan(s);
    expect(lines.slice(c + 1, c + 3)).toEqual([
      '  不符 fail [error]  三公  completeness:three-public',
      '  无法判断 insufficient_data  政府采购  completeness:procurement',
    ]);
  });

  it('hides passes unless asked', () => {
    expect(text).not.toContain('通过 pass');
    const all = renderCheckText(REPORT, { disclosures: [FIXTURE], passes: true });
    expect(all).toContain(
      '  通过 pass  30101 基本工资 · 合计  table:general-budget-basic:hierarchy',
    );
    expect(all).toContain('  通过 pass  名词解释  completeness:glossary');
  });

  it('ends each input with a summary and the run with a total line', () => {
    expect(text).toContain(
      '  小结 summary: fail 3 (errors 2, warnings 1) · rounding 1 · insufficient_data 3 · not_applicable 0 · pass 1 · score 46.7 (completeness 50.0, consistency 66.7, narrative 0.0) · parse warnings 0',
    );
    expect(text).toContain(
      '== missing.txt: 无法使用 unusable input [unreadable]: missing.txt: no such file',
    );
    expect(lines.at(-2)).toBe(
      '合计 run: 2 inputs (1 unusable), 9 rules · errors 2 · warnings 1 · 尾差 rounding 1 · 无法判断 insufficient_data 3',
    );
  });

  it('without the disclosures, labels come from the findings and the specs', () => {
    const bare = renderCheckText(REPORT);
    expect(bare).toContain('表六 一般公共预算基本支出表\n');
    expect(bare).toContain('302 商品和服务支出 · 公用经费');
  });

  it('summary only: one line per input and the run line', () => {
    expect(renderCheckSummary(REPORT).split('\n')).toEqual([
      'fixture.txt: fail 3 (errors 2, warnings 1) · rounding 1 · insufficient_data 3 · not_applicable 0 · pass 1 · score 46.7 (completeness 50.0, consistency 66.7, narrative 0.0) · parse warnings 0',
      'missing.txt: 无法使用 unusable input [unreadable]',
      '合计 run: 2 inputs (1 unusable), 9 rules · errors 2 · warnings 1 · 尾差 rounding 1 · 无法判断 insufficient_data 3',
      '',
    ]);
  });
});
