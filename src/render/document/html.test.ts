import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../test/helpers/disclosure.js';
import { buildDocument } from './build.js';
import { renderHtml } from './html.js';

describe('renderHtml', () => {
  it('escapes every text: markup in a name stays text, and the page has no script', () => {
    const t = table('carryover', [
      ['total', { total: 1.5, fiscal: 1.5, 'fiscal-project': 1.5 }],
      ['project:<script>alert(1)</script>', { total: 1.5, fiscal: 1.5, 'fiscal-project': 1.5 }],
    ]);
    const html = renderHtml(buildDocument(disclosure([{ ...t, department: 'A&B "部门"' }])));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('编制部门：A&amp;B &quot;部门&quot;');
  });

  it('prints like the templates: A4, each table on its page, wide ones landscape, amounts right', () => {
    const html = renderHtml(
      buildDocument(
        disclosure([
          table('expenditure', [['total', { total: 14303.93, basic: 10039.01, project: 4264.92 }]]),
          table('carryover', [['total', { total: 73.9, fiscal: 73.9 }]]),
        ]),
      ),
    );
    expect(html).toContain('@page { size: A4 portrait');
    expect(html).toContain('@page wide { size: A4 landscape');
    // 9 amount columns: the 结转结余 table prints landscape; the 支出 table (3) does not.
    expect(html.match(/<section class="table wide">/g)).toHaveLength(1);
    expect(html.match(/<section class="table">/g)).toHaveLength(1);
    expect(html).toContain('<td class="n">14,303.93</td>');
    expect(html).toContain('<th colspan="3">功能分类科目编码</th>');
  });
});
