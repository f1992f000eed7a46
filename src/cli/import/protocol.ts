// The messages between the import pool and its workers: plain data only (structured clone).

export interface MemorySample {
  /** The whole process (threads share it). */
  rss: number;
  /** The worker's own V8 heap. */
  heapUsed: number;
  /** Buffers and other memory outside the heap held by the worker's objects. */
  external: number;
}

export type ToWorker<T> = { type: 'task'; id: number; task: T };

export type FromWorker<R> =
  | { type: 'ready'; memory: MemorySample }
  | { type: 'done'; id: number; result: R; memory: MemorySample };

export function memorySample(): MemorySample {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
}

/** What one import worker is asked to do. */
export interface ImportTask {
  path: string;
  profile?: string;
}
