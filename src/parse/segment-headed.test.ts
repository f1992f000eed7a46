// A made-up document in the 上海 layout (no 第一部分, no 表1): parts by their unnumbered headings, the
// 目录's numbered entries ignored, the tables from the first title on, projects one by one.
import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../model/layout.js';
import { parseGlossary } from './glossary.js';
import { parseHeadedProjects } from './narrative/projects-headed.js';
import { parseNarrative } from './narrative/index.js';
import { parseOverview } from './overview/index.js';
import { segment } from './segment.js';

const DOC = `某市某区2025年区级部门预算
预算主管部门：某区示范局
目 录
一、部门主要职能
二、部门机构设置
三、名词解释
1. 2025年部门财务收支预算总表
某区示范局主要职能
1、负责甲工作。
2、负责乙工作。
某区示范局机构设置
某区示范局机关设2个内设机构，包括：办公室、业务科。
名词解释
（一）财政拨款收入：是本级财政拨付的资金。
（二）基本支出预算：是保障机构运转的支出。
2025年部门预算编制说明
2025年，某区示范局收入预算100.00万元，其中：财政拨款收入100.00万元，比2024年预算增加10.00万元。
2025年部门财务收支预算总表
编制部门：某区示范局 单位：元
项目 预算数 项目 预算数
收入总计 1,000,000.00 支出总计 1,000,000.00
其他相关情况说明
一、2025年“三公”经费预算情况说明
2025年“三公”经费预算数为1.00万元，与2024年预算持平。
二、机关运行经费预算
2025年某区示范局财政拨款的机关运行经费预算为20.00万元。
示范专项经费情况说明
一、项目概述
示范。
二、立项依据
《示范办法》。
三、实施主体
某区示范局
五、实施周期
2025.1.1-2025.12.31
六、年度预算安排
2025年度项目总预算30.00万，其中甲20.00万，乙10.00万。
七、绩效目标
详见单位的项目绩效目标表`;

const lines: LayoutLine[] = DOC.split('\n').map((text, i) => ({ text, line: i + 1 }));

describe('segment by unnumbered headings (上海)', () => {
  const parts = segment(lines);

  it('finds each part at its heading, not at the 目录', () => {
    expect(parts.byHeadings).toBe(true);
    expect(parts.overview[0]?.text).toBe('某区示范局主要职能');
    expect(parts.tables[0]?.text).toBe('2025年部门财务收支预算总表');
    expect(parts.tables).toHaveLength(4);
    expect(parts.glossary).toHaveLength(3);
    expect(parts.narrative.map((l) => l.text)).toContain('其他相关情况说明');
    expect(parts.projects).toHaveLength(1);
    expect(parts.closing).toEqual([]);
  });

  it('reads overview, glossary, narrative and project from those parts', () => {
    const overview = parseOverview(parts.overview).overview;
    expect(overview.functions).toEqual(['负责甲工作。', '负责乙工作。']);
    expect(overview.internalUnits).toMatchObject({ count: 2, names: ['办公室', '业务科'] });
    expect(parseGlossary(parts.glossary).entries.map((e) => e.term)).toEqual([
      '财政拨款收入',
      '基本支出预算',
    ]);
    const narrative = parseNarrative(parts.narrative, { unit: '万元', partHeadings: true });
    expect(narrative.narrative.sections.map((s) => [s.number, s.title])).toEqual([
      ['', '2025年部门预算编制说明'],
      ['', '其他相关情况说明'],
      ['一', '2025年“三公”经费预算情况说明'],
      ['二', '机关运行经费预算'],
    ]);
    const facts = narrative.narrative.facts;
    expect(facts.find((f) => f.subject.kind === 'three-public')).toMatchObject({
      amount: 1,
      change: { direction: 'unchanged', against: '2024年预算' },
    });
    expect(facts.find((f) => f.subject.kind === 'operating-costs')?.amount).toBe(20);
    const [project] = parseHeadedProjects(parts.projects ?? [], '万元', []);
    expect(project).toMatchObject({
      name: '示范专项',
      basis: '《示范办法》',
      owner: '某区示范局',
      period: '2025.1.1-2025.12.31',
      scale: 30,
      unit: '万元',
    });
    expect(project?.allocation?.items).toEqual([
      { name: '甲', amount: 20 },
      { name: '乙', amount: 10 },
    ]);
  });
});
