// Parse: Layout → Disclosure. Splits the document into its parts, reads each with its own
// parser, and sets identity, profile and summary from what the parts say.
import { quoteFreeKey } from '../ingest/normalize.js';
import { InputError } from '../model/errors.js';
import type { Layout } from '../model/layout.js';
import {
  DisclosureSchema,
  SCHEMA_VERSION,
  type Disclosure,
  type Identity,
} from '../model/disclosure.js';
import type { AmountUnit } from '../model/money.js';
import type { ParseWarning } from '../model/parse-warning.js';
import { PROFILES, profileById, type Profile } from '../model/profiles/index.js';
import type { Table } from '../model/table.js';
import { parseClosing } from './closing.js';
import { parseGlossary } from './glossary.js';
import { parseOtherMatters } from './narrative/matters.js';
import { parseNarrative } from './narrative/index.js';
import { parseProjects } from './narrative/projects.js';
import { parseHeadedProjects } from './narrative/projects-headed.js';
import { parseIdentityHints, parseOverview } from './overview/index.js';
import { parsePerformanceTables } from './performance/index.js';
import { segment } from './segment.js';
import { projectEvidence } from './project-evidence.js';
import { computeSummary } from './summary.js';
import { findTables, parseTables } from './tables/index.js';
import { noFiguresWarning } from './tables/figures.js';
import { finalFacts } from './final-facts.js';

export interface ParseOptions {
  /** Use this profile instead of detecting one. */
  readonly profile?: string;
  /** Validate the result against the schema and throw on any violation (tests use this). */
  readonly strict?: boolean;
}

export function parseDisclosure(layout: Layout, opts: ParseOptions = {}): Disclosure {
  const file = layout.source.file;
  const parts = segment(layout.lines);
  const warnings: ParseWarning[] = [];

  const hints = parseIdentityHints(parts.overview, layout.lines, parts.firsts);
  warnings.push(...hints.warnings);
  const overview = parseOverview(parts.overview);
  warnings.push(...overview.warnings);
  const blocks = findTables(parts.tables);
  const profile = opts.profile ? profileById(opts.profile) : detectProfile(blocks);
  const unit: AmountUnit = profile?.unit ?? '万元';
  const year = hints.year;

  const narrative = parseNarrative(parts.narrative, {
    unit: '万元',
    ...(year ? { year } : {}),
    ...(hints.department ? { department: hints.department } : {}),
    ...(parts.byHeadings ? { partHeadings: true } : {}),
  });
  warnings.push(...narrative.warnings);
  if ((hints.kind ?? profile?.kind) === '决算') {
    const { sections, facts } = narrative.narrative;
    narrative.narrative.facts = [...facts, ...finalFacts(sections, facts, year)];
  }
  const mattersCtx = {
    unit: '万元' as const,
    sections: narrative.sectionLines,
    outside: narrative.outsideLines,
  };
  const projects = parseProjects(parts.narrative, mattersCtx);
  warnings.push(...projects.warnings);
  if (parts.projects)
    projects.projects.push(...parseHeadedProjects(parts.projects, '万元', warnings));
  const tables = parseTables(parts.tables, {
    ...(profile ? { profile } : {}),
    ...(year ? { year } : {}),
    unit,
    knownUnits: overview.overview.budgetUnits.names,
    evidence: projectEvidence(projects.projects),
    blocks,
  });
  warnings.push(...tables.warnings);
  warnings.push(...noFiguresWarning(tables.tables));
  if (profile) warnings.push(...missingTables(profile, tables.tables));

  const matters = parseOtherMatters(parts.narrative, mattersCtx);
  warnings.push(...matters.warnings);
  const performance = parsePerformanceTables(parts.performance);
  warnings.push(...performance.warnings);
  const glossary = parseGlossary(parts.glossary);
  warnings.push(...glossary.warnings);
  const closing = parseClosing(parts.closing);
  warnings.push(...closing.warnings);

  if (
    tables.tables.length === 0 &&
    narrative.narrative.sections.length === 0 &&
    overview.overview.functions.length === 0
  ) {
    throw new InputError(
      'not-disclosure',
      `${file}: no budget disclosure found (no 公开表, no 情况说明, no 部门概况)`,
      { file },
    );
  }

  const identity = readIdentity(hints, tables.tables, closing, profile, unit, warnings);
  const disclosure: Disclosure = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      file,
      format: layout.source.format,
      ...(layout.source.encoding ? { encoding: layout.source.encoding } : {}),
      sha256: layout.source.sha256,
      lines: layout.lines.length,
      pages: layout.pages,
    },
    profile: profile?.id ?? 'unknown',
    identity,
    overview: overview.overview,
    tables: tables.tables,
    narrative: narrative.narrative,
    projects: projects.projects,
    undisclosed: matters.undisclosed,
    ...(matters.operatingCosts ? { operatingCosts: matters.operatingCosts } : {}),
    ...(matters.procurement ? { procurement: matters.procurement } : {}),
    ...(matters.assets ? { assets: matters.assets } : {}),
    ...(matters.performanceOverview ? { performanceOverview: matters.performanceOverview } : {}),
    performance: performance.targets,
    glossary: glossary.entries,
    summary: computeSummary(tables.tables, unit),
    warnings,
  };
  if (opts.strict) DisclosureSchema.parse(disclosure);
  return disclosure;
}

