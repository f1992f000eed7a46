// parsePerformanceTables never throws, never hangs and always returns schema-valid data: on the
// seeds' 绩效目标表 with lines dropped, shuffled, split, duplicated or cut short, on tables glued
// together, and on random text made of the pieces that drive the parser.
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../ingest/index.js';
import type { LayoutLine } from '../../model/layout.js';
import { ParseWarningSchema } from '../../model/parse-warning.js';
import { PerformanceTargetSchema } from '../../model/performance.js';
import { segment } from '../segment.js';
import { parsePerformanceTables } from './index.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const SEED_NAMES = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];
/** Far above the ~20 ms a seed takes: a blow-up, not noise, fails this. */
const MAX_MS = 2000;

function check(tables: readonly (readonly LayoutLine[])[]): void {
  const started = performance.now();
  const r = parsePerformanceTables(tables);
  expect(performance.now() - started).toBeLessThan(MAX_MS);
  for (const t of r.targets) PerformanceTargetSchema.parse(t);
  for (const w of r.warnings) ParseWarningSchema.parse(w);
}

type Op = { kind: number; at: number; size: number; to: number };
const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.integer({ min: 0, max: 5 }),
  at: fc.nat(),
  size: fc.integer({ min: 1, max: 10 }),
  to: fc.nat(),
});

function mutate(lines: readonly LayoutLine[], ops: readonly Op[]): LayoutLine[] {
  const out = [...lines];
  for (const op of ops) {
    if (out.length === 0) break;
    const i = op.at % out.length;
    const line = out[i] as LayoutLine;
    switch (op.kind) {
      case 0:
        out.splice(i, op.size);
        break;
      case 1: {
        const j = op.to % out.length;
        out[i] = out[j] as LayoutLine;
        out[j] = line;
        break;
      }
      case 2: {
        const cut = op.to % (line.text.length + 1);
        out.splice(
          i,
          1,
          { ...line, text: line.text.slice(0, cut) },
          { ...line, text: line.text.slice(cut) },
        );
        break;
      }
      case 3:
        out.splice(i, 0, ...out.slice(i, i + op.size));
        break;
      case 4:
        out.length = i;
        break;
      default: {
        const window = out.splice(i, op.size).reverse();
        out.splice(op.to % (out.length + 1), 0, ...window);
      }
    }
  }
  return out;
}

describe.skipIf(!existsSync(SEEDS))(
  'parsePerformanceTables robustness on the seeds (needs ../shared/seeds)',
  () => {
    const tablesOf = SEED_NAMES.map((name) => {
      const layout = textLayout(readFileSync(new URL(name, SEEDS)), name);
      return segment(layout.lines).performance;
    });

    it('survives dropped, shuffled, split, duplicated and truncated lines', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: SEED_NAMES.length - 1 }),
          fc.array(fc.array(opArb, { maxLength: 8 }), { minLength: 1, maxLength: 8 }),
          (seed, opsPerTable) => {
            const tables = tablesOf[seed] ?? [];
            check(tables.map((t, i) => mutate(t, opsPerTable[i % opsPerTable.length] ?? [])));
          },
        ),
        { numRuns: 100 },
      );
    });

    it('survives all tables of a document glued into one, and empty tables', () => {
      for (const tables of tablesOf) {
        check([tables.flat()]);
        check([[], ...tables.map((t) => t.slice(0, 1))]);
      }
    });
  },
);

describe('parsePerformanceTables robustness on random text', () => {
  const words = [
    ...['项目支出绩效目标表', '部门整体绩效目标表', '（2025年）', '预算单位', '项目名称', '其他'],
    ...['一级', '指标', '二级指标', '三级指标', '指标值', '佐证资料', '分值权重', '上年完成值'],
    ...['产出', '数量', '满意', '度指', '标', '成本', '经济', '效益', '社会', '履职效能'],
    ...['＞', '=98%', '＜=', '3,348.80', '8', '20', '100', '-', '—', '有效', '保障', '历史标准'],
    ...['按照完成比例赋', '分', '工作资料', '原始凭证数量', '20履职效能', '万元', '（家/', ' ', ''],
  ];
  const lineArb = fc
    .tuple(fc.array(fc.constantFrom(...words), { maxLength: 6 }), fc.constantFrom('', ' '))
    .map(([ws, separator]) => ws.join(separator));

  it('never throws on random lines', () => {
    fc.assert(
      fc.property(fc.array(fc.array(lineArb, { maxLength: 60 }), { maxLength: 4 }), (tables) => {
        check(
          tables.map((texts) =>
            texts.map((text, i): LayoutLine => ({ text, line: i + 1, page: 1 })),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('finishes a long body in time', () => {
    const body = Array.from({ length: 3000 }, (_, i): LayoutLine => ({
      text: ['数量', '指标', '名称很长的一个指标名称', '＞', '=98%', '历史标准 98% 8'][i % 6] ?? '',
      line: i + 2,
    }));
    const header: LayoutLine[] = [
      { text: '项目支出绩效目标表', line: 1 },
      { text: '一级指标 二级指标 三级指标 指标值 指标值设置依据 上年完成值 指标分值权重', line: 1 },
    ];
    check([[...header, ...body]]);
    // No column header and no label: all of it is read as header text.
    check([
      [header[0] as LayoutLine, ...body.map((l) => ({ ...l, text: `预算单位 ${l.text}其他` }))],
    ]);
  });
});
