// Stored findings back into the model's Finding, and a CheckEntry around them, so that the check
// report's writers (which draw tables with findings in place) can draw a stored version.
import type { CheckEntry } from '../model/check-report.js';
import type { Disclosure } from '../model/disclosure.js';
import { OUTCOMES, type Finding } from '../model/finding.js';
import type { DisclosureMeta, FindingRow } from '../store/index.js';

export function findingOf(r: FindingRow): Finding {
  const loc: Finding['location'] = {};
  if (r.table) loc.table = r.table;
  if (r.tableNumber) loc.tableNumber = r.tableNumber;
  if (r.row) loc.row = r.row;
  if (r.rowName) loc.rowName = r.rowName;
  if (r.column) loc.column = r.column;
  if (r.section) loc.section = r.section;
  if (r.subject) loc.subject = r.subject;
  if (r.page) loc.page = r.page;
  if (r.line) loc.line = r.line;
  return {
    ruleId: r.ruleId,
    outcome: r.outcome,
    severity: r.severity,
    category: r.category,
    location: loc,
    ...(r.expected !== null ? { expected: r.expected } : {}),
    ...(r.actual !== null ? { actual: r.actual } : {}),
    ...(r.difference !== null ? { difference: r.difference } : {}),
    ...(r.unit ? { unit: r.unit } : {}),
    ...(r.expectedText !== null ? { expectedText: r.expectedText } : {}),
    ...(r.actualText !== null ? { actualText: r.actualText } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
  };
}

/** The entry the check report's writers expect, from what the store kept. */
export function entryOf(
  meta: DisclosureMeta,
  d: Disclosure,
  findings: readonly Finding[],
): CheckEntry {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as CheckEntry['counts'];
  for (const f of findings) counts[f.outcome] = (counts[f.outcome] ?? 0) + 1;
  return {
    place: meta.sourceFile,
    identity: { department: d.identity.department, year: d.identity.year, kind: d.identity.kind },
    counts: { ...counts, ...meta.counts },
    errors: meta.errors,
    warnings: meta.warnings,
    parseWarnings: d.warnings.length,
    findings: [...findings],
    notEvaluated: [],
  };
}
