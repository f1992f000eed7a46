// An import run: find the inputs, hand them to the worker pool, write each document as it
// finishes, and end with the index. Used by `yusuan import` and by bench/import.
import { availableParallelism } from 'node:os';
import { InputError } from '../../model/errors.js';
import { messages } from '../messages.js';
import { DEFAULT_OUT_DIR, IMPORT_TIMEOUT_MS, IMPORT_WORKER_HEAP_MB } from './defaults.js';
import type { FileOutcome, ImportIndex, IndexRow } from './index-row.js';
import { failedOutcome } from './index-row.js';
import { collectInputs, DOCUMENT_EXTENSIONS } from './inputs.js';
import { OutputDir } from './output-dir.js';
import { outputNames } from './output-names.js';
import { WorkerPool, type MemoryPeak, type PoolOptions, type TaskResult } from './pool.js';
import type { ProcessedFile } from './process-file.js';
import type { ImportTask, MemorySample } from './protocol.js';
import { spawnImportWorker } from './spawn-worker.js';

export interface ImportOptions {
  outDir?: string;
  /** Workers at once (default: os.availableParallelism()). */
  jobs?: number;
  timeoutMs?: number;
  heapMb?: number;
  profile?: string;
  /** Stops the run: unfinished files are left out, the index is written with complete: false. */
  signal?: AbortSignal;
  /** Called once the inputs are known, before any is read. */
  onStart?: (total: number) => void;
  /** Called as each document finishes (progress, bench memory samples). */
  onRow?: (row: IndexRow, state: RunState) => void;
  /** Start workers differently (tests). */
  spawn?: PoolOptions['spawn'];
}

export interface RunState {
  done: number;
  total: number;
  /** Largest figures any worker reported so far. */
  workerPeak: MemoryPeak;
  /** Workers started so far, replacements included. */
  workersStarted: number;
  /** The sample of the worker that read this document (absent when the worker was lost). */
  workerMemory?: MemorySample;
}

export interface ImportRun {
  index: ImportIndex;
  files: { json: string; csv: string };
  workerPeak: MemoryPeak;
  workersStarted: number;
}

function rowOf(file: string, output: string, result: TaskResult<ProcessedFile>): IndexRow {
  const outcome: FileOutcome = result.ok ? result.value.outcome : failedOutcome(result.failure);
  const parsed = result.ok && result.value.json !== null;
  return {
    file,
    output: parsed ? output : null,
    ...outcome,
    seconds: Math.round(result.ms) / 1000,
  };
}

function countsOf(rows: readonly IndexRow[]): ImportIndex['counts'] {
  const n = (s: IndexRow['status']) => rows.filter((r) => r.status === s).length;
  return {
    files: rows.length,
    ok: n('ok'),
    parseWarnings: n('parse-warnings'),
    failed: n('failed'),
  };
}

export async function runImport(
  args: readonly string[],
  opts: ImportOptions = {},
): Promise<ImportRun> {
  const started = new Date();
  const t0 = performance.now();
  const outDir = opts.outDir ?? DEFAULT_OUT_DIR;
  const { files, problems } = collectInputs(args, outDir);
  if (files.length === 0 && problems.length === 0)
    throw new InputError('unreadable', messages.importNoInputs(args, [...DOCUMENT_EXTENSIONS]));
  const out = new OutputDir(outDir);
  const names = outputNames(files);
  const rows: (IndexRow | undefined)[] = [];
  const total = problems.length + files.length;
  const pool = new WorkerPool<ImportTask, ProcessedFile>({
    size: Math.max(1, Math.min(opts.jobs ?? availableParallelism(), files.length)),
    timeoutMs: opts.timeoutMs ?? IMPORT_TIMEOUT_MS,
    heapMb: opts.heapMb ?? IMPORT_WORKER_HEAP_MB,
    spawn: opts.spawn ?? spawnImportWorker,
  });
  opts.onStart?.(total);
  let done = 0;
  const finish = async (
    i: number,
    row: IndexRow,
    json: string | null,
    workerMemory?: MemorySample,
  ): Promise<void> => {
    if (opts.signal?.aborted) return;
    await out.add(row, json);
    rows[i] = row;
    done++;
    opts.onRow?.(row, {
      done,
      total,
      workerPeak: { ...pool.peak },
      workersStarted: pool.started,
      ...(workerMemory ? { workerMemory } : {}),
    });
  };

  const work: Promise<void>[] = problems.map((p, i) =>
    finish(i, { file: p.file, output: null, ...failedOutcome(p.reason), seconds: 0 }, null),
  );
  const task = { ...(opts.profile ? { profile: opts.profile } : {}) };
  files.forEach((path, k) => {
    const i = problems.length + k;
    work.push(
      pool
        .run({ path, ...task })
        .then((r) => finish(i, rowOf(path, names[k]!, r), r.ok ? r.value.json : null, r.memory)),
    );
  });
  const aborted = new Promise<void>((resolve) => {
    if (opts.signal?.aborted) resolve();
    opts.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  try {
    await Promise.race([Promise.all(work), aborted]);
  } finally {
    await pool.close();
  }

  const documents = rows.filter((r): r is IndexRow => r !== undefined);
  const index: ImportIndex = {
    version: 1,
    complete: documents.length === total,
    started: started.toISOString(),
    seconds: Math.round(performance.now() - t0) / 1000,
    inputs: total,
    counts: countsOf(documents),
    documents,
  };
  return {
    index,
    files: out.finish(index),
    workerPeak: { ...pool.peak },
    workersStarted: pool.started,
  };
}
