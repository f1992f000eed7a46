import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../ingest/index.js';
import type { LayoutLine } from '../../model/layout.js';
import { sumAmounts } from '../../model/money.js';
import { type Project, ProjectSchema } from '../../model/project.js';
import { segment } from '../segment.js';
import { parseProjects } from './projects.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
function narrative(name: string): LayoutLine[] {
  return segment(textLayout(readFileSync(new URL(name, SEEDS)), name).lines).narrative;
}
const itemSum = (p: Project) => sumAmounts(p.allocation?.items.map((i) => i.amount ?? 0) ?? []);
const brief = (p: Project) => [p.number, p.name, p.scale, p.owner, p.period];

describe.skipIf(!existsSync(SEEDS))('parseProjects on the seeds (needs ../shared/seeds)', () => {
  it('seed 000: six projects, each with its own 资金分配 adding up to its 规模', () => {
    const { projects, warnings } = parseProjects(narrative('000_c55cbe189efa8a40.txt'));
    expect(warnings).toEqual([]);
    for (const p of projects) expect(ProjectSchema.parse(p)).toEqual(p);
    const period = '2025年 1月至 2025年 12月';
    expect(projects.map(brief)).toEqual([
      ['（一）', '各项业务工作管理经费', 3348.8, '新疆维吾尔自治区人民政府办公厅（本级）', period],
      ['（二）', '日常管理运行费', 154, '新疆维吾尔自治区人民政府办公厅综合保障中心', period],
      ['（三）', '驻外办事处业务工作经费', 182, '新疆维吾尔自治区人民政府驻广州办事处', period],
      ['（四）', '驻外办事处业务工作经费', 218, '新疆维吾尔自治区人民政府驻上海办事处', period],
      ['（五）', '驻外办事处业务工作经费', 130, '新疆维吾尔自治区人民政府驻西安办事处', period],
      ['（六）', '印刷费', 145, '新疆维吾尔自治区人民政府办公厅文印中心', period],
    ]);
    // Every allocation adds up to its project's 规模 (hand sums: 815+461+14.24+133.83+805.48+80+
    // 515.25+256+233+30+5 = 3348.80; 134+20; 55+27+30+32+15+20+3 = 182; 9.61+29.5+29+85.2+7.3+
    // 57.39 = 218; 70+20+20+20; 18+12+5+26+84 = 145).
    for (const p of projects) expect(itemSum(p)).toBe(p.scale);
    const [p1, , p3, p4, p5] = projects as [Project, Project, Project, Project, Project];
    expect(p1.allocation?.items.slice(0, 3)).toEqual([
      { name: '差旅费', amount: 815 },
      { name: '租赁费', amount: 461 },
      { name: '物业管理费', amount: 14.24 },
    ]);
    // (三): policy text cut at line 1354 and continued at line 1360, after 规模 and 承担单位.
    expect(p3.basis).toBe(
      '根据《关于印发自治区本级项目支出预算管理办法的通知（新财预【2014】82 号）《关于加强自治区本级行政事业单位资产出租管理的通知》（新财资管【2015】131 号）文件要求申请该项目预算。',
    );
    // (三)'s 资金分配 is printed inside (四) (lines 1377–1385).
    expect(p3.allocation?.text).toMatch(/^维修费支出 55 万元，主要是广州新疆大厦/);
    expect(p3.allocation?.items.map((i) => i.name)).toEqual([
      '维修费支出',
      '其他商品服务支出',
      '差旅费',
      '办公费',
      '委托业务费',
      '办公设备购置费',
      '劳务费',
    ]);
    // (四): its own policy text, cut at "131" (line 1375), ends with the fragment of line 1387.
    expect(p4.basis).toMatch(/^上海办事处为派出机构/);
    expect(p4.basis).toMatch(/（新财资管【2015】131号）文件要求申请该项目预算。$/);
    expect(p4.allocation?.items[0]).toEqual({ name: '物业管理费', amount: 9.61 });
    expect(p5.allocation?.items.map((i) => i.name)).toEqual([
      '后勤保障支出，保障办事处正常工作运转',
      '办事处专项业务工作经费',
      '办事处院落设施零星维修费用',
      '西安办事处业务活动费用（包括办事处文化建设、新疆文化推介、招商引资、民族团结一家亲等）',
    ]);
  });

  it('seed 004: five projects with wrapped names and units', () => {
    const { projects, warnings } = parseProjects(narrative('004_88207d3c283235c9.txt'));
    expect(warnings).toEqual([]);
    const owner = '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处';
    const period = '2021年1月-12月';
    expect(projects.map(brief)).toEqual([
      ['1.', '业务运转经费项目', 77, owner, period],
      ['2.', '关爱离退休人员项目', 1.26, owner, period],
      ['3.', '服务保障提升项目质保金及视联网会议室项目缺口资金及质保金', 6.54, owner, period],
      ['4.', '服务质量改善项目', 22.5, owner, period],
      [
        '5.',
        '驻乌鲁木齐市、昌吉州喀什籍人员服务管理工作站工作项目',
        15,
        '驻乌、昌喀什籍人员服务管理工作站',
        period,
      ],
    ]);
    const [p1, p2, p3, p4, p5] = projects as [Project, Project, Project, Project, Project];
    // 6+1+1+5+8+8+10+7+22+3+4.05+1.95 = 77
    expect(p1.allocation?.items).toHaveLength(12);
    expect(itemSum(p1)).toBe(77);
    // 42 人 × 0.03 = 1.26: a rate and a total, not a split — no items.
    expect(p2.allocation).toEqual({
      text: '享受待遇人员42人，人均0.03万元，共计1.26万元。',
      items: [],
    });
    expect(p3.allocation?.items).toEqual([
      { name: '视联网视频会议室缺口资金（含质保金）', amount: 5.75 },
      { name: '服务保障提升项目质保金', amount: 0.79 },
    ]);
    expect(p4.allocation?.items).toEqual([
      { name: '基建项目', amount: 11.18 },
      { name: '设备购置', amount: 11.32 },
    ]);
    // The "。" after the page number "- 20 -" (line 972) closes the allocation.
    expect(p5.allocation?.text).toMatch(/办公经费2万元。$/);
    expect(itemSum(p5)).toBe(15);
  });
});

