// The store's public contract: what the portal, the API and the CLI may ask of a database.
// Every method is async and returns plain data (no driver objects, no Dates: ISO strings).
// Amounts are numbers in the unit stated beside them, with at most two decimals; every sum is
// taken in SQL over integer cents and converted once with fromCents, never summed as floats.
// This interface only grows: fields and methods are added, never renamed or removed.
import type { CheckEntry, CheckReport } from '../model/check-report.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Finding, Outcome, RuleCategory, Severity } from '../model/finding.js';
import type { Amount, AmountUnit } from '../model/money.js';
import type { CodeLevel, TableKind } from '../model/table.js';

/** Which database is behind a Store. */
export type StoreDialect = 'sqlite' | 'postgres';

/** 预算 (budget) or 决算 (final accounts). */
export type DisclosureKind = '预算' | '决算';

/** Administrative level of a department, from its name: 省级, 市级 (地区/州/市), 区县级. */
export type DepartmentLevel = '省级' | '市级' | '区县级';

// ─── writes ──────────────────────────────────────────────────────────────────────────────────────

export interface SaveDisclosureInput {
  disclosure: Disclosure;
  /**
   * The check result: one CheckEntry (from checkEntry), or a CheckReport whose first entry is
   * this disclosure's. Its findings, counts and score are stored with the version.
   */
  report?: CheckEntry | CheckReport;
  /** Region (省级 name, short: 新疆, 上海); parsed from the department name when absent. */
  region?: string;
  /** Level; parsed from the department name when absent (null when it cannot be told). */
  level?: DepartmentLevel;
  /** File name of the source as uploaded (defaults to disclosure.source.file). */
  sourceFile?: string;
  /** The original document, kept for download. */
  sourceBytes?: Uint8Array;
  /** Format of sourceBytes (defaults to disclosure.source.format): pdf, text, xlsx… */
  sourceFormat?: string;
  /** The user id of the editor who published it (null for imports). */
  publishedBy?: number;
  /** Why a version with error findings was published anyway. */
  overrideReason?: string;
  /** When it was published (default: now). */
  publishedAt?: Date;
}

export interface SaveDisclosureResult {
  departmentId: number;
  /** Id of the stored version (each version has its own id). */
  disclosureId: number;
  /** 1 for the first import of department + year + kind + scope, then 2, 3… */
  version: number;
}

// ─── users and sessions ──────────────────────────────────────────────────────────────────────────

export type UserRole = 'editor' | 'admin';

export interface UserRow {
  id: number;
  name: string;
  role: UserRole;
  /** ISO timestamp. */
  createdAt: string;
}

/** A user with the stored password hash (for sign-in only; never show it). */
export interface UserWithHash extends UserRow {
  passwordHash: string;
}

// ─── reads ───────────────────────────────────────────────────────────────────────────────────────

export interface DepartmentRow {
  id: number;
  /** The name as first published. */
  name: string;
  /** matchKey(name): the identity of a department. */
  key: string;
  /** 新疆, 上海… (null when unknown). */
  region: string | null;
  /** The place below the region the department belongs to: 喀什地区, 普陀区 (null: the region). */
  locality: string | null;
  level: DepartmentLevel | null;
  /** Number of disclosures (latest versions only). */
  disclosures: number;
  /** The latest year with a disclosure (null when none). */
  latestYear: number | null;
}

export interface DepartmentFilter {
  region?: string;
  level?: DepartmentLevel;
  /** Substring of the name (matched on the normalised key). */
  q?: string;
  limit?: number;
  offset?: number;
}

export interface RegionRow {
  region: string;
  departments: number;
  /** Departments by level. */
  levels: { level: DepartmentLevel | null; departments: number }[];
}

/** Outcome counts of the findings stored with a version. */
export type OutcomeCountsRow = Record<Outcome, number>;

/** One stored version of a disclosure, without its content. */
export interface DisclosureMeta {
  /** Id of this version. */
  id: number;
  departmentId: number;
  department: string;
  region: string | null;
  locality: string | null;
  level: DepartmentLevel | null;
  /** null for a template without a year. */
  year: number | null;
  kind: DisclosureKind;
  scope: '部门' | '单位';
  profile: string;
  /** The document's main unit. */
  unit: AmountUnit;
  version: number;
  /** Whether this is the newest version of its department + year + kind + scope. */
  isLatest: boolean;
  /** Id of the newest version of the same disclosure. */
  latestId: number;
  /** ISO timestamp. */
  publishedAt: string;
  publishedBy: string | null;
  overrideReason: string | null;
  sourceFile: string;
  sourceFormat: string;
  sha256: string;
  /** Whether the original bytes are stored (see sourceDocument). */
  hasSource: boolean;
  /** 收支总计 in `unit`. */
  total: Amount | null;
  counts: OutcomeCountsRow;
  /** Failing findings by severity. */
  errors: number;
  warnings: number;
  /** Quality score 0–100 (null: not checked). */
  score: number | null;
}

