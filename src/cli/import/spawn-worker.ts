// Starts one import worker (worker.ts beside this module; see ingest/module-worker for how).
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { startModuleWorker } from '../../ingest/module-worker.js';

export function spawnImportWorker(resourceLimits: ResourceLimits): Worker {
  return startModuleWorker(new URL('./worker', import.meta.url), { resourceLimits });
}
