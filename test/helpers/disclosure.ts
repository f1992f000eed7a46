// Disclosures for rule tests: built from compact table specifications (our own fixtures), or a
// seed's parsed Disclosure edited in place of a copy.
import { SCHEMA_VERSION, type Disclosure } from '../../src/model/disclosure.js';
import { flattenColumns, specOf } from '../../src/model/specs/index.js';
import type { Table, TableKind, TableRow } from '../../src/model/table.js';

type Values = Record<string, number>;

/**
 * A row: [key, values] where key is 'total', 'expenditure-total', a code (201, 20103, 30101), an
 * item id prefixed with '#' ('#general'), or 'unit:NAME' / 'project:NAME'.
 */
export type RowSpec = [key: string, values: Values, extra?: Partial<TableRow>];

export function row([key, values, extra]: RowSpec): TableRow {
  const base = { name: key, values, ...extra };
  if (key === 'total') return { kind: 'total', ...base, name: '合计' } as TableRow;
  if (key === 'expenditure-total')
    return { kind: 'total', block: 'expenditure', ...base, name: '支出总计' } as TableRow;
  if (key.startsWith('#')) return { kind: 'item', item: key.slice(1), ...base } as TableRow;
  if (key.startsWith('unit:')) return { kind: 'unit', ...base, name: key.slice(5) } as TableRow;
  if (key.startsWith('project:'))
    return { kind: 'project', ...base, name: key.slice(8), project: key.slice(8) } as TableRow;
  const level = key.length === 3 ? '类' : key.length === 5 ? '款' : '项';
  return { kind: 'code', code: key, level, ...base } as TableRow;
}

/** A table of a kind in one of its spec's layouts (default: the first). */
export function table(kind: TableKind, rows: RowSpec[], opts: { layout?: string } = {}): Table {
  const spec = specOf(kind);
  const layout = spec.layouts.find((l) => l.id === opts.layout) ?? spec.layouts[0]!;
  const columns = layout.blocks.flatMap((b) =>
    (layout.orientation === 'items-as-columns'
      ? [{ id: 'total', label: '合计' }]
      : flattenColumns(b.columns).map((c) => ({ id: c.id, label: c.label }))
    ).map((c) => ({ ...c, ...(layout.blocks.length > 1 ? { block: b.id as 'income' } : {}) })),
  );
  return { kind, title: spec.name, unit: '万元', columns, rows: rows.map(row) };
}

/** A minimal valid Disclosure holding the given tables. */
export function disclosure(tables: Table[], over: Partial<Disclosure> = {}): Disclosure {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { file: 'fixture.txt', format: 'text', sha256: '0'.repeat(64) },
    profile: 'xinjiang-2025',
    identity: { department: '测试部门', kind: '预算', scope: '部门', year: 2025, unit: '万元' },
    overview: {
      functions: [],
      internalUnits: { names: [] },
      budgetUnits: { names: [] },
      staffing: {},
    },
    tables,
    narrative: { sections: [], facts: [] },
    projects: [],
    undisclosed: [],
    performance: [],
    glossary: [],
    summary: {
      unit: '万元',
      total: null,
      basic: null,
      project: null,
      personnel: null,
      publicUse: null,
      generalBudget: null,
      threePublic: {
        unit: '万元',
        total: null,
        outbound: null,
        vehiclePurchase: null,
        vehicleOperation: null,
        reception: null,
      },
      byFunctionClass: {},
    },
    warnings: [],
    ...over,
  };
}

/** A deep copy of a disclosure with an edit applied (for violating variants of a seed). */
export function edited(d: Disclosure, edit: (copy: Disclosure) => void): Disclosure {
  const copy = structuredClone(d);
  edit(copy);
  return copy;
}
