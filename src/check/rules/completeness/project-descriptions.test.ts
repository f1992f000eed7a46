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
import { projectDescriptions as rule } from './project-descriptions.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '项目支出情况说明';
const projectTable = (...rows: [string | undefined, string, number][]) =>
  table(
    'general-budget-project',
    rows.map(([name, unit, total]) =>
      name
        ? [`project:${name}`, { total }, { unit }]
        : ['project:', { total }, { unit, project: undefined, name: '2010399' }],
    ),
  );
const described = (name: string, owner: string, scale: number) => ({
  name,
  owner,
  scale,
  unit: '万元' as const,
});
const narrative = {
  narrative: {
    sections: [{ number: '七', title: '项目支出情况说明', text: '项目名称：…' }],
    facts: [],
  },
};
describe('completeness:project-descriptions', () => {
  const id = rule.id;
  it('passes projects described under another ending, two of one name told apart by unit', () => {
    const t = projectTable(
      ['关爱离退休人员项目经费', '甲', 1.26],
      ['驻外办事处业务工作经费', '驻广州', 182],
      ['驻外办事处业务工作经费', '驻上海', 218],
    );
    const projects = [
      described('驻外办事处业务工作经费', '驻上海', 218),
      described('关爱离退休人员项目', '甲', 1.26),
      described('驻外办事处业务工作经费', '驻广州', 182),
    ];
    expect(run(disclosure([t], { ...narrative, projects })).map((x) => x[2])).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
  });
  it('fails a project without description', () => {
    const t = projectTable(['业务运转经费', '甲', 77], ['印刷费', '甲', 145]);
    expect(
      run(disclosure([t], { ...narrative, projects: [described('业务运转经费项目', '甲', 77)] })),
    ).toEqual([
      [id, `${S}/业务运转经费`, 'pass'],
      [id, `${S}/印刷费`, 'fail'],
    ]);
  });
  it('counts unnamed rows against projects declared withheld; beyond that, insufficient_data', () => {
    const t = projectTable(['印刷费', '甲', 145], [undefined, '甲', 5], [undefined, '甲', 6.52]);
    const withheld = {
      kind: '不予公开' as const,
      count: 1,
      unit: '万元' as const,
      what: 'projects' as const,
      text: '…',
    };
    expect(
      run(
        disclosure([t], {
          ...narrative,
          projects: [described('印刷费', '甲', 145)],
          undisclosed: [withheld],
        }),
      ),
    ).toEqual([
      [id, `${S}/印刷费`, 'pass'],
      [id, S, 'insufficient_data'],
    ]);
    expect(run(disclosure([]))).toEqual([[id, S, 'not_applicable']]);
  });
  seedsDescribe(SEEDS, () => {
    it('000: all 6 projects of 表7 described in 七; 004: 5 named projects described, 4 unnamed rows = 4 不予公开', () => {
      expect(run(parsedSeed(SEED_000).disclosure).map((x) => x[2])).toEqual(Array(6).fill('pass'));
      expect(run(parsedSeed(SEED_004).disclosure).map((x) => x[2])).toEqual(Array(5).fill('pass'));
    });
    it('fails a copy of seed 000 whose 印刷费 description is gone', () => {
      const d = edited(parsedSeed(SEED_000).disclosure, (c) => {
        c.projects = c.projects.filter((p) => p.name !== '印刷费');
      });
      expect(run(d).filter((x) => x[2] !== 'pass')).toEqual([[id, `${S}/印刷费`, 'fail']]);
    });
  });
});
