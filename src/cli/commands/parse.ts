// yusuan parse FILE: the document as a Disclosure (JSON), or a short readable account.
import { ingestFile } from '../../ingest/index.js';
import { formatAmount, type Amount } from '../../model/money.js';
import type { Disclosure } from '../../model/disclosure.js';
import { parseDisclosure } from '../../parse/index.js';
import { readInput } from '../read-input.js';
import type { CommandResult } from '../result.js';

export interface ParseCommandOptions {
  json?: boolean;
  pretty?: boolean;
  profile?: string;
}

export async function parseCommand(
  file: string,
  opts: ParseCommandOptions,
): Promise<CommandResult> {
  // Ingest warnings (PDF pages that could not be read) are not carried into the Disclosure yet.
  const { layout } = await ingestFile(readInput(file), file);
  const disclosure = parseDisclosure(layout, opts.profile ? { profile: opts.profile } : {});
  if (opts.json) return { exitCode: 0, stdout: JSON.stringify(disclosure) + '\n' };
  if (opts.pretty) return { exitCode: 0, stdout: JSON.stringify(disclosure, null, 2) + '\n' };
  return { exitCode: 0, stdout: describe(disclosure) };
}

function money(v: Amount | null, unit: string): string {
  return v === null ? '—' : `${formatAmount(v)} ${unit}`;
}

/** A readable account of what was read (the JSON holds everything). */
export function describe(d: Disclosure): string {
  const s = d.summary;
  const lines = [
    `${d.identity.department ?? '（部门未知）'} ${d.identity.year ?? '（年度未知）'}年${d.identity.scope}${d.identity.kind}  [${d.source.file}, profile ${d.profile}]`,
    `收支总计 ${money(s.total, s.unit)}  基本支出 ${money(s.basic, s.unit)}  项目支出 ${money(s.project, s.unit)}`,
    `人员经费 ${money(s.personnel, s.unit)}  公用经费 ${money(s.publicUse, s.unit)}  一般公共预算拨款 ${money(s.generalBudget, s.unit)}`,
    `“三公”经费 ${money(s.threePublic.total, s.threePublic.unit)} (出国 ${money(s.threePublic.outbound, s.threePublic.unit)}, 购车 ${money(s.threePublic.vehiclePurchase, s.threePublic.unit)}, 运行 ${money(s.threePublic.vehicleOperation, s.threePublic.unit)}, 接待 ${money(s.threePublic.reception, s.threePublic.unit)})`,
    `功能分类: ${Object.entries(s.byFunctionClass)
      .map(([code, v]) => `${code} ${formatAmount(v)}`)
      .join('; ')}`,
    `tables ${d.tables.length} (${d.tables.map((t) => t.number ?? t.kind).join(' ')}), narrative facts ${d.narrative.facts.length}, projects ${d.projects.length}, 绩效目标表 ${d.performance.length}, 名词解释 ${d.glossary.length}`,
    `warnings ${d.warnings.length}${d.warnings.length ? ': ' + summarizeWarnings(d) : ''}`,
    'Use --json or --pretty for the whole document as JSON.',
  ];
  return lines.join('\n') + '\n';
}

function summarizeWarnings(d: Disclosure): string {
  const counts = new Map<string, number>();
  for (const w of d.warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  return [...counts].map(([c, n]) => `${c} ×${n}`).join(', ');
}
