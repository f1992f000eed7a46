// Row types of the database as Kysely sees them (snake_case, as in the migrations). Amounts are
// integer cents of the row's unit (`*_cents` beside a `unit`); flags are 0/1 integers and times
// ISO-8601 text, so that both dialects store and compare them the same way.
import type { Generated } from 'kysely';

export interface DepartmentsTable {
  id: Generated<number>;
  name: string;
  /** matchKey(name): a department's identity. */
  key: string;
  region: string | null;
  locality: string | null;
  level: string | null;
  created_at: string;
}

export interface DisclosuresTable {
  id: Generated<number>;
  department_id: number;
  /** department id | year | kind | scope: the versions of one disclosure share it. */
  series_key: string;
  year: number | null;
  kind: string;
  scope: string;
  profile: string;
  unit: string;
  version: number;
  is_latest: number;
  published_at: string;
  published_by: number | null;
  override_reason: string | null;
  source_file: string;
  source_format: string;
  sha256: string;
  has_source: number;
  /** Summary figures, in summary_unit. */
  summary_unit: string;
  total_cents: number | null;
  basic_cents: number | null;
  project_cents: number | null;
  personnel_cents: number | null;
  public_use_cents: number | null;
  general_budget_cents: number | null;
  tp_unit: string;
  tp_total_cents: number | null;
  tp_outbound_cents: number | null;
  tp_vehicle_purchase_cents: number | null;
  tp_vehicle_operation_cents: number | null;
  tp_reception_cents: number | null;
  /** The table whose 合计 column gives 支出 by 功能分类 (expenditure, else general-budget). */
  function_table: string | null;
  /** Outcome counts as JSON ({"pass":…}). */
  counts: string;
  errors: number;
  warnings: number;
  score: number | null;
}

/** The Disclosure as JSON, apart from disclosures so that scans of those rows stay small. */
export interface DocumentsTable {
  disclosure_id: number;
  document: string;
}

export interface SourcesTable {
  disclosure_id: number;
  bytes: Uint8Array;
}

export interface TableFactsTable {
  disclosure_id: number;
  table_kind: string;
  table_number: string | null;
  /** 0-based position of the table in the document. */
  table_index: number;
  row_index: number;
  row_kind: string;
  row_code: string | null;
  row_level: string | null;
  row_name: string;
  row_item: string | null;
  budget_unit: string | null;
  project: string | null;
  block: string | null;
  col: string;
  amount_cents: number;
  unit: string;
}

export interface NarrativeFactsTable {
  disclosure_id: number;
  fact_index: number;
  section: string;
  parent: string | null;
  subject_kind: string;
  /** The FactSubject as JSON. */
  subject: string;
  /** 功能分类 code or three-public item or revenue source, where the subject has one. */
  subject_key: string | null;
  scope: string;
  amount_cents: number | null;
  unit: string;
  share_pct_cents: number | null;
  change_direction: string | null;
  change_cents: number | null;
  change_pct_cents: number | null;
  reason: string | null;
  text: string;
}

export interface ProjectsTable {
  disclosure_id: number;
  project_index: number;
  number: string | null;
  name: string;
  owner: string | null;
  scale_cents: number | null;
  unit: string;
  basis: string | null;
  period: string | null;
}

export interface IndicatorsTable {
  disclosure_id: number;
  target_index: number;
  indicator_index: number;
  target_kind: string;
  target_unit: string | null;
  project: string | null;
  level1: string;
  level2: string;
  name: string;
  value_text: string;
  comparator: string | null;
  value_number: number | null;
  value_unit: string | null;
  weight: number | null;
}

export interface FindingsTable {
  id: Generated<number>;
  disclosure_id: number;
  rule_id: string;
  outcome: string;
  severity: string;
  category: string;
  table_kind: string | null;
  table_number: string | null;
  row_key: string | null;
  row_name: string | null;
  col: string | null;
  section: string | null;
  subject: string | null;
  page: number | null;
  line: number | null;
  expected_cents: number | null;
  actual_cents: number | null;
  difference_cents: number | null;
  unit: string | null;
  expected_text: string | null;
  actual_text: string | null;
  note: string | null;
}

export interface SearchTextTable {
  id: Generated<number>;
  department_id: number;
  /** null for a department's own entry. */
  disclosure_id: number | null;
  kind: string;
  title: string;
  /** The text shown (snippets are cut from it). */
  body: string;
  /** matchKey(title + body), lower-cased: what queries are matched against. */
  norm: string;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  password_hash: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  expires_at: string;
  created_at: string;
}

/** A disclosure's page body as the portal draws it (migration 002). */
export interface PageBodiesTable {
  disclosure_id: number;
  /** The renderer's version string: a body drawn by another one is stale. */
  renderer: string;
  /** UTF-8. */
  body: Uint8Array;
}

/** Aggregate lines summed per year, kind and region (see src/store/region-totals.ts). */
export interface RegionTotalsTable {
  year: number;
  kind: string;
  region: string;
  row_code: string;
  /** 类 | 款 | 三公 */
  row_level: string;
  row_name: string;
  wan_cents: number;
  yuan_cents: number;
  yuan_lines: number;
  disclosures: number;
}

/** A version's whole page for readers who are not signed in (see migration 003). */
export interface PagePrintsTable {
  disclosure_id: number;
  /** What drew it: the renderer's version and the portal's download options. */
  renderer: string;
  /** gzip. */
  print: Uint8Array;
}

/**
 * 功能分类 类/款 totals of each latest disclosure (its function table's 合计 column), with the
 * columns aggregate filters on copied in: rows of older versions are deleted on save.
 */
export interface FunctionTotalsTable {
  disclosure_id: number;
  department_id: number;
  year: number | null;
  kind: string;
  region: string | null;
  row_code: string;
  row_level: string;
  row_name: string;
  unit: string;
  amount_cents: number;
}

export interface Database {
  departments: DepartmentsTable;
  disclosures: DisclosuresTable;
  documents: DocumentsTable;
  sources: SourcesTable;
  table_facts: TableFactsTable;
  narrative_facts: NarrativeFactsTable;
  projects: ProjectsTable;
  indicators: IndicatorsTable;
  findings: FindingsTable;
  search_text: SearchTextTable;
  users: UsersTable;
  sessions: SessionsTable;
  page_bodies: PageBodiesTable;
  page_prints: PagePrintsTable;
  region_totals: RegionTotalsTable;
  function_totals: FunctionTotalsTable;
}
