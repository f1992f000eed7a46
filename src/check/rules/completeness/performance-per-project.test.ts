import { describe, expect, it } from 'vitest';
import {
  SEEDS,
  SEED_000,
  SEED_004,
  seedsDescribe,
  subjectTuples,
} from '../../../../test/helpers/rules.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, edited, table } from '../../../../test/helpers/disclosure.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { performancePerProject as rule } from './performance-per-project.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '项目绩效目标表';
const projectTable = (...rows: [string, string, number][]) =>
  table(
    'general-budget-project',
    rows.map(([name, unit, total]) => [`project:${name}`, { total }, { unit }]),
  );
const target = (project: string, unit: string, total: number) => ({
  kind: 'project' as const,
  project,
  unit,
  funds: { total },
  goal: '…',
  indicators: [],
});
describe('completeness:performance-per-project', () => {
  const id = rule.id;
  it('passes every project with its table (names compared without 项目/经费 endings)', () => {
    const t = projectTable(
      ['业务运转经费', '甲', 77],
      ['驻乌鲁木齐市、昌吉州喀什籍人员服务管理工作站工作经费', '甲', 15],
    );
    const performance = [
      target('驻乌鲁木齐市、昌吉州喀什籍人员服务管理工作站工作项目', '乙', 15),
      target('业务运转经费项目', '乙', 77),
    ];
    expect(run(disclosure([t], { performance })).map((x) => x[2])).toEqual(['pass', 'pass']);
  });
  it('fails a project with no table: three of one name, two tables', () => {
    const t = projectTable(
      ['驻外办事处业务工作经费', '驻广州', 182],
      ['驻外办事处业务工作经费', '驻上海', 218],
      ['驻外办事处业务工作经费', '驻西安', 130],
    );
    const performance = [
      target('驻外办事处业务工作经费', '驻西安', 130),
      target('驻外办事处业务工作经费', '驻广州', 182),
    ];
    expect(run(disclosure([t], { performance }))).toEqual([
      [id, `${S}/驻外办事处业务工作经费`, 'pass'],
      [id, `${S}/驻外办事处业务工作经费`, 'fail'],
      [id, `${S}/驻外办事处业务工作经费`, 'pass'],
    ]);
  });
  it('is insufficient_data when the text speaks of 绩效目标 but no table was read', () => {
    const t = projectTable(['印刷费', '甲', 145]);
    const d = disclosure([t], {
      narrative: {
        sections: [{ number: '十', title: '预算绩效情况', text: '绩效目标见下表' }],
        facts: [],
      },
    });
    expect(run(d)).toEqual([[id, `${S}/印刷费`, 'insufficient_data']]);
  });
  it('does not fail a 项目情况说明 printed under a bare heading (万里街道 2023): no name to match', () => {
    const d = disclosure([], {
      projects: [
        { name: '', unit: '万元' },
        { name: '就业援助基地补贴', unit: '万元' },
      ],
      performance: [target('就业援助基地补贴', '甲', 635.1)],
    });
    expect(run(d)).toEqual([
      [id, `${S}/就业援助基地补贴`, 'pass'],
      [id, S, 'insufficient_data'],
    ]);
  });
  seedsDescribe(SEEDS, () => {
    it('000: 6 projects of 表7, each with its table; 004: 5 named projects, each with its table', () => {
      expect(run(parsedSeed(SEED_000).disclosure).map((x) => x[2])).toEqual(Array(6).fill('pass'));
      expect(run(parsedSeed(SEED_004).disclosure).map((x) => x[2])).toEqual(Array(5).fill('pass'));
    });
    it('fails a copy of seed 004 without the 服务质量改善项目 table', () => {
      const d = edited(parsedSeed(SEED_004).disclosure, (c) => {
        c.performance = c.performance.filter((p) => p.project !== '服务质量改善项目');
      });
      expect(run(d).filter((x) => x[2] !== 'pass')).toEqual([
        [id, `${S}/服务质量改善项目`, 'fail'],
      ]);
    });
  });
});
