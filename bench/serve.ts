// bench/serve: the portal under load. Loads N disclosures (default 10,000: copies of the two
// parsed seeds under 2,000 made-up department names × 5 years, saved through the store with the
// seed's check result) into each database, prints the import rate, then starts the server on
// localhost and has 50 concurrent clients request disclosure pages and aggregate queries,
// printing p50/p99 latency. Targets (issue 6): page p99 < 50 ms, aggregate p99 < 200 ms.
//
//   npx tsx bench/serve.ts [N] [--requests R] [--sqlite-only] [--no-prerender] [--keep FILE]
//
// After the load, every page body and print is drawn once and stored (as the portal does after a
// publish; timed and printed) unless --no-prerender, which leaves them to be drawn on first
// request. Clients send Accept-Encoding: gzip, as browsers do (the portal sends stored gzip
// prints as they are); one measurement is repeated without it. --keep FILE loads the SQLite
// database into FILE and keeps it: a later run with the same FILE and N skips the load, to
// measure again on a quiet machine.
// Pages are asked for two ways: "hot" (a set of 200 disclosures, as when readers follow the
// same links; served from the page cache after the first hit) and "cold" (any of the N, from
// the stored body). Aggregates ask for a random year and region; the portal caches each result
// until the next publish, so the store's own query time is printed too. Last, a server without
// memory caches answers pages and aggregates straight from the database.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { checkEntry } from '../src/check/index.js';
import type { CheckEntry } from '../src/model/check-report.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { openStore, type Store } from '../src/store/index.js';
import { prerenderPages } from '../src/web/page-bodies.js';
import { startServer } from '../src/web/server.js';
import { parsedSeed } from '../test/golden/load.js';
import { hasShared } from '../test/helpers/shared.js';
import { hasPostgres, startPostgres } from '../test/helpers/postgres.js';

const SEEDS = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];
if (!SEEDS.every((s) => hasShared('seeds', s))) {
  console.error('bench/serve needs ../shared/seeds (000 and 004)');
  process.exit(2);
}

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const REQUESTS = opt('--requests', 2000);
const CLIENTS = 50;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const DEPARTMENTS = Math.max(1, Math.ceil(N / YEARS.length));
const REGION_PREFIX = ['新疆维吾尔自治区', '新疆维吾尔自治区喀什地区', '上海市普陀区'];

const bases: { d: Disclosure; entry: CheckEntry }[] = SEEDS.map((s) => {
  const d = parsedSeed(s).disclosure;
  return { d, entry: checkEntry(s, d) };
});

/** The i-th copy: a department name and year of its own, the seed's tables and text. */
function copy(i: number): { d: Disclosure; entry: CheckEntry } {
  const base = bases[i % bases.length]!;
  const dept = i % DEPARTMENTS;
  const name = `${REGION_PREFIX[dept % REGION_PREFIX.length]}第${dept + 1}示例局`;
  const d: Disclosure = {
    ...base.d,
    identity: {
      ...base.d.identity,
      department: name,
      year: YEARS[Math.floor(i / DEPARTMENTS) % YEARS.length]!,
    },
    tables: base.d.tables.map((t) => ({ ...t, department: name })),
    source: { ...base.d.source, file: `copy-${i}.txt` },
  };
  return { d, entry: { ...base.entry, place: d.source.file } };
}

