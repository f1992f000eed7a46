// Start a worker thread on one of our modules. From dist/ the entry is the compiled .js beside
// this file's tree; under vitest, which runs the TypeScript sources, it is the .ts file, and
// Node 20 does not apply `--import tsx` hooks to a worker's entry module, so a two-line bootstrap
// registers tsx's loader inside the worker and then imports the entry.
import { Worker, type WorkerOptions } from 'node:worker_threads';

const FROM_SOURCES = import.meta.url.endsWith('.ts');

/** `entry`: the module's URL without its extension, e.g. new URL('./worker', import.meta.url). */
export function startModuleWorker(entry: URL, opts: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const file = new URL(`${entry.href}${FROM_SOURCES ? '.ts' : '.js'}`);
  if (!FROM_SOURCES) return new Worker(file, opts);
  // Resolved here, not in the worker: an eval'd worker resolves from the working directory.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(bootstrap, { ...opts, eval: true });
}