/** The profile whose numbered tables the document's tables match best. */
function detectProfile(blocks: ReturnType<typeof findTables>): Profile | undefined {
  let best: { profile: Profile; score: number } | undefined;
  const printed = blocks.map((b) => quoteFreeKey(b.title)); // once, not once per profile
  for (const profile of PROFILES) {
    let score = 0;
    blocks.forEach((b, i) => {
      const t = profile.tables.find((pt) => pt.kind === b.spec.kind);
      if (t)
        score += (t.number === b.number ? 2 : 1) + (titleOfProfile(printed[i]!, t.title) ? 1 : 0);
      else score -= 1;
    });
    if (!best || score > best.score) best = { profile, score };
  }
  return blocks.length > 0 ? best?.profile : undefined;
}

// Profiles never change: each title's key is made once.
const PROFILE_TITLE_KEYS = new Map<string, string>();

/**
 * Whether a printed title (its quoteFreeKey) ends with a profile's title: the printed one may add
 * the year and quotes ("2025年部门“三公”…").
 */
function titleOfProfile(printedKey: string, title: string): boolean {
  let key = PROFILE_TITLE_KEYS.get(title);
  if (key === undefined) PROFILE_TITLE_KEYS.set(title, (key = quoteFreeKey(title)));
  return printedKey.endsWith(key);
}

function missingTables(profile: Profile, tables: readonly Table[]): ParseWarning[] {
  return profile.tables
    .filter((pt) => !tables.some((t) => t.kind === pt.kind))
    .map((pt) => ({
      code: 'table-missing' as const,
      message: `${pt.number} ${pt.title} of the ${profile.name} template was not found`,
      table: pt.kind,
      tableNumber: pt.number,
    }));
}

function readIdentity(
  hints: ReturnType<typeof parseIdentityHints>,
  tables: readonly Table[],
  closing: ReturnType<typeof parseClosing>,
  profile: Profile | undefined,
  unit: AmountUnit,
  warnings: ParseWarning[],
): Identity {
  const fromTables = mostFrequent(tables.map((t) => t.department).filter((d): d is string => !!d));
  const department = fromTables ?? hints.department ?? closing.signedBy;
  const signedYear = closing.signedDate ? Number(closing.signedDate.slice(0, 4)) : undefined;
  const year = hints.year ?? signedYear;
  if (!department)
    warnings.push({ code: 'identity-unknown', message: 'the department (编制部门) was not found' });
  if (!year) warnings.push({ code: 'identity-unknown', message: 'the fiscal year was not found' });
  return {
    department: department ?? null,
    kind: hints.kind ?? profile?.kind ?? '预算',
    scope: hints.scope ?? '部门',
    year: year ?? null,
    unit,
    ...(closing.signedDate ? { signedDate: closing.signedDate } : {}),
    ...(closing.signedBy ? { signedBy: closing.signedBy } : {}),
  };
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
