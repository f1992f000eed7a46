// bench/parse: cost of parsing each seed (text → Disclosure) on one core, whole and per step.
// Target (issue 2): ≥ 200 documents/s, about 5 ms per document. Prints numbers; asserts nothing.
// `npx tsx bench/parse.ts [seconds]`: each whole-document figure is timed for 2 × seconds, each
// step for seconds, after a warm-up of several hundred parses. The machine is shared (2 cores,
// other engineers' tests), so we report this process's CPU time (process.cpuUsage; it includes
// GC threads) per call, the median of several timed rounds, which other load disturbs less than
// wall time. Whole documents are parsed from their bytes on every call; the steps reuse one
// Layout, as parseDisclosure does within a document.
import { existsSync, readFileSync } from 'node:fs';
import { textLayout } from '../src/ingest/index.js';
import type { Layout } from '../src/model/layout.js';
import { parseDisclosure } from '../src/parse/index.js';
import { parseClosing } from '../src/parse/closing.js';
import { parseGlossary } from '../src/parse/glossary.js';
import { parseOtherMatters } from '../src/parse/narrative/matters.js';
import { parseNarrative } from '../src/parse/narrative/index.js';
import { parseProjects } from '../src/parse/narrative/projects.js';
import { parseIdentityHints, parseOverview } from '../src/parse/overview/index.js';
import { parsePerformanceTables } from '../src/parse/performance/index.js';
import { projectEvidence } from '../src/parse/project-evidence.js';
import { segment } from '../src/parse/segment.js';
import { computeSummary } from '../src/parse/summary.js';
import { findTables, parseTables } from '../src/parse/tables/index.js';
import { profileById } from '../src/model/profiles/index.js';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const NAMES = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];
const missing = NAMES.filter((n) => !existsSync(new URL(n, SEEDS)));
if (missing.length) {
  console.error(`bench/parse needs ../shared/seeds (missing: ${missing.join(', ')})`);
  process.exit(2);
}
const seconds = Number(process.argv[2] ?? 1);
/** Timed rounds per measurement; the median is reported. */
const ROUNDS = 7;
/** JIT warm-up: this many whole parses of both seeds before any timing (V8 keeps optimising
 * for several hundred; fewer leaves compilation in the timed CPU). */
const WARMUP_PARSES = 600;

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median CPU ms per call of `fn` over ROUNDS rounds lasting `ms` in all. */
function cpuPerCall(fn: () => unknown, ms: number): number {
  fn();
  const perRound: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const end = performance.now() + ms / ROUNDS;
    const cpu0 = process.cpuUsage();
    let n = 0;
    do {
      fn();
      n++;
    } while (performance.now() < end);
    const cpu = process.cpuUsage(cpu0);
    perRound.push((cpu.user + cpu.system) / 1000 / n);
  }
  return median(perRound);
}

/** The steps of parseDisclosure (src/parse/index.ts), each fed what parseDisclosure feeds it. */
function steps(bytes: Buffer, name: string): [string, () => unknown][] {
  const layout: Layout = textLayout(bytes, name);
  const parts = segment(layout.lines);
  const hints = parseIdentityHints(parts.overview, layout.lines, parts.firsts);
  const overview = parseOverview(parts.overview);
  // parseDisclosure's choice of profile (its detection is not exported).
  const profile = profileById(parseDisclosure(layout).profile);
  const narrative = parseNarrative(parts.narrative, { unit: '万元' });
  const mattersCtx = {
    unit: '万元' as const,
    sections: narrative.sectionLines,
    outside: narrative.outsideLines,
  };
  const projects = parseProjects(parts.narrative, mattersCtx);
  const tablesCtx = {
    ...(profile ? { profile } : {}),
    ...(hints.year ? { year: hints.year } : {}),
    unit: '万元' as const,
    knownUnits: overview.overview.budgetUnits.names,
    evidence: projectEvidence(projects.projects),
    blocks: findTables(parts.tables),
  };
  const tables = parseTables(parts.tables, tablesCtx);
  return [
    ['textLayout', () => textLayout(bytes, name)],
    ['segment', () => segment(layout.lines)],
    [
      'identity + overview',
      () => [
        parseIdentityHints(parts.overview, layout.lines, parts.firsts),
        parseOverview(parts.overview),
      ],
    ],
    ['findTables', () => findTables(parts.tables)],
    ['narrative', () => parseNarrative(parts.narrative, { unit: '万元' })],
    [
      'projects + evidence',
      () => projectEvidence(parseProjects(parts.narrative, mattersCtx).projects),
    ],
    ['tables', () => parseTables(parts.tables, tablesCtx)],
    ['other matters', () => parseOtherMatters(parts.narrative, mattersCtx)],
    ['绩效目标表', () => parsePerformanceTables(parts.performance)],
    [
      'glossary + closing + summary',
      () => [
        parseGlossary(parts.glossary),
        parseClosing(parts.closing),
        computeSummary(tables.tables, '万元'),
      ],
    ],
  ];
}

console.log(`node ${process.version}; CPU ms per call, median of ${ROUNDS} rounds`);
const docs = NAMES.map((name) => ({ name, bytes: readFileSync(new URL(name, SEEDS)) }));
for (let i = 0; i < WARMUP_PARSES; i++)
  for (const d of docs) parseDisclosure(textLayout(d.bytes, d.name));
const pair = cpuPerCall(() => {
  for (const d of docs) parseDisclosure(textLayout(d.bytes, d.name));
}, seconds * 2000);
console.log(
  `both seeds in turn: ${(pair / 2).toFixed(2)} ms per document, ${(2000 / pair).toFixed(0)} documents/s`,
);
for (const { name, bytes } of docs) {
  const whole = cpuPerCall(() => parseDisclosure(textLayout(bytes, name)), seconds * 2000);
  console.log(`${name}: ${whole.toFixed(2)} ms per document (${(1000 / whole).toFixed(0)}/s)`);
  for (const [label, fn] of steps(bytes, name)) {
    const ms = cpuPerCall(fn, seconds * 1000);
    console.log(`  ${label.padEnd(30)} ${ms.toFixed(2).padStart(7)} ms`);
  }
}
