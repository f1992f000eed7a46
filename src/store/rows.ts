// A Disclosure as the rows of the normalised tables (pure: no database here). Amounts become
// integer cents of their unit with toCents, which refuses a third decimal instead of rounding.
import type { CheckEntry, CheckReport } from '../model/check-report.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import { toCents, type Amount } from '../model/money.js';
import type { FactSubject } from '../model/narrative.js';
import type { Table } from '../model/table.js';
import type { Insertable } from 'kysely';
import type {
  DisclosuresTable,
  FindingsTable,
  IndicatorsTable,
  NarrativeFactsTable,
  ProjectsTable,
  TableFactsTable,
} from './schema.js';
import { normText } from './search-text.js';

type Row<T> = Insertable<T>;
export type FactRow = Omit<Row<TableFactsTable>, 'disclosure_id'>;
export type NarrativeRow = Omit<Row<NarrativeFactsTable>, 'disclosure_id'>;
export type ProjectRow = Omit<Row<ProjectsTable>, 'disclosure_id'>;
export type IndicatorRow = Omit<Row<IndicatorsTable>, 'disclosure_id'>;
export type FindingInsert = Omit<Row<FindingsTable>, 'disclosure_id' | 'id'>;
export interface SearchRow {
  kind: 'project' | 'indicator' | 'narrative';
  title: string;
  body: string;
  norm: string;
}

const cents = (a: Amount | null | undefined): number | null =>
  a === null || a === undefined ? null : toCents(a);

export function tableFactRows(d: Disclosure): FactRow[] {
  const out: FactRow[] = [];
  d.tables.forEach((t, tableIndex) => {
    t.rows.forEach((r, rowIndex) => {
      for (const [col, amount] of Object.entries(r.values))
        out.push({
          table_kind: t.kind,
          table_number: t.number ?? null,
          table_index: tableIndex,
          row_index: rowIndex,
          row_kind: r.kind,
          row_code: r.code ?? null,
          row_level: r.level ?? null,
          row_name: r.name,
          row_item: r.item ?? null,
          budget_unit: r.unit ?? null,
          project: r.project ?? null,
          block: r.block ?? null,
          col,
          amount_cents: toCents(amount),
          unit: t.unit,
        });
    });
  });
  return out;
}

function subjectKey(s: FactSubject): string | null {
  switch (s.kind) {
    case 'total':
      return s.side;
    case 'revenue':
      return s.source;
    case 'expenditure':
      return s.type;
    case 'function':
      return s.code ?? null;
    case 'economic-group':
      return s.group;
    case 'three-public':
      return s.item;
    case 'carryover':
      return s.source;
    default:
      return null;
  }
}

export function narrativeRows(d: Disclosure): NarrativeRow[] {
  return d.narrative.facts.map((f, i) => ({
    fact_index: i,
    section: f.section,
    parent: f.parent ?? null,
    subject_kind: f.subject.kind,
    subject: JSON.stringify(f.subject),
    subject_key: subjectKey(f.subject),
    scope: f.scope,
    amount_cents: cents(f.amount),
    unit: f.unit,
    share_pct_cents: cents(f.share),
    change_direction: f.change?.direction ?? null,
    change_cents: cents(f.change?.amount),
    change_pct_cents: cents(f.change?.percent),
    reason: f.reason ?? null,
    text: f.text,
  }));
}

export function projectRows(d: Disclosure): ProjectRow[] {
  return d.projects.map((p, i) => ({
    project_index: i,
    number: p.number ?? null,
    name: p.name,
    owner: p.owner ?? null,
    scale_cents: cents(p.scale),
    unit: p.unit,
    basis: p.basis ?? null,
    period: p.period ?? null,
  }));
}

export function indicatorRows(d: Disclosure): IndicatorRow[] {
  return d.performance.flatMap((t, ti) =>
    t.indicators.map((x, xi) => ({
      target_index: ti,
      indicator_index: xi,
      target_kind: t.kind,
      target_unit: t.unit ?? null,
      project: t.project ?? null,
      level1: x.level1,
      level2: x.level2,
      name: x.name,
      value_text: x.value.text,
      comparator: x.value.comparator ?? null,
      value_number: x.value.number ?? null,
      value_unit: x.value.unit ?? null,
      weight: x.weight ?? null,
    })),
  );
}