const lines = (...texts: string[]): LayoutLine[] => texts.map((text, i) => ({ text, line: i + 1 }));

describe('parseProjects on made-up text', () => {
  it('keeps an allocation that fits no project, with a warning', () => {
    const { projects, warnings } = parseProjects(
      lines(
        '七、关于一般公共预算项目支出情况说明',
        '1.项目名称：甲',
        '预算安排规模：10万元',
        '资金分配情况：办公费 4万元。',
        '资金分配情况：办公费 10万元。',
        '2.项目名称：乙',
        '预算安排规模：5万元',
      ),
    );
    expect(projects.map((p) => p.allocation?.text)).toEqual(['办公费 10万元。', undefined]);
    expect(warnings.map((w) => w.code)).toEqual(['field-unplaced']);
  });

  it('reads labels sharing a line and a 规模 in 元', () => {
    const { projects } = parseProjects(
      lines('项目名称：丙。预算安排规模：1,200元。项目承担单位：某局', '资金执行时间：2024年全年'),
    );
    expect(projects[0]).toMatchObject({ name: '丙', scale: 1200, unit: '元', owner: '某局' });
  });

  it('never throws on shuffled, dropped or cut lines', () => {
    const base = existsSync(SEEDS)
      ? narrative('000_c55cbe189efa8a40.txt')
      : lines('（一）项目名称：甲', '预算安排规模：1万元');
    for (let n = 1; n <= 40; n++) {
      const altered = base
        .map((l, i) => ({ l, k: (i * 7919 * n) % 97 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.l)
        .filter((_, i) => i % ((n % 6) + 2) !== 0)
        .slice(0, base.length - n * 3);
      expect(() => parseProjects(altered)).not.toThrow();
      expect(() => parseProjects(base.slice(0, n * 10))).not.toThrow();
    }
  });
});
