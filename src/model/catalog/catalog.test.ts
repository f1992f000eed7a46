import { describe, expect, it } from 'vitest';
import { ancestorsOf, catalogStats, childrenOf, lookupCode, systemIndex } from './catalog.js';
import { normalizeNameKey } from './name-key.js';

describe('lookupCode', () => {
  it('finds 2010301 行政运行 under 20103 and 201, whatever the code spelling', () => {
    for (const code of ['2010301', '201 03 01', '201-03-01']) {
      const e = lookupCode('function', code);
      expect(e).toMatchObject({ code: '2010301', name: '行政运行', level: '项', parent: '20103' });
      expect(e?.confidence).toBe('verified');
      expect(e?.scopes).toEqual(['一般公共预算']);
    }
    expect(ancestorsOf('function', '2010301').map((e) => `${e.code} ${e.name}`)).toEqual([
      '201 一般公共服务支出',
      '20103 政府办公厅（室）及相关机构事务',
    ]);
  });

  it('holds the codes real 2024/2025 documents use', () => {
    expect(lookupCode('function', '2080505')?.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(lookupCode('function', '20805')?.name).toBe('行政事业单位养老支出');
    expect(lookupCode('function', '20139')?.name).toBe('社会工作事务');
    expect(lookupCode('function', '2210201')?.name).toBe('住房公积金');
    expect(lookupCode('economic', '30231')?.name).toBe('公务用车运行维护费');
    expect(lookupCode('economic', '30217')?.name).toBe('公务接待费');
    expect(lookupCode('economic', '30311')).toMatchObject({
      name: '代缴社会保险费',
      parent: '303',
    });
    expect(lookupCode('economic', '30108')?.name).toBe('机关事业单位基本养老保险缴费');
    expect(lookupCode('economic-government', '50101')?.name).toBe('工资奖金津补贴');
    expect(lookupCode('economic', '30231')?.scopes).toBeUndefined();
  });

  it('is edition-aware: 210 over the years', () => {
    expect(lookupCode('function', '210', 2010)?.name).toBe('医疗卫生支出');
    expect(lookupCode('function', '210', 2017)?.name).toBe('医疗卫生与计划生育支出');
    expect(lookupCode('function', '210', 2018)?.name).toBe('医疗卫生与计划生育支出');
    expect(lookupCode('function', '210', 2019)?.name).toBe('卫生健康支出');
    expect(lookupCode('function', '210', 2020)?.name).toBe('卫生健康支出');
    expect(lookupCode('function', '210', 2026)?.name).toBe('卫生健康支出');
    expect(lookupCode('function', '210', 2017)?.confidence).toBe('name-seen');
    const e = lookupCode('function', '210');
    expect(e?.name).toBe('卫生健康支出');
    expect(e?.formerNames.map((f) => [f.name, f.lastEdition])).toEqual([
      ['医疗卫生与计划生育支出', 2018],
      ['医疗卫生支出', 2013],
    ]);
    expect(lookupCode('function', '20805', 2020)?.name).toBe('行政事业单位离退休');
    expect(lookupCode('function', '20805', 2021)?.name).toBe('行政事业单位养老支出');
    expect(lookupCode('economic', '307', 2017)?.name).toBe('债务利息支出');
  });

  it('keeps retired codes, flagged, and hides them in years after retirement', () => {
    expect(lookupCode('function', '20117')).toMatchObject({
      name: '工商行政管理事务',
      retiredAfter: 2018,
    });
    expect(lookupCode('function', '20117', 2018)?.name).toBe('工商行政管理事务');
    expect(lookupCode('function', '20117', 2025)).toBeUndefined();
    expect(lookupCode('economic', '304', 2017)?.name).toBe('对企事业单位的补贴');
  });

  it('returns undefined for unknown or malformed codes', () => {
    expect(lookupCode('function', '2019998')).toBeUndefined();
    expect(lookupCode('function', '合计')).toBeUndefined();
    expect(lookupCode('economic', '2010301')).toBeUndefined();
  });
});

describe('hierarchy', () => {
  it('lists children in code order, current edition by default', () => {
    expect(childrenOf('function', '20139').map((e) => e.code)).toEqual([
      '2013901',
      '2013902',
      '2013903',
      '2013904',
      '2013950',
      '2013999',
    ]);
    const kuan201 = childrenOf('function', '201').map((e) => e.code);
    expect(kuan201).toContain('20103');
    expect(kuan201).not.toContain('20117');
    expect(childrenOf('function', '201', 2018).map((e) => e.code)).toContain('20117');
    expect(childrenOf('economic', '303').map((e) => e.code)).toContain('30311');
    expect(childrenOf('function', '2010301')).toEqual([]);
  });

  it('names ancestors as of the year, even for codes not in the catalog', () => {
    expect(ancestorsOf('function', '2100799', 2017).map((e) => e.name)[0]).toBe(
      '医疗卫生与计划生育支出',
    );
    expect(ancestorsOf('function', '2019998').map((e) => e.code)).toEqual(['201', '20199']);
    expect(ancestorsOf('function', '201')).toEqual([]);
  });
});

describe('catalogStats', () => {
  const stats = catalogStats();
  it('matches the counts stated in SOURCES.md', () => {
    expect(stats.function).toMatchObject({
      edition: 2025,
      entries: 1592,
      byLevel: { 类: 29, 款: 253, 项: 1310 },
      byConfidence: { verified: 68, 'name-seen': 16, recall: 1380, uncertain: 128 },
    });
    expect(stats.economic).toMatchObject({
      edition: 2025,
      entries: 109,
      byLevel: { 类: 10, 款: 99, 项: 0 },
      byConfidence: { verified: 84, 'name-seen': 19, recall: 6, uncertain: 0 },
    });
    expect(stats['economic-government']).toMatchObject({
      entries: 77,
      byLevel: { 类: 15, 款: 62 },
      byConfidence: { verified: 13, 'name-seen': 6, recall: 58 },
    });
  });
  it('counts the historical rows: 19 functional, 12 economic (2017)', () => {
    expect(stats.function.retired + stats.function.formerNames).toBe(19);
    // 301, 302, 303 and 399 kept their names, so only 8 of the 12 rows add information.
    expect(stats.economic.retired + stats.economic.formerNames).toBe(8);
  });
});

describe('data integrity', () => {
  for (const system of ['function', 'economic', 'economic-government'] as const) {
    it(`${system}: parents exist and sibling names stay distinct under tolerant keys`, () => {
      const { byCode, nodes } = systemIndex(system);
      const seen = new Set<string>();
      for (const { entry, names } of nodes) {
        if (entry.parent) expect(byCode.has(entry.parent), entry.code).toBe(true);
        expect(entry.name).toBe(entry.name.trim());
        expect(normalizeNameKey(entry.name)).not.toBe('');
        if (entry.retiredAfter) continue;
        const k = `${entry.parent ?? ''}/${names.at(-1)!.loose}`;
        expect(seen.has(k), `${entry.code} ${entry.name}`).toBe(false);
        seen.add(k);
      }
    });
  }
});
