// Parse an uploaded document in a worker thread of its own, with a time and a heap limit: the
// server keeps answering while it runs, and a document that hangs or bloats the reader is stopped
// (the thread terminated) and refused with a clear message. Uploads are rare (editors only), so a
// thread per upload is simpler than a pool and costs about as much as the parse itself.
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../ingest/module-worker.js';
import type { Disclosure } from '../model/disclosure.js';
import { InputError, type InputErrorKind } from '../model/errors.js';

export interface ParseTask {
  readonly bytes: Uint8Array;
  readonly file: string;
}

export type ParseReply =
  { ok: true; json: string } | { ok: false; kind: InputErrorKind | 'internal'; message: string };

export interface ParseLimits {
  /** From start to answer, the worker's start included. */
  readonly timeoutMs: number;
  /** V8 old-generation limit of the worker. */
  readonly heapMb: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { timeoutMs: 60_000, heapMb: 1024 };

function spawn(task: ParseTask, heapMb: number): Worker {
  return startModuleWorker(new URL('./parse-worker', import.meta.url), {
    workerData: task,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
}

/** The Disclosure of an uploaded document; InputError (naming the file) when it cannot be read. */
export function parseInWorker(
  bytes: Uint8Array,
  file: string,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<Disclosure> {
  return new Promise((resolve, reject) => {
    const worker = spawn({ bytes, file }, limits.heapMb);
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new InputError(
              'timeout',
              `${file}：读取超过 ${Math.round(limits.timeoutMs / 1000)} 秒，已停止。文件可能损坏或过于复杂。`,
              { file },
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.on('message', (reply: ParseReply) =>
      settle(() => {
        if (reply.ok) resolve(JSON.parse(reply.json) as Disclosure);
        else if (reply.kind === 'internal') reject(new Error(`${file}: ${reply.message}`));
        else reject(new InputError(reply.kind, reply.message, { file }));
      }),
    );
    worker.on('error', (e: Error & { code?: string }) =>
      settle(() =>
        reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new InputError(
                'too-large',
                `${file}：读取所需内存超过 ${limits.heapMb} MB，已停止。`,
                {
                  file,
                },
              )
            : new Error(`${file}: ${e.message}`),
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`${file}: the reader stopped (exit code ${code})`))),
    );
  });
}
