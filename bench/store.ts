// bench/store: import rate into each database. Stores N copies of the two parsed seeds (each copy
// under its own department name and year, so every save is a new department or year, not a new
// version), with their check findings and source bytes, one transaction each, and prints
// disclosures/s for SQLite (a temp file) and PostgreSQL (DATABASE_URL, else a throwaway cluster
// when the server binaries are installed); then times a few reads on the loaded database.
// Numbers only; asserts nothing. Usage: tsx bench/store.ts [N]
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEntry } from '../src/check/index.js';
import { textLayout } from '../src/ingest/index.js';
import type { CheckEntry } from '../src/model/check-report.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { parseDisclosure } from '../src/parse/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { hasPostgres, startPostgres } from '../test/helpers/postgres.js';

const N = Number(process.argv[2] ?? 2000);
const SEEDS = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];
const seedDir = new URL('../../shared/seeds/', import.meta.url);

interface Seed {
  disclosure: Disclosure;
  entry: CheckEntry;
  bytes: Uint8Array;
}
let seeds: Seed[];
try {
  seeds = SEEDS.map((name) => {
    const bytes = readFileSync(new URL(name, seedDir));
    const disclosure = parseDisclosure(textLayout(bytes, name));
    return { disclosure, entry: checkEntry(name, disclosure), bytes };
  });
} catch {
  console.error('bench/store needs ../shared/seeds');
  process.exit(2);
}

// Copy i: seed i % 2, department "<name>（副本 k）", year 2016 + (i / 2) % 10.
function copy(i: number): { disclosure: Disclosure; entry: CheckEntry; bytes: Uint8Array } {
  const seed = seeds[i % 2]!;
  const d: Disclosure = {
    ...seed.disclosure,
    identity: {
      ...seed.disclosure.identity,
      department: `${seed.disclosure.identity.department}（副本${Math.floor(i / 20)}）`,
      year: 2016 + (Math.floor(i / 2) % 10),
    },
  };
  return { disclosure: d, entry: seed.entry, bytes: seed.bytes };
}

async function time<T>(label: string, runs: number, f: () => Promise<T>): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(`  ${label.padEnd(34)} p50 ${p(0.5)} ms  p99 ${p(0.99)} ms`);
}

async function run(label: string, store: Store, after?: () => string): Promise<void> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let last = t0;
  for (let i = 0; i < N; i++) {
    const c = copy(i);
    await store.saveDisclosure({
      disclosure: c.disclosure,
      report: c.entry,
      sourceBytes: c.bytes,
      sourceFormat: 'text',
    });
    if ((i + 1) % 500 === 0 && i + 1 < N) {
      const now = performance.now();
      console.log(`  ${i + 1} stored, last 500 at ${(500 / ((now - last) / 1000)).toFixed(0)}/s`);
      last = now;
    }
  }
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / N;
  console.log(
    `${label}: ${N} disclosures in ${s.toFixed(1)} s = ${(N / s).toFixed(0)} disclosures/s (this process: ${cpuMs.toFixed(1)} ms CPU each)${after ? `, ${after()}` : ''}`,
  );
  const a0 = performance.now();
  await store.analyze();
  console.log(`  analyze() after the load: ${(performance.now() - a0).toFixed(0)} ms`);
  const [latest, other] = await store.latestDisclosures(2);
  await time('disclosure(id) (meta+JSON+findings)', 50, () => store.disclosure(latest!.id));
  await time('department(id)', 50, () => store.department(latest!.departmentId));
  await time('trends(department)', 50, () => store.trends(latest!.departmentId));
  await time('latestDisclosures(20)', 50, () => store.latestDisclosures(20));
  await time('listDepartments(region 新疆, 100)', 20, () =>
    store.listDepartments({ region: '新疆', limit: 100 }),
  );
  await time('regions()', 20, () => store.regions());
  await time('compare(2)', 50, () => store.compare([latest!.id, other!.id]));
  await time('aggregate(region 新疆, year 2020)', 20, () =>
    store.aggregate({ region: '新疆', year: 2020 }),
  );
  await time('search 办公 (limit 20)', 20, () => store.search('办公'));
  await time('search 办公厅 (limit 20)', 20, () => store.search('办公厅'));
  await time('search 厅 (limit 20, LIKE)', 20, () => store.search('厅'));
  await time('tableFacts(code 201, year 2020)', 20, () =>
    store.tableFacts({ code: '201', year: 2020, limit: 100 }),
  );
  await store.close();
}

console.log(`bench/store: ${N} disclosures per database (copies of ${SEEDS.length} seeds)`);
const dir = mkdtempSync(join(tmpdir(), 'yusuan-bench-store-'));
try {
  const file = join(dir, 'bench.db');
  await run(
    'SQLite',
    await openStore(file),
    () => `file ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (process.env.DATABASE_URL?.startsWith('postgres')) {
  await run('PostgreSQL (DATABASE_URL)', await openStore(process.env.DATABASE_URL));
} else if (hasPostgres()) {
  const cluster = await startPostgres();
  try {
    await run(
      'PostgreSQL (throwaway cluster, fsync off)',
      await openStore(await cluster.newDatabase()),
    );
  } finally {
    cluster.stop();
  }
} else console.log('PostgreSQL: skipped (no server binaries; set DATABASE_URL)');
