// Entry of an import worker thread: takes one file at a time from the pool, answers with its
// outcome and Disclosure JSON, and a memory sample so the pool can report peaks.
import { parentPort } from 'node:worker_threads';
import { processFile, type ProcessedFile } from './process-file.js';
import { memorySample, type FromWorker, type ImportTask, type ToWorker } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('src/cli/import/worker runs as a worker thread of `yusuan import`');

port.on('message', (m: ToWorker<ImportTask>) => {
  const { path, ...opts } = m.task;
  void processFile(path, opts).then((result) => {
    const reply: FromWorker<ProcessedFile> = {
      type: 'done',
      id: m.id,
      result,
      memory: memorySample(),
    };
    port.postMessage(reply);
  });
});
port.postMessage({ type: 'ready', memory: memorySample() } satisfies FromWorker<ProcessedFile>);
