// Cross-department totals by 功能分类 类/款 and 三公 items, summed in SQL over integer cents and
// combined across units exactly (see AggregateResult.unit).
import { sql, type Kysely } from 'kysely';
import { fromCents, type AmountUnit } from '../model/money.js';
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
  // function_totals: the 类/款 lines of latest versions, pre-summed per disclosure at save time,
  // read through one covering index (no join).
  let totals = db
    .selectFrom('function_totals as t')
    .where('t.year', '=', f.year)
    .where('t.kind', '=', kind);
  if (f.region !== undefined) totals = totals.where('t.region', '=', f.region);
  const lines = await totals
    .select(['t.row_code as code', 't.row_level as level'])
    .select((eb) => [
      eb.fn.min('t.row_name').as('name'),
      sql<number>`sum(case when t.unit = '万元' then t.amount_cents else 0 end)`.as('wan'),
      sql<number>`sum(case when t.unit = '元' then t.amount_cents else 0 end)`.as('yuan'),
      sql<number>`sum(case when t.unit = '元' then 1 else 0 end)`.as('yuan_lines'),
      eb.fn.count<number>('t.department_id').distinct().as('departments'),
    ])
    .groupBy(['t.row_code', 't.row_level'])
    .orderBy('t.row_code')
    .execute();

  let tp = db
    .selectFrom('disclosures as d')
    .innerJoin('departments as p', 'p.id', 'd.department_id')
    .where('d.is_latest', '=', 1)
    .where('d.year', '=', f.year)
    .where('d.kind', '=', kind);
  if (f.region !== undefined) tp = tp.where('p.region', '=', f.region);
  const items = [
    'total',
    'outbound',
    'vehicle_purchase',
    'vehicle_operation',
    'reception',
  ] as const;
  const tpRow = await tp
    .select((eb) => [
      eb.fn.count<number>('d.department_id').distinct().as('departments'),
      sql<number>`sum(case when d.tp_unit = '元' then 1 else 0 end)`.as('yuan_rows'),
      ...items.flatMap((it) => [
        sql<number>`sum(case when d.tp_unit = '万元' then ${sql.ref(`d.tp_${it}_cents`)} else 0 end)`.as(
          `${it}_wan`,
        ),
        sql<number>`sum(case when d.tp_unit = '元' then ${sql.ref(`d.tp_${it}_cents`)} else 0 end)`.as(
          `${it}_yuan`,
        ),
      ]),
    ])
    .executeTakeFirstOrThrow();
  const rec = tpRow as unknown as Record<string, unknown>;

  // A 元 table whose lines are all zero still makes the result 元: the unit never depends on values.
  const hasYuanTables =
    lines.some((l) => Number(l.yuan_lines) > 0) || Number(rec.yuan_rows ?? 0) > 0;
  const unit: AmountUnit = hasYuanTables ? '元' : '万元';
  const line = (l: (typeof lines)[number]): AggregateLine => ({
    code: l.code as string,
    name: l.name as string,
    parent: l.level === '款' ? (l.code as string).slice(0, 3) : null,
    amount: inUnit({ wan: big(l.wan), yuan: big(l.yuan) }, unit),
    departments: Number(l.departments),
  });
  const item = (it: (typeof items)[number]) =>
    inUnit({ wan: big(rec[`${it}_wan`]), yuan: big(rec[`${it}_yuan`]) }, unit);
  return {
    region: f.region ?? null,
    year: f.year,
    kind,
    departments: Number(rec.departments ?? 0),
    unit,
    byClass: lines.filter((l) => l.level === '类').map(line),
    bySection: lines.filter((l) => l.level === '款').map(line),
    threePublic: {
      total: item('total'),
      outbound: item('outbound'),
      vehiclePurchase: item('vehicle_purchase'),
      vehicleOperation: item('vehicle_operation'),
      reception: item('reception'),
    },
  };
}
