// bench/check: documents per second checking 10,000 disclosures (all rules, one thread), and the
// time per rule family. The documents are variants of the two parsed seeds: amounts perturbed,
// rows, tables and facts dropped, numbers left unplaced, tables and facts shuffled; each variant
// has its own objects, so nothing a rule caches per object carries over. Target (issue 3):
// ≥ 2,000 documents/s. Prints numbers; asserts nothing. Usage: npx tsx bench/check.ts [count]
import { existsSync, readFileSync } from 'node:fs';
import { checkDisclosure, ruleCatalog, type Rule } from '../src/check/index.js';
import { makeContext } from '../src/check/context.js';
import { textLayout } from '../src/ingest/index.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { fromCents, toCents } from '../src/model/money.js';
import { TABLE_KINDS, type Table, type TableRow } from '../src/model/table.js';
import { parseDisclosure } from '../src/parse/index.js';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const NAMES = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];
const missing = NAMES.filter((n) => !existsSync(new URL(n, SEEDS)));
if (missing.length) {
  console.error(
    `bench/check needs the seeds in ../shared/seeds (missing: ${missing.join(', ')}); ` +
      'run it from a checkout that has ../shared beside it',
  );
  process.exit(2);
}
const COUNT = Number(process.argv[2] ?? 10_000);
const WARMUP = 500;

/** mulberry32: a small deterministic generator, so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: T[], rnd: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function variantRow(row: TableRow, rnd: () => number): TableRow {
  const values: Record<string, number> = {};
  const unplaced = row.unplaced
    ? row.unplaced.map((u) => ({ ...u, candidates: [...u.candidates] }))
    : [];
  for (const [col, v] of Object.entries(row.values)) {
    const r = rnd();
    if (r < 0.03) {
      // a perturbed amount: a rounding-size or a real difference
      const delta = rnd() < 0.5 ? Math.floor(rnd() * 5) - 2 : Math.floor(rnd() * 20_000) - 10_000;
      values[col] = fromCents(Math.max(0, toCents(v) + delta));
    } else if (r < 0.04) {
      // left unplaced between this column and another
      unplaced.push({ value: v, candidates: [col, 'total'] });
    } else values[col] = v;
  }
  return { ...row, values, ...(unplaced.length ? { unplaced } : {}) };
}

function variantTable(t: Table, rnd: () => number): Table {
  let rows = t.rows.filter(() => rnd() > 0.02).map((r) => variantRow(r, rnd));
  if (rnd() < 0.02) rows = shuffle(rows, rnd);
  return { ...t, columns: t.columns.map((c) => ({ ...c })), rows };
}

function variant(d: Disclosure, rnd: () => number): Disclosure {
  const tables = shuffle(
    d.tables.filter(() => rnd() > 0.05).map((t) => variantTable(t, rnd)),
    rnd,
  );
  const facts = d.narrative.facts
    .filter(() => rnd() > 0.05)
    .map((f) =>
      f.amount !== undefined && rnd() < 0.05
        ? { ...f, amount: fromCents(toCents(f.amount) + 100) }
        : { ...f },
    );
  return {
    ...d,
    tables,
    narrative: {
      sections: d.narrative.sections.map((s) => ({ ...s })),
      facts: rnd() < 0.1 ? shuffle(facts, rnd) : facts,
    },
    projects: [...d.projects],
    performance: [...d.performance],
    glossary: rnd() < 0.05 ? [] : [...d.glossary],
    warnings: [...d.warnings],
  };
}

function build(count: number, seed: number, seeds: readonly Disclosure[]): Disclosure[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => variant(seeds[i % seeds.length]!, rnd));
}

/** Rules of one kind share a family: derived rules by identity kind, declared rules by id. */
function familyOf(rule: Rule): string {
  const [head, second, ...rest] = rule.id.split(':');
  if (head === 'table' && (TABLE_KINDS as readonly string[]).includes(second ?? ''))
    return `table:${rest.join(':').includes('=') ? 'column-sums' : rest.join(':')}`;
  if (head === 'cross') return 'cross';
  return rule.id;
}

const seeds = NAMES.map((n) => parseDisclosure(textLayout(readFileSync(new URL(n, SEEDS)), n)));
const rules = ruleCatalog();
console.log(`node ${process.version}; ${rules.length} rules; building ${COUNT} variants…`);
const t0 = performance.now();
const docs = build(COUNT, 1, seeds);
const warm = build(WARMUP, 2, seeds);
console.log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

for (const d of warm) checkDisclosure(d); // warm the JIT on other variants

let findings = 0;
const cpu0 = process.cpuUsage();
const start = performance.now();
for (const d of docs) findings += checkDisclosure(d).findings.length;
const wall = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `checkDisclosure: ${COUNT} documents in ${wall.toFixed(2)} s = ${(COUNT / wall).toFixed(0)} documents/s ` +
    `(${(COUNT / cpuSeconds).toFixed(0)} per CPU second, which other load on the machine does not ` +
    `lower; ${findings} findings kept)`,
);

// Per family: every rule timed on its own over the same documents (context built once each).
const families = new Map<string, { ms: number; rules: number; findings: number }>();
for (const r of rules) {
  const f = families.get(familyOf(r)) ?? { ms: 0, rules: 0, findings: 0 };
  f.rules++;
  families.set(familyOf(r), f);
}
let contextMs = 0;
for (const d of docs) {
  const c = performance.now();
  const ctx = makeContext(d, { keepPasses: false });
  contextMs += performance.now() - c;
  for (const r of rules) {
    const s = performance.now();
    const out = r.evaluate(d, ctx);
    const fam = families.get(familyOf(r))!;
    fam.ms += performance.now() - s;
    fam.findings += out.length;
  }
}
const total = [...families.values()].reduce((s, f) => s + f.ms, 0) + contextMs;
console.log(
  `\ntime per rule family over ${COUNT} documents (µs per document; share of the total):`,
);
const rows = [...families].sort((a, b) => b[1].ms - a[1].ms);
for (const [name, f] of rows)
  console.log(
    `  ${name.padEnd(44)} ${((f.ms * 1000) / COUNT).toFixed(1).padStart(8)} µs  ${((100 * f.ms) / total).toFixed(1).padStart(5)}%  ` +
      `(${f.rules} rule${f.rules === 1 ? '' : 's'}, ${(f.findings / COUNT).toFixed(1)} findings/doc)`,
  );
console.log(
  `  ${'makeContext'.padEnd(44)} ${((contextMs * 1000) / COUNT).toFixed(1).padStart(8)} µs  ${((100 * contextMs) / total).toFixed(1).padStart(5)}%`,
);
