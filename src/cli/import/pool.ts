// A pool of worker threads, one task per worker at a time. Each task has a time limit, enforced
// by terminating its worker (pdfjs can spin in synchronous code: only a terminated thread is a
// real bound), and each worker a heap limit; a worker that times out, runs out of memory or
// crashes fails its task alone and is replaced by a fresh one.
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { messages } from '../messages.js';
import type { Failure } from './index-row.js';
import type { FromWorker, MemorySample } from './protocol.js';

/**
 * `ms`: from hand-over to a worker to its answer (0 when the task never reached one); `memory`:
 * the answering worker's sample (absent when it was lost).
 */
export type TaskResult<R> = Outcome<R> & { ms: number; memory?: MemorySample };
type Outcome<R> = { ok: true; value: R; memory: MemorySample } | { ok: false; failure: Failure };

export interface PoolOptions {
  /** Workers running at once. */
  size: number;
  /** Per task, from hand-over to answer; also bounds a worker's start. */
  timeoutMs: number;
  /** V8 old-generation limit of each worker. */
  heapMb: number;
  /** Start one worker (the import's entry by default; tests start misbehaving ones). */
  spawn: (resourceLimits: ResourceLimits) => Worker;
}

/** Largest memory figures any worker reported (bytes). */
export interface MemoryPeak {
  rss: number;
  heapUsed: number;
  external: number;
}

interface Pending<T, R> {
  id: number;
  task: T;
  resolve: (r: TaskResult<R>) => void;
}

interface Slot<T, R> {
  worker: Worker;
  ready: boolean;
  current?: Pending<T, R> & { timer: NodeJS.Timeout; started: number };
  error?: Error & { code?: string };
}

export class WorkerPool<T, R> {
  readonly peak: MemoryPeak = { rss: 0, heapUsed: 0, external: 0 };
  private spawned = 0;
  private readonly slots = new Set<Slot<T, R>>();
  private readonly queue: Pending<T, R>[] = [];
  private nextId = 1;
  private closed = false;
  /** Set when a worker died before it was ready: no worker will start, every task fails. */
  private startFailure: Failure | undefined;

  constructor(private readonly opts: PoolOptions) {}

  /** Workers started, replacements included. */
  get started(): number {
    return this.spawned;
  }

  run(task: T): Promise<TaskResult<R>> {
    if (this.closed) throw new Error('the worker pool is closed');
    return new Promise((resolve) => {
      if (this.startFailure) return resolve({ ok: false, failure: this.startFailure, ms: 0 });
      this.queue.push({ id: this.nextId++, task, resolve });
      this.pump();
    });
  }

  /** Stop every worker; tasks not yet answered are dropped unanswered. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    const workers = [...this.slots].map((s) => {
      if (s.current) clearTimeout(s.current.timer);
      return s.worker.terminate();
    });
    this.slots.clear();
    await Promise.allSettled(workers);
  }

  private pump(): void {
    if (this.closed || this.startFailure) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.current) this.dispatch(slot, this.queue.shift()!);
    }
    // Start workers for what is still queued (those starting will take some of it).
    let starting = [...this.slots].filter((s) => !s.ready).length;
    while (this.slots.size < this.opts.size && starting < this.queue.length) {
      if (!this.spawn()) return;
      starting++;
    }
  }

  private dispatch(slot: Slot<T, R>, p: Pending<T, R>): void {
    const timer = setTimeout(() => this.timeOut(slot), this.opts.timeoutMs);
    slot.current = { ...p, timer, started: performance.now() };
    slot.worker.postMessage({ type: 'task', id: p.id, task: p.task });
  }

  private settle(slot: Slot<T, R>, outcome: Outcome<R>): void {
    const current = slot.current;
    if (!current) return;
    clearTimeout(current.timer);
    slot.current = undefined;
    current.resolve({ ...outcome, ms: performance.now() - current.started });
  }

  private timeOut(slot: Slot<T, R>): void {
    this.slots.delete(slot);
    const failure = { kind: 'timeout', message: messages.importTimedOut(this.opts.timeoutMs) };
    this.settle(slot, { ok: false, failure });
    void slot.worker.terminate();
    this.pump();
  }

  private record(m: MemorySample): void {
    this.peak.rss = Math.max(this.peak.rss, m.rss);
    this.peak.heapUsed = Math.max(this.peak.heapUsed, m.heapUsed);
    this.peak.external = Math.max(this.peak.external, m.external);
  }

  private spawn(): boolean {
    let worker: Worker;
    try {
      worker = this.opts.spawn({ maxOldGenerationSizeMb: this.opts.heapMb });
    } catch (e) {
      this.failAll(messages.importWorkerCannotStart((e as Error).message));
      return false;
    }
    this.spawned++;
    const slot: Slot<T, R> = { worker, ready: false };
    this.slots.add(slot);
    // A worker that never gets ready would hold its queue forever: loading is bounded too.
    const startTimer = setTimeout(() => {
      if (!this.slots.has(slot) || slot.ready) return;
      this.failAll(
        messages.importWorkerCannotStart(`not ready after ${this.opts.timeoutMs / 1000} s`),
      );
    }, this.opts.timeoutMs);
    worker.on('message', (m: FromWorker<R>) => {
      this.record(m.memory);
      if (m.type === 'ready') {
        slot.ready = true;
        clearTimeout(startTimer);
      } else if (slot.current?.id === m.id)
        this.settle(slot, { ok: true, value: m.result, memory: m.memory });
      this.pump();
    });
    worker.on('error', (e) => (slot.error = e));
    worker.on('exit', (code) => {
      clearTimeout(startTimer);
      this.exited(slot, code);
    });
    return true;
  }

  private exited(slot: Slot<T, R>, code: number): void {
    if (!this.slots.delete(slot) || this.closed) return; // timed out or closing: already handled
    if (!slot.ready) {
      this.failAll(messages.importWorkerCannotStart(slot.error?.message ?? `exit code ${code}`));
      return;
    }
    const e = slot.error;
    const failure: Failure =
      e?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { kind: 'out-of-memory', message: messages.importOutOfMemory(this.opts.heapMb) }
        : {
            kind: 'crashed',
            message: messages.importWorkerCrashed(e?.message ?? `exit code ${code}`),
          };
    this.settle(slot, { ok: false, failure });
    this.pump();
  }

  private failAll(message: string): void {
    this.startFailure = { kind: 'internal', message };
    const failure = this.startFailure;
    for (const slot of this.slots) {
      this.settle(slot, { ok: false, failure });
      void slot.worker.terminate();
    }
    this.slots.clear();
    for (const p of this.queue.splice(0)) p.resolve({ ok: false, failure, ms: 0 });
  }
}