function pct(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function load(store: Store): Promise<number[]> {
  const ids: number[] = [];
  const t0 = performance.now();
  let last = t0;
  for (let i = 0; i < N; i++) {
    const { d, entry } = copy(i);
    ids.push((await store.saveDisclosure({ disclosure: d, report: entry })).disclosureId);
    if (performance.now() - last > 15_000) {
      last = performance.now();
      process.stderr.write(`  ${i + 1}/${N}…\n`);
    }
  }
  const s = (performance.now() - t0) / 1000;
  console.log(
    `  import: ${N} disclosures in ${s.toFixed(1)} s = ${(N / s).toFixed(0)} disclosures/s`,
  );
  return ids;
}

// The clients run in a child process, so their fetching and decoding share neither the server's
// event loop nor its CPU account: the server's CPU time per request is reported beside the
// latencies, a figure other load on the (shared, 2-core) machine disturbs much less.
const CLIENT_JS = `
const http = require('node:http');
const { urls, clients, gzip } = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const headers = gzip ? { 'accept-encoding': 'gzip' } : {};
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
function get(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode === 200));
      res.on('error', () => resolve(false));
    });
    req.on('error', () => resolve(false));
  });
}
(async () => {
  const times = [];
  let errors = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < urls.length) {
      const url = urls[next++];
      const start = performance.now();
      if (!(await get(url))) errors++;
      times.push(performance.now() - start);
    }
  }));
  agent.destroy();
  process.stdout.write(JSON.stringify({ times, errors, wall: (performance.now() - t0) / 1000 }));
})();
`;

async function hammer(label: string, path: () => string, base: string, gzip = true): Promise<void> {
  const urls = Array.from({ length: REQUESTS }, () => base + path());
  const cpu0 = process.cpuUsage();
  const { times, errors, wall } = await new Promise<{
    times: number[];
    errors: number;
    wall: number;
  }>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CLIENT_JS], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.once('error', reject);
    child.once('close', () => {
      try {
        resolve(JSON.parse(out));
      } catch (e) {
        reject(e);
      }
    });
    child.stdin.end(JSON.stringify({ urls, clients: CLIENTS, gzip }));
  });
  const cpu = process.cpuUsage(cpu0);
  const cpuPerRequest = (cpu.user + cpu.system) / 1000 / times.length;
  times.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(30)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms   p99 ${pct(times, 99).toFixed(1).padStart(7)} ms   ${(times.length / wall).toFixed(0).padStart(5)} req/s   server CPU ${cpuPerRequest.toFixed(2)} ms/req${errors ? `   ${errors} errors` : ''}`,
  );
}

async function run(label: string, url: string, reuse = false): Promise<void> {
  console.log(`\n${label}`);
  const store = await openStore(url);
  try {
    // A kept file from an earlier run: its N disclosures have ids 1…N.
    const kept = reuse && (await store.latestDisclosures(1))[0]?.id === N;
    if (kept) console.log(`  reusing the ${N} disclosures already in ${url}`);
    const ids = kept ? Array.from({ length: N }, (_, i) => i + 1) : await load(store);
    if (!kept && !args.includes('--no-prerender')) {
      const t = performance.now();
      const n = await prerenderPages(store, ids, false);
      const s = (performance.now() - t) / 1000;
      console.log(
        `  prerender: ${n} page bodies in ${s.toFixed(1)} s = ${(n / s).toFixed(0)} pages/s`,
      );
    }
    await store.analyze();
    // The query itself, uncached (the portal caches results until the next publish).
    const direct: number[] = [];
    for (const year of YEARS)
      for (const region of ['新疆', '上海']) {
        const t = performance.now();
        await store.aggregate({ year, region, kind: '预算' });
        direct.push(performance.now() - t);
      }
    direct.sort((a, b) => a - b);
    console.log(
      `  store.aggregate, uncached, one at a time: p50 ${pct(direct, 50).toFixed(1)} ms, max ${direct.at(-1)!.toFixed(1)} ms`,
    );
    const server = await startServer({ store, port: 0, renderDocument: null });
    const base = server.url.replace(/\/$/, '');
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
    const hot = ids.slice(0, 200);
    try {
      await hammer('warm-up', () => `/disclosures/${pick(hot)}`, base);
      await hammer('disclosure page (hot 200)', () => `/disclosures/${pick(hot)}`, base);
      await hammer(`disclosure page (cold, ${N})`, () => `/disclosures/${pick(ids)}`, base);
      await hammer('same, client without gzip', () => `/disclosures/${pick(ids)}`, base, false);
      await hammer(
        'aggregate API',
        () =>
          `/api/aggregate?year=${pick(YEARS)}&region=${encodeURIComponent(pick(['新疆', '上海']))}`,
        base,
      );
      await hammer(
        'aggregate page',
        () => `/aggregate?year=${pick(YEARS)}&region=${encodeURIComponent('新疆')}&kind=预算`,
        base,
      );
    } finally {
      await server.close();
    }
    // No memory caches: every page from its stored body, every aggregate from the store.
    const bare = await startServer({
      store,
      port: 0,
      renderDocument: null,
      pageCacheSize: 0,
      aggregateCacheSize: 0,
    });
    const bareBase = bare.url.replace(/\/$/, '');
    try {
      await hammer(`page, no memory cache (${N})`, () => `/disclosures/${pick(ids)}`, bareBase);
      await hammer(
        'aggregate API, no memory cache',
        () =>
          `/api/aggregate?year=${pick(YEARS)}&region=${encodeURIComponent(pick(['新疆', '上海']))}`,
        bareBase,
      );
    } finally {
      await bare.close();
    }
  } finally {
    await store.close();
  }
}

console.log(
  `bench/serve: ${N} disclosures, ${CLIENTS} concurrent clients, ${REQUESTS} requests per measurement`,
);
const dir = mkdtempSync(join(tmpdir(), 'yusuan-bench-'));
try {
  const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;
  await run('SQLite (file)', keep ?? join(dir, 'bench.db'), keep !== undefined);
  if (args.includes('--sqlite-only')) console.log('\nPostgreSQL: skipped (--sqlite-only)');
  else if (!hasPostgres() || !existsSync('/usr/lib/postgresql'))
    console.log('\nPostgreSQL: skipped (no initdb/pg_ctl)');
  else {
    const pg = await startPostgres();
    try {
      await run('PostgreSQL', await pg.newDatabase());
    } finally {
      pg.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
