import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLayout } from '../ingest/index.js';
import type { LayoutLine } from '../model/layout.js';
import { parseClosing } from './closing.js';
import { parseGlossary } from './glossary.js';
import { segment } from './segment.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
function parts(name: string) {
  return segment(textLayout(readFileSync(new URL(name, SEEDS)), name).lines);
}
const TERMS = [
  '财政拨款',
  '一般公共预算',
  '财政专户管理资金',
  '其他资金',
  '基本支出',
  '项目支出',
  '“三公”经费',
  '机关运行经费',
];

describe.skipIf(!existsSync(SEEDS))('parseGlossary on the seeds (needs ../shared/seeds)', () => {
  it('seed 000: 8 entries, definitions joined across lines', () => {
    const { entries, warnings } = parseGlossary(parts('000_c55cbe189efa8a40.txt').glossary);
    expect(warnings).toEqual([]);
    expect(entries.map((e) => e.term)).toEqual(TERMS);
    expect(entries[0]?.definition).toBe(
      '指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。',
    );
    expect(entries[6]?.definition).toMatch(/^指部门（单位）因公出国（境）费、公务用车购置及运/);
    expect(entries[6]?.definition).toMatch(/各类公务接待（含外宾接待）费用。$/);
    expect(entries[7]?.definition).toMatch(/公务用车运行维护费及其他费用。$/);
  });

  it('seed 004: 8 entries, one definition across a page break', () => {
    const { entries, warnings } = parseGlossary(parts('004_88207d3c283235c9.txt').glossary);
    expect(warnings).toEqual([]);
    expect(entries.map((e) => e.term)).toEqual(TERMS);
    expect(entries[4]?.definition).toBe(
      '包括人员经费、商品和服务支出（定额）。其中，人员经费包括工资福利支出、对个人和家庭的补助。',
    );
    expect(entries[6]?.definition).toMatch(
      /公务接待费指单位按规定开支的各类公务接待（含外宾接待）支出。$/,
    );
  });
});

describe.skipIf(!existsSync(SEEDS))('parseClosing on the seeds (needs ../shared/seeds)', () => {
  it('reads the name and the date', () => {
    expect(parseClosing(parts('000_c55cbe189efa8a40.txt').closing)).toEqual({
      signedBy: '新疆维吾尔自治区人民政府办公厅',
      signedDate: '2025-02-18',
      warnings: [],
    });
    expect(parseClosing(parts('004_88207d3c283235c9.txt').closing)).toEqual({
      signedBy: '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处',
      signedDate: '2021-04-15',
      warnings: [],
    });
  });
});

const lines = (...texts: string[]): LayoutLine[] => texts.map((text, i) => ({ text, line: i + 1 }));

describe('parseGlossary and parseClosing on made-up text', () => {
  it('keeps a numbered line inside a definition and notes a skipped entry', () => {
    const { entries, warnings } = parseGlossary(
      lines('名词解释：', '一、甲：指', '1. 其一：说明', '三、丙：指丙。'),
    );
    expect(entries).toEqual([
      { term: '甲', definition: '指1. 其一：说明' },
      { term: '丙', definition: '指丙。' },
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['field-unplaced']);
  });

  it('reads a date in Chinese numerals and rejects an impossible one', () => {
    expect(parseClosing(lines('某某局', '二〇二四年三月五日'))).toMatchObject({
      signedBy: '某某局',
      signedDate: '2024-03-05',
    });
    const bad = parseClosing(lines('某某局', '2024年02月30日'));
    expect(bad.signedDate).toBeUndefined();
    expect(bad.warnings.map((w) => w.code)).toEqual(['field-unplaced']);
    expect(parseClosing([]).warnings.map((w) => w.code)).toEqual(['section-missing']);
  });
});
