// A stated 功能分类 line (类, 款 or 项) against its row of the table of its scope: the comparison
// the class and line rules share. A line the table does not print has nothing this year.
import type { FindingLocation } from '../../../../model/finding.js';
import type { NarrativeFact } from '../../../../model/narrative.js';
import type { TableKind } from '../../../../model/table.js';
import type { CheckContext } from '../../../context.js';
import type { FindingDraft } from '../../../rule.js';
import { compareWithTargets } from './compare.js';
import { functionRow, functionTable, type FunctionSubject } from './targets.js';
import { factLocation } from './where.js';

/** table, the fact's location, column: in that order, built without spreading. */
function missingRowLocation(f: NarrativeFact, table: TableKind, column: string): FindingLocation {
  const location: FindingLocation = { table };
  Object.assign(location, factLocation(f));
  location.column = column;
  return location;
}

/** The finding of one stated line, or none when its scope has no table. */
export function functionAmountFinding(
  f: NarrativeFact,
  subject: FunctionSubject,
  amount: number,
  ctx: CheckContext,
  missingNote: string,
): FindingDraft | undefined {
  const where = functionTable(f.scope);
  const table = where && ctx.table(where[0]);
  if (!where || !table) return undefined;
  const row = functionRow(ctx, where[0], subject);
  if (!row.found) {
    if (row.ambiguous) return { outcome: 'insufficient_data', location: factLocation(f) };
    return {
      outcome: amount === 0 ? 'pass' : 'fail',
      location: missingRowLocation(f, table.kind, where[1]),
      expected: 0,
      actual: amount,
      difference: amount,
      unit: f.unit,
      note: missingNote,
    };
  }
  return compareWithTargets(f, amount, [{ table, row: row.found, column: where[1] }], ctx);
}