export function findingRows(findings: readonly Finding[]): FindingInsert[] {
  return findings.map((f) => ({
    rule_id: f.ruleId,
    outcome: f.outcome,
    severity: f.severity,
    category: f.category,
    table_kind: f.location.table ?? null,
    table_number: f.location.tableNumber ?? null,
    row_key: f.location.row ?? null,
    row_name: f.location.rowName ?? null,
    col: f.location.column ?? null,
    section: f.location.section ?? null,
    subject: f.location.subject ?? null,
    page: f.location.page ?? null,
    line: f.location.line ?? null,
    expected_cents: cents(f.expected),
    actual_cents: cents(f.actual),
    difference_cents: cents(f.difference),
    unit: f.unit ?? null,
    expected_text: f.expectedText ?? null,
    actual_text: f.actualText ?? null,
    note: f.note ?? null,
  }));
}

/** Search entries: each project, each 绩效目标 (its indicators together), each narrative section. */
export function searchRows(d: Disclosure): SearchRow[] {
  const out: SearchRow[] = [];
  const add = (kind: SearchRow['kind'], title: string, body: string) =>
    out.push({ kind, title, body, norm: normText(`${title} ${body}`) });
  for (const p of d.projects)
    add('project', p.name, [p.owner, p.basis, p.allocation?.text].filter(Boolean).join(' '));
  for (const t of d.performance) {
    const title = t.project ?? t.unit ?? '部门整体绩效目标';
    add('indicator', title, [t.goal, ...t.indicators.map((x) => x.name)].join(' '));
  }
  for (const s of d.narrative.sections) if (s.text) add('narrative', s.title, s.text);
  return out;
}

/** The table whose 合计 column gives 支出 by 功能分类: 支出总体, else 一般公共预算支出. */
export function functionTable(d: Disclosure): Table | undefined {
  const hasCodes = (t: Table) =>
    t.rows.some((r) => r.kind === 'code' && r.values.total !== undefined);
  return (
    d.tables.find((t) => t.kind === 'expenditure' && hasCodes(t)) ??
    d.tables.find((t) => t.kind === 'general-budget' && hasCodes(t))
  );
}

type Counts = Record<string, number>;

function entryOf(report: CheckEntry | CheckReport | undefined): CheckEntry | undefined {
  if (!report) return undefined;
  return 'entries' in report ? report.entries[0] : report;
}

/** The disclosures columns that come from the document and its check (not identity/version). */
export function disclosureFigures(
  d: Disclosure,
  report: CheckEntry | CheckReport | undefined,
): Pick<
  Row<DisclosuresTable>,
  | 'summary_unit'
  | 'total_cents'
  | 'basic_cents'
  | 'project_cents'
  | 'personnel_cents'
  | 'public_use_cents'
  | 'general_budget_cents'
  | 'tp_unit'
  | 'tp_total_cents'
  | 'tp_outbound_cents'
  | 'tp_vehicle_purchase_cents'
  | 'tp_vehicle_operation_cents'
  | 'tp_reception_cents'
  | 'function_table'
  | 'counts'
  | 'errors'
  | 'warnings'
  | 'score'
> {
  const s = d.summary;
  const entry = entryOf(report);
  const counts: Counts = { pass: 0, fail: 0, rounding: 0, not_applicable: 0, insufficient_data: 0 };
  for (const [k, v] of Object.entries(entry?.counts ?? {})) counts[k] = v ?? 0;
  return {
    summary_unit: s.unit,
    total_cents: cents(s.total),
    basic_cents: cents(s.basic),
    project_cents: cents(s.project),
    personnel_cents: cents(s.personnel),
    public_use_cents: cents(s.publicUse),
    general_budget_cents: cents(s.generalBudget),
    tp_unit: s.threePublic.unit,
    tp_total_cents: cents(s.threePublic.total),
    tp_outbound_cents: cents(s.threePublic.outbound),
    tp_vehicle_purchase_cents: cents(s.threePublic.vehiclePurchase),
    tp_vehicle_operation_cents: cents(s.threePublic.vehicleOperation),
    tp_reception_cents: cents(s.threePublic.reception),
    function_table: functionTable(d)?.kind ?? null,
    counts: JSON.stringify(counts),
    errors: entry?.errors ?? 0,
    warnings: entry?.warnings ?? 0,
    score: entry?.score?.total ?? null,
  };
}
