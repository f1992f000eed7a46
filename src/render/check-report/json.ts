// The check report as JSON: the CheckReport itself (see src/model/check-report.ts), indented.
import type { CheckReport } from '../../model/check-report.js';

export function renderCheckJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
