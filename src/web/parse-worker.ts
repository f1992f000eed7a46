// Entry of the worker thread that reads one uploaded document: ingest and parse run here, so a
// document that makes pdfjs spin or eat memory costs this thread, never the server's.
import { parentPort, workerData } from 'node:worker_threads';
import { ingestFile } from '../ingest/index.js';
import { isInputError } from '../model/errors.js';
import { parseDisclosure } from '../parse/index.js';
import type { ParseReply, ParseTask } from './parse-in-worker.js';

const port = parentPort;
if (!port) throw new Error('src/web/parse-worker runs as a worker thread of the portal');
const task = workerData as ParseTask;

async function run(): Promise<ParseReply> {
  try {
    const d = parseDisclosure((await ingestFile(task.bytes, task.file)).layout);
    return { ok: true, json: JSON.stringify(d) };
  } catch (e) {
    if (isInputError(e)) return { ok: false, kind: e.kind, message: e.message };
    return { ok: false, kind: 'internal', message: (e as Error).message };
  }
}

void run().then((reply) => port.postMessage(reply));
