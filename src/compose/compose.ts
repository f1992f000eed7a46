// compose: BudgetInput → Disclosure. Line items are pivoted into every table of the profile, the
// 情况说明 is written from the same figures, and the facts are read back from that text by the
// parser's own narrative reader, so check compares them with the tables exactly as for a parsed
// document.
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type Disclosure } from '../model/disclosure.js';
import { profileById, PROFILES, type Profile } from '../model/profiles/index.js';
import { computeSummary } from '../parse/summary.js';
import { BudgetInputSchema, type BudgetInput, type BudgetInputDraft } from './input/schema.js';
import { makeContext, toLines } from './lines.js';
import { composeMatters } from './matters.js';
import { composeNarrative } from './narrative/index.js';
import { composeTables } from './tables/index.js';
import type { ComposeWarning } from './warnings.js';
import { inputWarnings } from './input/check-codes.js';
import { matterWarnings } from './matter-warnings.js';

export interface ComposeResult {
  readonly disclosure: Disclosure;
  readonly warnings: ComposeWarning[];
}

export interface ComposeOptions {
  /** The input's file name, recorded as the disclosure's source (default: made from identity). */
  readonly file?: string;
}

export function compose(
  input: BudgetInput | BudgetInputDraft,
  opts: ComposeOptions = {},
): ComposeResult {
  const data: BudgetInput = BudgetInputSchema.parse(input);
  const warnings: ComposeWarning[] = [...inputWarnings(data)];
  let profile: Profile | undefined = profileById(data.identity.profile);
  if (!profile) {
    profile = PROFILES[0] as Profile;
    warnings.push({
      code: 'profile-unknown',
      message: `profile ${data.identity.profile} does not exist; ${profile.id} was used`,
    });
  }
  const unit = data.identity.unit ?? profile.unit;
  const ctx = makeContext(data, toLines(data), unit);
  warnings.push(...matterWarnings(ctx, profile));
  const tables = composeTables(ctx, profile);
  const narrative = composeNarrative(ctx, profile, tables, warnings);
  const matters = composeMatters(ctx);
  const id = data.identity;
  const file = opts.file ?? `${id.department}-${id.year}-${id.kind}.json`;
  const disclosure: Disclosure = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      file,
      format: 'workbook',
      sha256: createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    },
    profile: profile.id,
    identity: {
      department: id.department,
      kind: id.kind,
      scope: id.scope,
      year: id.year,
      unit,
      ...(id.signedDate ? { signedDate: id.signedDate, signedBy: id.department } : {}),
    },
    overview: matters.overview,
    tables,
    narrative,
    projects: matters.projects,
    undisclosed: [],
    ...(matters.operatingCosts ? { operatingCosts: matters.operatingCosts } : {}),
    ...(matters.procurement ? { procurement: matters.procurement } : {}),
    ...(matters.assets ? { assets: matters.assets } : {}),
    ...(matters.performanceOverview ? { performanceOverview: matters.performanceOverview } : {}),
    performance: matters.performance,
    glossary: data.glossary,
    summary: computeSummary(tables, unit),
    warnings: [],
  };
  return { disclosure, warnings };
}
