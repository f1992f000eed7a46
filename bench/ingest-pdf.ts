// bench/ingest-pdf: PDF → Layout over the corpus PDFs, warm: pages/s, documents/s and peak RSS.
// Target (issue 5): ≥ 50 pages/s on one core. pdfjs runs in-process (no worker thread), so CPU
// time is one core's time; "per cpu-second" is the figure to compare with the target when the
// machine is shared (wall-clock rates then drop). Prints numbers; asserts nothing.
// Usage: tsx bench/ingest-pdf.ts [seconds]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pdfLayout } from '../src/ingest/pdf/index.js';

const CORPUS = new URL('../../shared/corpus/', import.meta.url);
if (!existsSync(CORPUS)) {
  console.error('bench/ingest-pdf needs ../shared/corpus (the real PDFs)');
  process.exit(2);
}
const docs = readdirSync(CORPUS)
  .filter((n) => n.toLowerCase().endsWith('.pdf'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(new URL(name, CORPUS)) }));
const seconds = Number(process.argv[2] ?? 10);

async function pass(): Promise<number> {
  let pages = 0;
  for (const d of docs) pages += (await pdfLayout(d.bytes, d.name)).layout.pages;
  return pages;
}

await pass(); // warm up: pdfjs loaded, JIT warm
const start = performance.now();
const cpu0 = process.cpuUsage();
let pages = 0;
let documents = 0;
while (performance.now() - start < seconds * 1000) {
  pages += await pass();
  documents += docs.length;
}
const wall = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSec = (cpu.user + cpu.system) / 1e6;
console.log(`node ${process.version}; ${docs.length} PDFs; ${wall.toFixed(1)} s`);
console.log(
  `pages/s                 ${(pages / wall).toFixed(1)} wall, ${(pages / cpuSec).toFixed(1)} per cpu-second`,
);
console.log(
  `documents/s             ${(documents / wall).toFixed(2)} wall, ${(documents / cpuSec).toFixed(2)} per cpu-second`,
);
console.log(`cpu ms/page             ${((cpuSec / pages) * 1000).toFixed(2)}`);
console.log(`peak RSS MB             ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);
console.log(`heap used MB (end)      ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)}`);
