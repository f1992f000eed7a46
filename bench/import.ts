// bench/import: `yusuan import` over many files. Links the corpus PDFs and the seeds into a temp
// directory until there are N files (default 2,000), imports them with the worker pool (workers
// run the compiled dist/, as the CLI does: `npm run build` first), and prints PDF pages/s,
// documents/s and memory: the process's peak RSS (worker threads live in the same process, so
// this is main + workers) and the largest worker heap, at 200, 1,000 and N files, so that flat
// (not growing) memory is visible. Numbers only; asserts nothing.
// Usage: tsx bench/import.ts [files] [jobs]
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { IndexRow } from '../src/cli/import/index-row.js';
import type { MemorySample } from '../src/cli/import/protocol.js';
import { runImport } from '../src/cli/import/run-import.js';

const SHARED = new URL('../../shared/', import.meta.url);
const WORKER = new URL('../dist/cli/import/worker.js', import.meta.url);
if (!existsSync(new URL('corpus/', SHARED)) || !existsSync(new URL('seeds/', SHARED))) {
  console.error('bench/import needs ../shared/corpus and ../shared/seeds');
  process.exit(2);
}
if (!existsSync(WORKER)) {
  console.error('bench/import runs the compiled workers: npm run build first');
  process.exit(2);
}

const total = Number(process.argv[2] ?? 2000);
const jobs = Number(process.argv[3] ?? availableParallelism());
const CHECKPOINTS = [200, 1000, total].filter((n, i, a) => n <= total && a.indexOf(n) === i);

const sources = [
  ...readdirSync(new URL('corpus/', SHARED))
    .filter((n) => n.toLowerCase().endsWith('.pdf'))
    .map((n) => fileURLToPath(new URL(`corpus/${n}`, SHARED))),
  ...readdirSync(new URL('seeds/', SHARED))
    .filter((n) => n.endsWith('.txt'))
    .map((n) => fileURLToPath(new URL(`seeds/${n}`, SHARED))),
].sort();

const tmp = mkdtempSync(join(tmpdir(), 'yusuan-bench-import-'));
const input = join(tmp, 'in');
mkdirSync(input);
for (let i = 0; i < total; i++) {
  const src = sources[i % sources.length]!;
  const ext = src.slice(src.lastIndexOf('.'));
  symlinkSync(src, join(input, `${String(i).padStart(5, '0')}${ext}`));
}

const MB = 1024 * 1024;
const mb = (n: number) => (n / MB).toFixed(0).padStart(6);
const window = { heapUsed: 0, external: 0 };
const lines: string[] = [];
let mainHeapPeak = 0;
const spawn = (resourceLimits: ResourceLimits) => new Worker(WORKER, { resourceLimits });

const onRow = (_row: IndexRow, state: { done: number; workerMemory?: MemorySample }) => {
  const m = process.memoryUsage();
  mainHeapPeak = Math.max(mainHeapPeak, m.heapUsed);
  if (state.workerMemory) {
    window.heapUsed = Math.max(window.heapUsed, state.workerMemory.heapUsed);
    window.external = Math.max(window.external, state.workerMemory.external);
  }
  if (CHECKPOINTS.includes(state.done)) {
    lines.push(
      `${String(state.done).padStart(6)}  ${mb(m.rss)}  ${mb(m.heapUsed)}  ${mb(window.heapUsed)}  ${mb(window.external)}`,
    );
    window.heapUsed = 0;
    window.external = 0;
  }
};

const cpu0 = process.cpuUsage();
const run = await runImport([input], { outDir: join(tmp, 'out'), jobs, spawn, onRow });
const cpu = process.cpuUsage(cpu0);
rmSync(tmp, { recursive: true, force: true });

const rows = run.index.documents;
const pdfPages = rows.filter((r) => r.format === 'pdf').reduce((n, r) => n + (r.pages ?? 0), 0);
const pdfSeconds = rows.filter((r) => r.format === 'pdf').reduce((n, r) => n + r.seconds, 0);
const wall = run.index.seconds;
const cpuSec = (cpu.user + cpu.system) / 1e6;
const c = run.index.counts;
console.log(
  `node ${process.version}; ${rows.length} files (${sources.length} sources linked); ${jobs} workers; ${wall.toFixed(1)} s`,
);
console.log(
  `status                  ok ${c.ok}, parse-warnings ${c.parseWarnings}, failed ${c.failed}`,
);
console.log(`PDF pages/s             ${(pdfPages / wall).toFixed(1)} wall (all workers)`);
console.log(
  `PDF pages/s per worker  ${(pdfPages / pdfSeconds).toFixed(1)} (PDF pages / worker seconds on PDFs: ingest + parse + check)`,
);
console.log(
  `PDF pages per cpu-s     ${(pdfPages / cpuSec).toFixed(1)} (all cpu time counted, seeds too: a floor for one core)`,
);
console.log(`documents/s             ${(rows.length / wall).toFixed(2)} wall`);
console.log(`cpu-seconds             ${cpuSec.toFixed(1)} (all threads)`);
console.log(`workers started         ${run.workersStarted}`);
console.log(
  `peak RSS MB             ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} (one process: main + worker threads)`,
);
console.log(`main heap peak MB       ${mb(mainHeapPeak).trim()}`);
console.log(
  `worker heap peak MB     ${mb(run.workerPeak.heapUsed)} (external ${mb(run.workerPeak.external).trim()})`,
);
console.log('files   RSS MB  main heap  worker heap max  worker external max (since last line)');
for (const l of lines) console.log(l);
