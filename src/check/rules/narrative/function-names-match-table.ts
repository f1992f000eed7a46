// The 类/款/项 names the 情况说明 prints for a line are the names its table prints for those codes
// (司法局 2026 编制说明 11: "医疗卫生与计划生育支出（210类）…", the tables: 210 卫生健康支出).
import { matchKey } from '../../../ingest/index.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { functionTable } from './support/targets.js';
import { factLocation } from './support/where.js';

const LEVEL_DIGITS = [3, 5, 7] as const;
// Names compared without a trailing bracketed note holding no bracket itself ("…（含…）"); a nested
// one ("事业运行（政府办公厅（室）及相关机构事务）", seed 004) stays and is compared whole.
const NOTE = /[（(][^（）()]*[)）]$/;
const key = (name: string) => matchKey(name.replace(NOTE, ''));

export const functionNamesMatchTable: Rule = {
  id: 'narrative:function-names-match-table',
  category: 'narrative',
  severity: 'warning',
  zh: '情况说明所列类、款、项科目名称与表中该编码的名称一致',
  en: 'The 类/款/项 names the narrative gives a line are those its table prints for the codes',
  basis: '同一科目在说明与表格中名称一致（政府收支分类科目当年版名称）',
  evaluate: (d, ctx): FindingDraft[] => {
    const out: FindingDraft[] = [];
    for (const f of ctx.factsOf('function')) {
      const s = f.subject;
      if (s.kind !== 'function' || LEVEL_DIGITS[s.path.length - 1] !== s.code?.length) continue;
      const kind = functionTable(f.scope)?.[0];
      if (!kind || !ctx.table(kind)) continue;
      for (let i = 0; i < s.path.length; i++) {
        const printed = s.path[i]!;
        const code = s.code?.slice(0, LEVEL_DIGITS[i]);
        const row = code ? ctx.rowAt(kind, code) : undefined;
        if (!code || !row?.name) continue;
        // Equal names have equal keys: the keys are made only for names printed differently.
        const same = printed === row.name || key(printed) === key(row.name);
        if (same && !ctx.keepPasses) {
          out.push(PASS);
          continue;
        }
        out.push({
          outcome: same ? 'pass' : 'fail',
          location: { ...factLocation(f), table: kind, row: code },
          expectedText: row.name,
          actualText: printed,
        });
      }
    }
    return out;
  },
};
