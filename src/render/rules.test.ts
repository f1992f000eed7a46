import { describe, expect, it } from 'vitest';
import type { Rule } from '../check/index.js';
import { renderRulesJson, renderRulesMarkdown, renderRulesText } from './rules.js';

const rule = (id: string, category: Rule['category'], zh: string): Rule => ({
  id,
  category,
  severity: category === 'completeness' ? 'warning' : 'error',
  zh,
  en: `${id} in English`,
  basis: '表式列关系',
  evaluate: () => [],
});

const RULES = [
  rule('narrative:share', 'narrative', '占比与金额一致'),
  rule('table:a', 'table', '合计 = 基本支出 + 项目支出'),
  rule('completeness:tables', 'completeness', '公开表齐全 *全部*'),
];

describe('rules writers', () => {
  it('text: grouped by category in the declared order, each rule with its four texts', () => {
    expect(renderRulesText(RULES).split('\n')).toEqual([
      '表内关系 table (1)',
      '  table:a  [error]',
      '      合计 = 基本支出 + 项目支出',
      '      table:a in English',
      '      依据 basis: 表式列关系',
      '',
      '情况说明 narrative (1)',
      '  narrative:share  [error]',
      '      占比与金额一致',
      '      narrative:share in English',
      '      依据 basis: 表式列关系',
      '',
      '完整性 completeness (1)',
      '  completeness:tables  [warning]',
      '      公开表齐全 *全部*',
      '      completeness:tables in English',
      '      依据 basis: 表式列关系',
      '',
      '3 rules',
      '',
    ]);
  });

  it('json: the catalog rows without evaluators', () => {
    const rows = JSON.parse(renderRulesJson(RULES));
    expect(rows[0]).toEqual({
      id: 'narrative:share',
      category: 'narrative',
      severity: 'error',
      zh: '占比与金额一致',
      en: 'narrative:share in English',
      basis: '表式列关系',
    });
  });

  it('markdown: a heading per category and per rule; markdown characters escaped', () => {
    const md = renderRulesMarkdown(RULES);
    expect(md).toContain(
      '## 表内关系 table\n\n### `table:a`\n\n- severity: error\n- zh: 合计 = 基本支出 + 项目支出',
    );
    expect(md).toContain('- zh: 公开表齐全 \\*全部\\*');
    expect(md.indexOf('## 表内关系 table')).toBeLessThan(md.indexOf('## 情况说明 narrative'));
  });
});
