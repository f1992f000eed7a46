// The disclosure as the official document prints it — every table, the 情况说明 — with each check
// finding marked on the cell or section it concerns. Drawn by the check report's writers, so the
// portal and `yusuan check --format html` show findings the same way.
import { ruleCatalog } from '../../check/index.js';
import type { CheckEntry } from '../../model/check-report.js';
import type { Disclosure } from '../../model/disclosure.js';
import { groupFindings } from '../../render/check-report/groups.js';
import type { HtmlContext } from '../../render/check-report/html-findings.js';
import { findingList } from '../../render/check-report/html-findings.js';
import { renderLedger, renderParseWarnings } from '../../render/check-report/html-ledger.js';
import { renderNarrative } from '../../render/check-report/html-narrative.js';
import { renderTableSection } from '../../render/check-report/html-table.js';
import { raw, type Html } from '../html.js';

let rulesById: HtmlContext['rules'] | undefined;

export function documentView(
  d: Disclosure,
  entry: CheckEntry,
): { tables: Html; narrative: Html; ledger: Html } {
  rulesById ??= new Map(ruleCatalog().map((r) => [r.id, r]));
  const ctx: HtmlContext = { entry: 0, rules: rulesById, passes: false };
  const groups = groupFindings(entry, d, { passes: false });
  const tables = d.tables.map((t, i) =>
    renderTableSection(
      ctx,
      i,
      t,
      groups.tables.find((g) => g.table === t),
    ),
  );
  groups.tables
    .filter((g) => !g.table || !d.tables.includes(g.table))
    .forEach((g, i) => tables.push(renderTableSection(ctx, d.tables.length + i, undefined, g)));
  const other = groups.other.length ? `<h3>其他检查结果</h3>${findingList(ctx, groups.other)}` : '';
  return {
    tables: raw(tables.join('\n')),
    narrative: raw(renderNarrative(ctx, d.narrative.sections, groups.sections)),
    ledger: raw(renderLedger(ctx, groups.completeness) + other + renderParseWarnings(d.warnings)),
  };
}