export interface DepartmentDetail extends DepartmentRow {
  /** Latest version of each disclosure, newest year first. */
  disclosureList: DisclosureMeta[];
}

/** A stored finding; amounts in `unit` (null for text findings and percentages without unit). */
export interface FindingRow {
  id: number;
  disclosureId: number;
  ruleId: string;
  outcome: Outcome;
  severity: Severity;
  category: RuleCategory;
  table: TableKind | null;
  tableNumber: string | null;
  row: string | null;
  rowName: string | null;
  column: string | null;
  section: string | null;
  subject: string | null;
  page: number | null;
  line: number | null;
  expected: Amount | null;
  actual: Amount | null;
  difference: Amount | null;
  unit: AmountUnit | null;
  expectedText: string | null;
  actualText: string | null;
  note: string | null;
}

export interface DisclosureDetail {
  meta: DisclosureMeta;
  disclosure: Disclosure;
  findings: FindingRow[];
}

export interface SourceDocument {
  file: string;
  format: string;
  sha256: string;
  bytes: Uint8Array;
}

/** Key figures of one disclosure for a trend chart (from its summary), in `unit`. */
export interface TrendPoint {
  year: number;
  kind: DisclosureKind;
  disclosureId: number;
  unit: AmountUnit;
  total: Amount | null;
  basic: Amount | null;
  project: Amount | null;
  personnel: Amount | null;
  publicUse: Amount | null;
  generalBudget: Amount | null;
  threePublic: {
    unit: AmountUnit;
    total: Amount | null;
    outbound: Amount | null;
    vehiclePurchase: Amount | null;
    vehicleOperation: Amount | null;
    reception: Amount | null;
  };
}

export interface TableFactFilter {
  departmentId?: number;
  /** One version; without it only latest versions are searched. */
  disclosureId?: number;
  year?: number;
  region?: string;
  kind?: DisclosureKind;
  tableKind?: TableKind;
  /** Row classification code, exact (201) — or a prefix with a trailing * (201*). */
  code?: string;
  /** Column id (total, basic, project…). */
  column?: string;
  /** Default 100, at most 10,000. */
  limit?: number;
  offset?: number;
}

/** One cell of a standard table. */
export interface TableFactRow {
  disclosureId: number;
  departmentId: number;
  department: string;
  region: string | null;
  year: number | null;
  kind: DisclosureKind;
  tableKind: TableKind;
  tableNumber: string | null;
  /** Row kind: total, unit, code, project, item. */
  rowKind: string;
  /** 0-based position of the row in its table. */
  rowIndex: number;
  rowCode: string | null;
  rowLevel: CodeLevel | null;
  rowName: string;
  /** Item id for item rows. */
  rowItem: string | null;
  /** Budget unit (下属单位) of the row, where the table groups by unit. */
  budgetUnit: string | null;
  project: string | null;
  /** income / expenditure side of a two-sided table. */
  block: string | null;
  column: string;
  amount: Amount;
  unit: AmountUnit;
}

/** Amounts of one 功能分类 line in each compared disclosure (null: the line is absent). */
export interface CompareRow {
  code: string;
  level: CodeLevel;
  name: string;
  /** Aligned with CompareResult.disclosures. */
  amounts: (Amount | null)[];
}

export interface CompareResult {
  /** In the order asked (unknown ids are left out). */
  disclosures: DisclosureMeta[];
  /** Unit of each disclosure's amounts, aligned with disclosures. */
  units: AmountUnit[];
  /** Which table the figures came from, per disclosure (general-budget, else expenditure). */
  tables: (TableKind | null)[];
  /** Sorted by code. */
  rows: CompareRow[];
}

export interface AggregateFilter {
  region?: string;
  year: number;
  kind?: DisclosureKind;
}

export interface AggregateLine {
  code: string;
  name: string;
  /** For a 款: its 类. */
  parent: string | null;
  amount: Amount;
  /** Departments with this line. */
  departments: number;
}

export interface AggregateResult {
  region: string | null;
  year: number;
  kind: DisclosureKind;
  /** Departments (latest version of each disclosure) counted. */
  departments: number;
  /**
   * Unit of every amount: 万元 when all tables are in 万元; otherwise 元, with 万元 amounts
   * multiplied by 10,000 in integers (exact; dividing 元 into 万元 would need a third decimal).
   */
  unit: AmountUnit;
  /** 功能分类 类 totals (合计 column of the 支出 by function table). */
  byClass: AggregateLine[];
  /** 功能分类 款 totals. */
  bySection: AggregateLine[];
  threePublic: {
    total: Amount;
    outbound: Amount;
    vehiclePurchase: Amount;
    vehicleOperation: Amount;
    reception: Amount;
  };
}

export type SearchHitKind = 'department' | 'project' | 'indicator' | 'narrative';

