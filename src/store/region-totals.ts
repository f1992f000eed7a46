// region_totals: what aggregate reads, kept summed per year, kind and region as disclosures are
// saved (a newer version's old latest subtracted, the new one added, in the save's transaction),
// so that an aggregate reads a few dozen rows however many disclosures are stored. Amounts stay
// integer cents in their unit (万元 and 元 apart, combined exactly when read).
// Rows: 功能分类 类/款 lines (row_level 类 | 款, from function_totals) and the 三公 items (row_level
// 三公, from the disclosure's figures; every latest disclosure adds its 'total' row, so that row's
// count is the number of disclosures aggregated).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StoreDialect } from './store.js';

/** The 三公 items, as row codes, with the disclosures columns they come from. */
export const THREE_PUBLIC_ITEMS = [
  ['total', 'tp_total_cents'],
  ['outbound', 'tp_outbound_cents'],
  ['vehicle_purchase', 'tp_vehicle_purchase_cents'],
  ['vehicle_operation', 'tp_vehicle_operation_cents'],
  ['reception', 'tp_reception_cents'],
] as const;

/** Disclosures without a department region are kept under '' (aggregate by region never sees them). */
export const NO_REGION = '';

/**
 * Adds (sign 1) or subtracts (sign -1) the contributions of the disclosures `ids` selects.
 * `region` overrides the department's current region (moving contributions when a department
 * gains one). Lines that no disclosure holds any more are deleted.
 */
export async function applyRegionTotals(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- also run by migrations
  dialect: StoreDialect,
  ids: RawBuilder<unknown>,
  sign: 1 | -1,
  region?: string | null,
): Promise<void> {
  const s = sql.lit(sign);
  const regionOf =
    region === undefined
      ? sql`coalesce(p.region, ${NO_REGION})`
      : sql`cast(${region ?? NO_REGION} as text)`;
  const amount = (unit: string, cents: RawBuilder<unknown>) =>
    sql`case when u = ${unit} then ${cents} else 0 end`;
  // One row per line of one disclosure (function_totals has one row per code and disclosure).
  const functionLines = sql`
    select t.year as y, t.kind as k, ${regionOf} as r, t.row_code as code, t.row_level as lvl,
           t.row_name as name, t.unit as u, t.amount_cents as c
    from function_totals t join departments p on p.id = t.department_id
    where t.disclosure_id in (${ids}) and t.year is not null`;
  const itemLines = THREE_PUBLIC_ITEMS.map(
    ([code, column]) => sql`
    select d.year as y, d.kind as k, ${regionOf} as r, ${sql.lit(code)} as code, '三公' as lvl,
           ${sql.lit(code)} as name, d.tp_unit as u, coalesce(${sql.ref(`d.${column}`)}, 0) as c
    from disclosures d join departments p on p.id = d.department_id
    where d.id in (${ids}) and d.year is not null`,
  );
  const lines = sql.join([functionLines, ...itemLines], sql` union all `);
  const smaller = dialect === 'postgres' ? sql`least` : sql`min`;
  // Grouped first: one statement may carry several disclosures' rows for one line.
  await sql`
    insert into region_totals
      (year, kind, region, row_code, row_level, row_name, wan_cents, yuan_cents, yuan_lines, disclosures)
    select y, k, r, code, lvl, min(name),
           ${s} * sum(${amount('万元', sql`c`)}), ${s} * sum(${amount('元', sql`c`)}),
           ${s} * sum(case when u = '元' then 1 else 0 end), ${s} * count(*)
    from (${lines}) as lines
    where true
    group by y, k, r, code, lvl
    on conflict (year, kind, region, row_code, row_level) do update set
      wan_cents = region_totals.wan_cents + excluded.wan_cents,
      yuan_cents = region_totals.yuan_cents + excluded.yuan_cents,
      yuan_lines = region_totals.yuan_lines + excluded.yuan_lines,
      disclosures = region_totals.disclosures + excluded.disclosures,
      row_name = ${smaller}(region_totals.row_name, excluded.row_name)`.execute(db);
  if (sign < 0) await sql`delete from region_totals where disclosures <= 0`.execute(db);
}
