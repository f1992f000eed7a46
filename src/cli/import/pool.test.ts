import { Worker, type ResourceLimits } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool, type TaskResult } from './pool.js';

// A worker that misbehaves on request (plain CommonJS, run with eval): the pool must survive it.
const MISBEHAVING = `
const { parentPort } = require('node:worker_threads');
const memory = { rss: 1, heapUsed: 2, external: 3 };
parentPort.on('message', (m) => {
  const t = m.task;
  if (t === 'spin') for (;;) {}
  if (t === 'oom') { const keep = []; for (;;) keep.push(new Array(1e5).fill(Math.random())); }
  if (t === 'exit') process.exit(3);
  if (t === 'throw') throw new Error('boom');
  const reply = () => parentPort.postMessage({ type: 'done', id: m.id, result: t + '!', memory });
  if (t.startsWith('slow')) setTimeout(reply, 100); else reply();
});
parentPort.postMessage({ type: 'ready', memory });
`;

const spawn = (limits: ResourceLimits): Worker =>
  new Worker(MISBEHAVING, { eval: true, resourceLimits: limits });

let pool: WorkerPool<string, string> | undefined;
afterEach(async () => pool?.close());

function make(size: number, timeoutMs = 2_000, heapMb = 32): WorkerPool<string, string> {
  pool = new WorkerPool<string, string>({ size, timeoutMs, heapMb, spawn });
  return pool;
}

const brief = (r: TaskResult<string>) => (r.ok ? r.value : r.failure.kind);

describe('WorkerPool', () => {
  it('answers every task, with at most `size` workers', async () => {
    const p = make(3);
    const tasks = ['a', 'b', 'slow1', 'slow2', 'slow3', 'c', 'd'];
    const results = await Promise.all(tasks.map((t) => p.run(t)));
    expect(results.map(brief)).toEqual(tasks.map((t) => t + '!'));
    expect(p.started).toBe(3);
    expect(p.peak).toEqual({ rss: 1, heapUsed: 2, external: 3 });
  });

  it('stops a task over its time limit by terminating its worker, and goes on', async () => {
    const p = make(1, 300);
    const start = Date.now();
    const [spin, after] = await Promise.all([p.run('spin'), p.run('after')]);
    expect(spin.ok).toBe(false);
    expect(!spin.ok && spin.failure).toEqual({
      kind: 'timeout',
      message: expect.stringContaining('timed out after 0.3 s'),
    });
    expect(brief(after)).toBe('after!');
    expect(p.started).toBe(2); // the stuck worker was replaced
    expect(Date.now() - start).toBeLessThan(5_000);
  });

  it('reports a worker that ran out of heap, one that exited and one that threw', async () => {
    const p = make(2);
    const results = await Promise.all(['oom', 'exit', 'throw', 'fine'].map((t) => p.run(t)));
    expect(results.map(brief)).toEqual(['out-of-memory', 'crashed', 'crashed', 'fine!']);
    const [oom, exit, thrown] = results.map((r) => (r.ok ? '' : r.failure.message));
    expect(oom).toContain('ran out of memory (worker heap limit 32 MB)');
    expect(exit).toContain('exit code 3');
    expect(thrown).toContain('boom');
  });

  it('fails every task with one clear reason when no worker can start', async () => {
    pool = new WorkerPool<string, string>({
      size: 2,
      timeoutMs: 1_000,
      heapMb: 32,
      spawn: (limits) =>
        new Worker('throw new Error("no entry")', { eval: true, resourceLimits: limits }),
    });
    const results = await Promise.all(['a', 'b', 'c'].map((t) => pool!.run(t)));
    for (const r of results) {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.failure.kind).toBe('internal');
      expect(!r.ok && r.failure.message).toContain('could not start (no entry)');
    }
  });

  it('does not wait forever for a worker that never gets ready', async () => {
    pool = new WorkerPool<string, string>({
      size: 1,
      timeoutMs: 300,
      heapMb: 32,
      spawn: (limits) =>
        new Worker('setInterval(() => {}, 1000)', { eval: true, resourceLimits: limits }),
    });
    const r = await pool.run('a');
    expect(!r.ok && r.failure.message).toContain('could not start (not ready after 0.3 s)');
  });
});
