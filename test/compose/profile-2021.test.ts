// The 新疆 2021 template (seed 004's 9 tables): composed tables have the parsed seed's kinds,
// numbers, columns and row layout (unit row first, 合计 last; 三公 items as printed) — issue 4.
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import type { Table } from '../../src/model/table.js';
import { parsedSeed } from '../golden/load.js';
import { hasShared, needsShared } from '../helpers/shared.js';

const SEED = '004_88207d3c283235c9.txt';
const UNIT = '测试办事处';

const { disclosure } = compose({
  identity: { department: UNIT, year: 2021, profile: 'xinjiang-2021' },
  items: [
    {
      unit: UNIT,
      functionCode: '2010350',
      economicCode: '30101',
      source: '一般公共预算',
      type: '人员经费',
      amount: 1_000_000,
    },
    {
      unit: UNIT,
      functionCode: '2010350',
      economicCode: '30201',
      source: '一般公共预算',
      type: '公用经费',
      amount: 200_000,
    },
    {
      unit: UNIT,
      functionCode: '2080505',
      economicCode: '30108',
      source: '一般公共预算',
      type: '人员经费',
      amount: 50_000,
    },
    {
      unit: UNIT,
      functionCode: '2010399',
      economicCode: '30299',
      source: '一般公共预算',
      type: '项目',
      project: '业务运转经费',
      amount: 300_000,
    },
  ],
  threePublic: [
    { item: '公务用车购置费', general: 80_000 },
    { item: '公务用车运行费', general: 16_800 },
  ],
});

const columns = (t: Table | undefined) =>
  t?.columns.map((c) => `${c.id}:${c.label}:${c.block ?? ''}`);
const shape = (t: Table | undefined) =>
  t?.rows.map(
    (r) => `${r.kind}${r.item ? `:${r.item}` : ''}${r.kind === 'total' ? `:${r.name}` : ''}`,
  );

describe('compose: 新疆 2021 profile (issue 4)', () => {
  it('prints the 9 tables numbered 表一–表九, fund table empty', () => {
    expect(disclosure.tables.map((t) => [t.number, !!t.empty])).toEqual([
      ['表一', false], ['表二', false], ['表三', false], ['表四', false], ['表五', false],
      ['表六', false], ['表七', false], ['表八', false], ['表九', true],
    ]); // prettier-ignore
    const three = disclosure.tables.find((t) => t.kind === 'three-public');
    expect(three?.rows.map((r) => [r.item, r.values.total])).toEqual([
      ['total', 9.68], ['outbound', undefined], ['vehicle', 9.68], ['vehicle-purchase', 8],
      ['vehicle-operation', 1.68], ['reception', undefined],
    ]); // prettier-ignore
  });

  it.skipIf(!hasShared('seeds', SEED))(
    `has the parsed seed 004’s columns and row layout (${needsShared('seeds', SEED)} to run)`,
    () => {
      const parsed = parsedSeed(SEED).disclosure;
      for (const p of parsed.tables) {
        const c = disclosure.tables.find((t) => t.kind === p.kind);
        expect([p.number, c?.number, columns(c)]).toEqual([p.number, p.number, columns(p)]);
        if (p.empty || p.kind === 'general-budget-project' || p.kind === 'general-budget-basic')
          continue;
        // Same first and last rows (unit row / items first, 合计 or 支出总计 last).
        const [cs, ps] = [shape(c) ?? [], shape(p) ?? []];
        expect([p.number, cs[0], cs.at(-1)]).toEqual([p.number, ps[0], ps.at(-1)]);
      }
      // 表六 and 表七: codes then 合计; unit, 类, 款, projects, then 合计.
      const basic = disclosure.tables.find((t) => t.kind === 'general-budget-basic');
      expect(shape(basic)).toEqual(['code', 'code', 'code', 'code', 'code', 'total:合计']); // 301 30101 30108 302 30201
      const project = disclosure.tables.find((t) => t.kind === 'general-budget-project');
      expect(shape(project)).toEqual(['unit', 'code', 'code', 'project', 'total:合计']);
    },
  );
});
