// Cross-department totals by 功能分类 类/款 and 三公 items, read from region_totals (kept summed per
// year, kind and region as disclosures are saved) and combined across units exactly (see
// AggregateResult.unit).
import { sql, type Kysely } from 'kysely';
import { fromCents, type AmountUnit } from '../model/money.js';
import { NO_REGION } from './region-totals.js';
import type { Database } from './schema.js';
import type { AggregateFilter, AggregateLine, AggregateResult } from './store.js';

type Db = Kysely<Database>;

type Sums = { wan: bigint; yuan: bigint };
const big = (v: unknown): bigint => (v === null || v === undefined ? 0n : BigInt(v as number));

function inUnit(s: Sums, unit: AmountUnit): number {
  const c = unit === '万元' ? s.wan : s.wan * 10000n + s.yuan;
  if (c > BigInt(Number.MAX_SAFE_INTEGER) || c < -BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError('aggregate exceeds exact range');
  return fromCents(Number(c));
}

export async function aggregate(db: Db, f: AggregateFilter): Promise<AggregateResult> {
  const kind = f.kind ?? '预算';
  let query = db
    .selectFrom('region_totals as t')
    .where('t.year', '=', f.year)
    .where('t.kind', '=', kind);
  // Rows of departments without a region are kept under NO_REGION, which no region filter names.
  if (f.region !== undefined)
    query = query.where('t.region', '=', f.region).where('t.region', '<>', NO_REGION);
  const rows = await query
    .select(['t.row_code as code', 't.row_level as level'])
    .select((eb) => [
      eb.fn.min('t.row_name').as('name'),
      sql<number>`sum(t.wan_cents)`.as('wan'),
      sql<number>`sum(t.yuan_cents)`.as('yuan'),
      sql<number>`sum(t.yuan_lines)`.as('yuan_lines'),
      sql<number>`sum(t.disclosures)`.as('disclosures'),
    ])
    .groupBy(['t.row_code', 't.row_level'])
    .orderBy('t.row_code')
    .execute();

  const lines = rows.filter((r) => r.level === '类' || r.level === '款');
  const items = new Map(rows.filter((r) => r.level === '三公').map((r) => [r.code, r]));
  // A 元 table whose lines are all zero still makes the result 元: the unit never depends on values.
  const unit: AmountUnit = rows.some((r) => Number(r.yuan_lines) > 0) ? '元' : '万元';
  const amount = (r: { wan: unknown; yuan: unknown } | undefined) =>
    inUnit({ wan: big(r?.wan), yuan: big(r?.yuan) }, unit);
  const line = (l: (typeof rows)[number]): AggregateLine => ({
    code: l.code,
    name: l.name as string,
    parent: l.level === '款' ? l.code.slice(0, 3) : null,
    amount: amount(l),
    departments: Number(l.disclosures),
  });
  return {
    region: f.region ?? null,
    year: f.year,
    kind,
    departments: Number(items.get('total')?.disclosures ?? 0),
    unit,
    byClass: lines.filter((l) => l.level === '类').map(line),
    bySection: lines.filter((l) => l.level === '款').map(line),
    threePublic: {
      total: amount(items.get('total')),
      outbound: amount(items.get('outbound')),
      vehiclePurchase: amount(items.get('vehicle_purchase')),
      vehicleOperation: amount(items.get('vehicle_operation')),
      reception: amount(items.get('reception')),
    },
  };
}
