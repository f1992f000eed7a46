import { describe, expect, it } from 'vitest';
import { ENTRY, FIXTURE, REPORT } from '../../../test/helpers/check-report-fixture.js';
import { renderCheckHtml } from './html.js';

const html = renderCheckHtml(REPORT, { disclosures: [FIXTURE] });

const VOID = new Set(['meta', 'br']);

/** Open/close tags in order; returns the first mismatch, or undefined when balanced. */
function unbalanced(page: string): string | undefined {
  const stack: string[] = [];
  for (const m of page.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    const [, close, name] = m as unknown as [string, string, string];
    if (VOID.has(name)) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return `${name} at ${m.index}`;
  }
  return stack.length ? `unclosed ${stack.join(',')}` : undefined;
}

/** The <td> that contains a marker linking to the given anchor. */
function cellWithMarker(anchor: string): string | undefined {
  return html.match(new RegExp(`<td [^>]*>[^<]*<a class="mk[^"]*" href="#${anchor}">`))?.[0];
}

describe('renderCheckHtml', () => {
  it('is one self-contained UTF-8 page: inline style, no script, nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|href="(?!#)/i);
    expect(unbalanced(html)).toBeUndefined();
  });

  it('escapes every text from the document and the findings', () => {
    // The fixture puts <script>alert("x")</script> in a project name, a section title and
    // text, a finding's note and an input error message.
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('draws each table with amounts right-aligned and grouped, and the cells of findings marked', () => {
    expect(html).toContain('<h3>表六 一般公共预算基本支出情况表 <small>单位：万元</small></h3>');
    expect(html).toContain('<td class="code">30101</td><td class="name lvl-款">基本工资</td>');
    expect(html).toContain('<td class="num">20.01</td>');
    // finding 1 (rounding) on 301 合计; finding 2 (fail) on 302 公用经费
    expect(cellWithMarker('e0-f1')).toMatch(
      /^<td class="num hl o-rounding" title="1\. 尾差 rounding: expected 30\.01 万元, actual 30\.00 万元, difference -0\.01 万元&#10;/,
    );
    expect(html).toMatch(
      /<td class="num hl o-fail" title="2\. [^"]*">10\.01<a class="mk o-fail" href="#e0-f2">2<\/a><\/td>/,
    );
    expect(html).toContain('<li id="e0-f1" value="1">');
    expect(html).toContain('<li id="e0-f2" value="2">');
  });

  it('shows numbers the parse could not place, with the columns they may be in', () => {
    expect(html).toContain('5.00 → 商品和服务支出、资本性支出');
    expect(cellWithMarker('e0-f3')).toContain('o-insufficient_data');
  });

  it('draws a two-sided table with 收入 beside 支出 and the totals on the last line', () => {
    expect(html).toContain('<th colspan="2">收入</th><th colspan="3">支出</th>');
    expect(html).toContain(
      '<tr><td class="name">财政拨款（补助）</td><td class="num">40.01</td><td class="code">201</td><td class="name lvl-类">一般公共服务支出</td><td class="num">40.01</td></tr>',
    );
    expect(html).toContain(
      '<tr class="total"><td class="name">合计</td><td class="num">40.01</td><td class="code"></td><td class="name">支出总计</td><td class="num">40.01</td></tr>',
    );
  });

  it('puts a narrative finding beside its section text, with the quoted phrase marked', () => {
    const open = html.indexOf('<details class="section sub has" open>');
    expect(open).toBeGreaterThan(0);
    const section = html.slice(open, html.indexOf('</details>', open));
    expect(section).toContain('<summary>（一） 机关运行经费&lt;script&gt;');
    expect(section).toContain('<mark>10万元</mark>');
    expect(section).toContain('<aside><ol class="findings"><li id="e0-f5" value="5">');
    // the other （一）, under 五, has no finding and stays folded
    expect(html).toContain('<details class="section sub">\n<summary>（一） 规模</summary>');
  });

  it('lists the completeness ledger by outcome and the score breakdown', () => {
    const ledger = html.slice(html.indexOf('完整性 completeness ledger'));
    const order = ['未满足 failed (1)', '未能判断 not evaluated (1)', '已满足 passed (1)'];
    const at = order.map((h) => ledger.indexOf(`<h4>${h}</h4>`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(ledger).toContain('<b>名词解释</b>');
    expect(html).toContain('<h3>质量评分 score</h3>');
    expect(html).toMatch(
      /<td>一致性 consistency<\/td><td class="num">0\.40<\/td><td class="num">66\.7<\/td>/,
    );
  });

  it('every marker links to a finding of the page, and ids are unique', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(5);
    for (const t of targets) expect(ids).toContain(t);
  });

  it('shows an unusable input with its error', () => {
    expect(html).toContain(
      '无法使用 unusable input [unreadable]: missing.txt: no such file &lt;script&gt;',
    );
  });

  it('lists passes only when asked, and never marks cells for them', () => {
    expect(html).not.toContain('通过 pass</span> <b>30101');
    const all = renderCheckHtml(
      { ...REPORT, entries: [ENTRY] },
      { disclosures: [FIXTURE], passes: true },
    );
    expect(all).toContain('通过 pass</span> <b>30101 基本工资 · 合计</b>');
    expect(all).not.toContain('hl o-pass');
  });

  it('lists findings about a table the document lacks, and findings of no place', () => {
    const extra = {
      ...ENTRY,
      findings: [
        ...ENTRY.findings,
        {
          ruleId: 'cross:fund-budget.total=fiscal.fund',
          outcome: 'fail' as const,
          severity: 'error' as const,
          category: 'cross-table' as const,
          location: { table: 'fund-budget' as const, row: 'total', column: 'total' },
          expected: 1,
          actual: 2,
          difference: 1,
          unit: '万元' as const,
        },
        {
          ruleId: 'classification:unit',
          outcome: 'fail' as const,
          severity: 'warning' as const,
          category: 'classification' as const,
          location: {},
          note: '元 vs 万元',
        },
      ],
    };
    const page = renderCheckHtml({ ...REPORT, entries: [extra] }, { disclosures: [FIXTURE] });
    expect(page).toContain('<h3>政府性基金预算支出表</h3>');
    expect(page).toContain('本文件中没有这张表');
    expect(page).toContain('<b>合计 · 合计</b> expected 1.00 万元, actual 2.00 万元');
    expect(page).toContain('<h3>其他 other findings</h3>');
    expect(page).toContain('<div class="note">元 vs 万元</div>');
  });
});