export interface SearchHit {
  kind: SearchHitKind;
  departmentId: number;
  department: string;
  /** null for department hits. */
  disclosureId: number | null;
  year: number | null;
  /** The department, project or indicator name, or the narrative section title. */
  title: string;
  /** Up to ~80 characters around the match. */
  snippet: string;
}

export interface FindingFilter {
  disclosureId?: number;
  ruleId?: string;
  outcome?: Outcome;
  severity?: Severity;
  limit?: number;
  offset?: number;
}

export interface ExportFilter {
  region?: string;
  year?: number;
  kind?: DisclosureKind;
  departmentId?: number;
  disclosureId?: number;
}

/** One flat row of the bulk export (CSV / Fiscal Data Package): a table cell with its context. */
export interface ExportRow {
  department: string;
  region: string | null;
  level: DepartmentLevel | null;
  year: number | null;
  kind: DisclosureKind;
  disclosureId: number;
  version: number;
  tableKind: TableKind;
  tableNumber: string | null;
  rowCode: string | null;
  rowLevel: CodeLevel | null;
  rowName: string;
  budgetUnit: string | null;
  project: string | null;
  column: string;
  amount: Amount;
  unit: AmountUnit;
}

// ─── the store ───────────────────────────────────────────────────────────────────────────────────

/** A disclosure page body drawn once and kept (a stored version never changes). */
export interface StoredPageBody {
  /** Which renderer drew it: the portal draws again when its own differs. */
  readonly renderer: string;
  /** The body's markup as UTF-8 bytes (sent as they are). */
  readonly body: Uint8Array;
}

export interface Store {
  readonly dialect: StoreDialect;

  /** Stores a disclosure as a new version, in one transaction: all rows or none. */
  saveDisclosure(input: SaveDisclosureInput): Promise<SaveDisclosureResult>;

  createUser(name: string, passwordHash: string, role: UserRole): Promise<UserRow>;
  userByName(name: string): Promise<UserWithHash | null>;
  createSession(userId: number, tokenHash: string, expiresAt: Date): Promise<void>;
  /** The user of an unexpired session, else null. */
  sessionUser(tokenHash: string): Promise<UserRow | null>;
  deleteSession(tokenHash: string): Promise<void>;

  listDepartments(filter?: DepartmentFilter): Promise<DepartmentRow[]>;
  regions(): Promise<RegionRow[]>;
  department(id: number): Promise<DepartmentDetail | null>;
  /** Latest versions, newest published first. */
  latestDisclosures(limit: number): Promise<DisclosureMeta[]>;
  /** A stored version; with `version`, that version of the same disclosure instead. */
  disclosure(id: number, opts?: { version?: number }): Promise<DisclosureDetail | null>;
  disclosureMeta(id: number): Promise<DisclosureMeta | null>;
  /** Every version of the disclosure that `id` is a version of, oldest first. */
  disclosureVersions(id: number): Promise<DisclosureMeta[]>;
  sourceDocument(id: number): Promise<SourceDocument | null>;
  /** One point per year and kind (latest versions), oldest year first. */
  trends(departmentId: number): Promise<TrendPoint[]>;
  tableFacts(filter: TableFactFilter): Promise<TableFactRow[]>;
  compare(disclosureIds: number[]): Promise<CompareResult>;
  aggregate(filter: AggregateFilter): Promise<AggregateResult>;
  search(q: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  findings(filter: FindingFilter): Promise<FindingRow[]>;
  /** A version's page body as the portal drew it, with the renderer's version string. */
  pageBody(disclosureId: number): Promise<StoredPageBody | null>;
  /** Stores (or replaces) a version's page body; a no-op for an id that is not stored. */
  putPageBody(disclosureId: number, renderer: string, body: Uint8Array | string): Promise<void>;
  /**
   * A version's whole page as readers who are not signed in get it (gzip bytes), when one drawn
   * by `renderer` is stored; saving a newer version of the series clears it.
   */
  pagePrint(disclosureId: number, renderer: string): Promise<Uint8Array | null>;
  /** Stores a version's print beside its body; a no-op when no body is stored. */
  putPagePrint(disclosureId: number, renderer: string, print: Uint8Array): Promise<void>;
  /** Flat fact rows in batches (latest versions unless disclosureId is given). */
  exportRows(filter?: ExportFilter): AsyncIterable<ExportRow>;

  /**
   * Refreshes the query planner's statistics; call after a bulk load (thousands of saves), since
   * plans made on stale statistics can be 100× slower. ANALYZE on PostgreSQL (autovacuum also
   * does it, later); a sampled ANALYZE on SQLite.
   */
  analyze(): Promise<void>;

  close(): Promise<void>;
}

/** The findings of a check result to store (a report's first entry). */
export function findingsOf(report: CheckEntry | CheckReport | undefined): Finding[] {
  if (!report) return [];
  if ('entries' in report) return report.entries[0]?.findings ?? [];
  return report.findings;
}
