// The check report as plain text for a terminal: per input, findings grouped by table, then by
// narrative section, then the completeness ledger; a summary line per input and one for the run.
import type { CheckEntry, CheckReport } from '../../model/check-report.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Finding } from '../../model/finding.js';
import type { Table } from '../../model/table.js';
import { groupFindings, type NumberedFinding } from './groups.js';
import {
  cellLabel,
  columnLabel,
  findingFigures,
  OUTCOME_LABEL,
  outcomeText,
  PART_LABEL,
  rowLabel,
  scoreText,
  sourcePlace,
} from './labels.js';

export interface TextOptions {
  /** The checked disclosures, aligned with report.entries (for titles and labels). */
  readonly disclosures?: readonly (Disclosure | undefined)[];
  /** List passing findings too (--all). */
  readonly passes?: boolean;
}

const INDENT = '  ';

export function renderCheckText(report: CheckReport, opts: TextOptions = {}): string {
  const out: string[] = [];
  report.entries.forEach((entry, i) => {
    out.push(...entryLines(entry, opts.disclosures?.[i], opts.passes ?? false), '');
  });
  out.push(runLine(report));
  return out.join('\n') + '\n';
}

/** Only the summary lines (one per input, one for the run): what -o leaves on the terminal. */
export function renderCheckSummary(report: CheckReport): string {
  const lines = report.entries.map((e) => `${e.place}: ${summaryText(e)}`);
  return [...lines, runLine(report)].join('\n') + '\n';
}

export function entryHeading(entry: CheckEntry): string {
  const id = entry.identity;
  if (!id) return entry.place;
  const who = id.department ?? '（部门未知 department unknown）';
  return `${entry.place}: ${who} ${id.year ?? '（年度未知）'}年${id.kind}`;
}

function entryLines(entry: CheckEntry, d: Disclosure | undefined, passes: boolean): string[] {
  if (entry.inputError)
    return [
      `== ${entry.place}: 无法使用 unusable input [${entry.inputError.kind}]: ${entry.inputError.message}`,
    ];
  const out = [`== ${entryHeading(entry)}`];
  const groups = groupFindings(entry, d, { passes });
  for (const g of groups.tables) {
    out.push(`${g.title}${g.table ? `（单位：${g.table.unit}）` : ''}`);
    out.push(...findingLines(g.findings, g.table));
  }
  for (const g of groups.sections) {
    out.push(`情况说明 ${g.title}`);
    out.push(...findingLines(g.findings));
  }
  if (groups.completeness.length) {
    const c = tally(groups.completeness.map((x) => x.finding));
    out.push(
      `完整性 completeness: ${c.pass} passed, ${c.fail} failed, ${c.insufficient_data} not evaluated, ${c.not_applicable} not applicable`,
    );
    const shown = groups.completeness.filter((x) => passes || x.finding.outcome !== 'pass');
    out.push(...findingLines(shown));
  }
  if (groups.other.length) {
    out.push('其他 other');
    out.push(...findingLines(groups.other));
  }
  if (out.length === 1) out.push(`${INDENT}未发现问题 no findings`);
  out.push(`${INDENT}小结 summary: ${summaryText(entry)}`);
  return out;
}

/**
 * One line per finding. Undecidable cells of one row that a rule reports column by column (all
 * for the same reason) are one line listing the columns: the JSON keeps them apart.
 */
function findingLines(list: readonly NumberedFinding[], table?: Table): string[] {
  const items: { f: Finding; columns?: string[] }[] = [];
  const merged = new Map<string, string[]>();
  for (const { finding: f } of list) {
    const loc = f.location;
    if (f.outcome !== 'insufficient_data' || !loc.column) {
      items.push({ f });
      continue;
    }
    const key = [f.ruleId, loc.table, loc.row, loc.line, f.note].join('\u0000');
    const label = columnLabel(loc.table, loc.column, table);
    const columns = merged.get(key);
    if (columns) columns.push(label);
    else {
      merged.set(key, [label]);
      items.push({ f, columns: merged.get(key)! });
    }
  }
  return items.flatMap(({ f, columns }) =>
    lineOf(
      f,
      columns
        ? [rowLabel(f.location, table), columns.join(', ')].filter(Boolean).join(' · ')
        : cellLabel(f.location, table),
    ),
  );
}

function lineOf(f: Finding, where: string): string[] {
  const loc = f.location;
  const subject = [loc.subject, where].filter(Boolean).join(' · ');
  const head = [outcomeText(f), subject, findingFigures(f), f.ruleId, sourcePlace(loc)]
    .filter(Boolean)
    .join('  ');
  return f.note ? [INDENT + head, `${INDENT.repeat(3)}${f.note}`] : [INDENT + head];
}

function tally(fs: readonly Finding[]): Record<Finding['outcome'], number> {
  const c = { pass: 0, fail: 0, rounding: 0, not_applicable: 0, insufficient_data: 0 };
  for (const f of fs) c[f.outcome]++;
  return c;
}

function summaryText(e: CheckEntry): string {
  if (e.inputError) return `无法使用 unusable input [${e.inputError.kind}]`;
  const c = e.counts;
  const s = e.score;
  const score = s
    ? `score ${s.total.toFixed(1)} (${(['completeness', 'consistency', 'narrative'] as const)
        .map((p) => `${PART_LABEL[p].split(' ')[1]} ${scoreText(s[p])}`)
        .join(', ')})`
    : 'score — (nothing evaluated)';
  return [
    `fail ${c.fail} (errors ${e.errors}, warnings ${e.warnings})`,
    `rounding ${c.rounding}`,
    `insufficient_data ${c.insufficient_data}`,
    `not_applicable ${c.not_applicable}`,
    `pass ${c.pass}`,
    score,
    `parse warnings ${e.parseWarnings}`,
  ].join(' · ');
}

function runLine(report: CheckReport): string {
  const es = report.entries;
  const sum = (f: (e: CheckEntry) => number) => es.reduce((s, e) => s + f(e), 0);
  const unusable = es.filter((e) => e.inputError).length;
  return (
    `合计 run: ${es.length} input${es.length === 1 ? '' : 's'} (${unusable} unusable), ${report.rules} rules · ` +
    `errors ${sum((e) => e.errors)} · warnings ${sum((e) => e.warnings)} · ` +
    `${OUTCOME_LABEL.rounding} ${sum((e) => e.counts.rounding)} · ` +
    `${OUTCOME_LABEL.insufficient_data} ${sum((e) => e.counts.insufficient_data)}`
  );
}
