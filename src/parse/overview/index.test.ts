import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../ingest/index.js';
import type { LayoutLine } from '../../model/layout.js';
import { OverviewSchema } from '../../model/overview.js';
import { segment } from '../segment.js';
import { parseIdentityHints, parseOverview } from './index.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
function seed(name: string) {
  const layout = textLayout(readFileSync(new URL(name, SEEDS)), name);
  return { all: layout.lines, parts: segment(layout.lines) };
}

describe.skipIf(!existsSync(SEEDS))('parseOverview on the seeds (needs ../shared/seeds)', () => {
  it('seed 000: 12 functions, 24 处室, 6 budget units, staffing', () => {
    const { parts, all } = seed('000_c55cbe189efa8a40.txt');
    const { overview, warnings } = parseOverview(parts.overview);
    expect(warnings).toEqual([]);
    expect(OverviewSchema.parse(overview)).toEqual(overview);
    expect(overview.functions).toHaveLength(12);
    expect(overview.functions[0]).toBe(
      '围绕自治区党委决策部署和自治区人民政府中心工作，筹备组织自治区人民政府各类会议，协助自治区人民政府领导同志组织实施会议决定事项。',
    );
    expect(overview.functions[3]).toBe(
      '研究自治区人民政府各部门和各地（州、市）人民政府（行政公署）请示自治区人民政府的事项，提出审核意见，报自治区人民政府领导同志审定。',
    );
    expect(overview.functions[11]).toBe('完成自治区党委、自治区人民政府交办的其他任务。');
    expect(overview.internalUnits).toEqual({
      count: 24,
      names: [
        ...['秘书一处', '秘书二处', '秘书三处', '秘书四处', '秘书五处', '秘书六处', '秘书七处'],
        ...['秘书八处', '秘书九处', '秘书十处', '综合一室（保密办）', '综合二室', '综合三室'],
        ...[
          '政府总值班室',
          '政府督查一室',
          '政府督查二室（绩效考评办公室）',
          '政务办公室（翻译处）',
        ],
        ...['法规处', '信息处', '人事处', '财务审计处', '保卫处', '机关党委', '离退休干部工作处'],
      ],
    });
    expect(overview.budgetUnits).toEqual({
      subordinateCount: 5,
      names: [
        '新疆维吾尔自治区人民政府办公厅本级',
        '新疆维吾尔自治区人民政府驻上海办事处',
        '新疆维吾尔自治区人民政府驻广州办事处',
        '新疆维吾尔自治区人民政府驻西安办事处',
        '新疆维吾尔自治区人民政府办公厅文印中心',
        '新疆维吾尔自治区人民政府办公厅综合保障中心',
      ],
      administrative: 4,
      institutional: 2,
    });
    expect(overview.staffing).toEqual({
      authorized: 362,
      actual: 873,
      active: { count: 366, change: -26 },
      retired: { count: 506, change: 8 },
      separated: { count: 1, change: 0 },
    });
    expect(overview.text).toMatch(/^从预算单位构成看，新疆维吾尔自治区人民政府办公厅的预算包括/);
    expect(overview.text).toMatch(/离休 1人，增加 0人。$/);

    expect(parseIdentityHints(parts.overview, all)).toEqual({
      department: '新疆维吾尔自治区人民政府办公厅',
      year: 2025,
      kind: '预算',
      scope: '部门',
      warnings: [],
    });
  });

  it('seed 004: 6 inline functions, 4 科室, no subordinate units', () => {
    const { parts, all } = seed('004_88207d3c283235c9.txt');
    const { overview, warnings } = parseOverview(parts.overview);
    expect(warnings).toEqual([]);
    expect(overview.functions).toEqual([
      '加大对喀什地区的宣传力度，积极收集和传递政务信息，为地委、行署决策提供参考',
      '承担地区党政领导在乌鲁木齐市公务活动期间的服务保障工作',
      '发挥桥梁与纽带作用，协助有关部门做好招商引资、项目洽谈、经济技术协作与交流工作、对口援助等工作的联络协助和促进工作',
      '协助地区信访局和相关县市处理地区在乌鲁木齐市的信访工作',
      '积极参与驻地社会管理和公共服务工作，配合乌鲁木齐市有关单位做好首府工作',
      '完成行署办公室交办的其他任务。',
    ]);
    expect(overview.internalUnits).toEqual({
      count: 4,
      names: ['办公室', '信访科', '服务科', '财务科'],
    });
    expect(overview.budgetUnits).toEqual({ subordinateCount: 0, names: [] });
    expect(overview.staffing).toEqual({
      authorized: 20,
      actual: 17,
      active: { count: 13, change: 2 },
      retired: { count: 4, change: 1 },
      separated: { count: 0, change: 0 },
    });
    expect(parseIdentityHints(parts.overview, all)).toEqual({
      department: '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处',
      year: 2021,
      kind: '预算',
      scope: '部门',
      warnings: [],
    });
  });
});

const lines = (...texts: string[]): LayoutLine[] => texts.map((text, i) => ({ text, line: i + 1 }));

describe('parseOverview on made-up text', () => {
  it('reads the department from a 第一部分 heading when no table names it', () => {
    const hints = parseIdentityHints(
      [],
      lines(' 第一部分 新疆某某厅', '概况', '第二部分 2024年单位预算公开表'),
    );
    expect(hints).toMatchObject({
      department: '新疆某某厅',
      year: 2024,
      kind: '预算',
      scope: '单位',
    });
  });

  it('warns and keeps going without headings, numbering or a list', () => {
    const { overview, warnings } = parseOverview(
      lines(
        '本单位下设3个科室，分别是：甲科、乙科。',
        '编制数 9，实有人数 8人，其中：在职 5人，持平',
      ),
    );
    expect(overview.internalUnits).toEqual({ count: 3, names: ['甲科', '乙科'] });
    expect(overview.staffing).toEqual({
      authorized: 9,
      actual: 8,
      active: { count: 5, change: 0 },
    });
    expect(warnings.map((w) => w.code)).toEqual([
      'section-missing',
      'section-missing',
      'field-unplaced',
    ]);
  });

  it('notes a missing item number and keeps its neighbours', () => {
    const { overview, warnings } = parseOverview(
      lines(
        '一、主要职能',
        '（一）甲。',
        '（三）丙。',
        '二、机构设置及人员情况',
        '无下属预算单位。',
      ),
    );
    expect(overview.functions).toEqual(['甲。', '丙。']);
    expect(overview.budgetUnits.subordinateCount).toBe(0);
    expect(warnings.map((w) => w.code)).toEqual(['field-unplaced']);
  });

  it('never throws on shuffled, dropped or cut lines', () => {
    const { parts, all } = existsSync(SEEDS)
      ? seed('000_c55cbe189efa8a40.txt')
      : { parts: { overview: lines('一、主要职能', '（一）甲') }, all: [] };
    const base = parts.overview;
    for (let seedNo = 1; seedNo <= 30; seedNo++) {
      const shuffled = base
        .map((l, i) => ({ l, k: (i * 7919 * seedNo) % 101 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.l)
        .filter((_, i) => i % ((seedNo % 5) + 2) !== 0)
        .slice(0, base.length - seedNo);
      expect(() => parseOverview(shuffled)).not.toThrow();
      expect(() => parseIdentityHints(shuffled, all.slice(0, seedNo * 40))).not.toThrow();
    }
  });
});
