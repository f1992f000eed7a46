// Starts one import worker. The CLI runs from dist/ (bin/yusuan.js), where the entry is the
// compiled worker.js beside this module. Under vitest, which runs the TypeScript sources, this
// module is a .ts file: Node 20 does not apply `--import tsx` hooks to a worker's entry module, so
// a two-line bootstrap registers tsx's loader inside the worker and then imports worker.ts.
import { Worker, type ResourceLimits } from 'node:worker_threads';

const FROM_SOURCES = import.meta.url.endsWith('.ts');
const ENTRY = new URL(FROM_SOURCES ? './worker.ts' : './worker.js', import.meta.url);

export function spawnImportWorker(resourceLimits: ResourceLimits): Worker {
  if (!FROM_SOURCES) return new Worker(ENTRY, { resourceLimits });
  // Resolved here, not in the worker: an eval'd worker resolves from the working directory.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}
