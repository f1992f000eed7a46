// runImport: the partial index as documents finish, an interrupted run, and workers that hang or
// run out of memory (through the real index writers, with stand-in workers).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportIndexSchema, IndexRowSchema } from '../../src/cli/import/index-row.js';
import { runImport } from '../../src/cli/import/run-import.js';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.js';

const TMP = mkdtempSync(join(tmpdir(), 'yusuan-import-run-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

// Hangs on stuck.txt, exhausts its heap on oom.txt, answers anything else as a parsed document.
const STAND_IN = `
const { parentPort } = require('node:worker_threads');
const memory = { rss: 0, heapUsed: 0, external: 0 };
parentPort.on('message', (m) => {
  const path = m.task.path;
  if (path.endsWith('stuck.txt')) for (;;) {}
  if (path.endsWith('oom.txt')) { const keep = []; for (;;) keep.push(new Array(1e5).fill(1.5)); }
  const outcome = { department: '测试部门', kind: '预算', year: 2025, total: 1.5, unit: '万元',
    errors: 0, warnings: 0, parseWarnings: 0, status: 'ok', reason: null, format: 'text', pages: 1 };
  parentPort.postMessage({ type: 'done', id: m.id, result: { outcome, json: '{}' }, memory });
});
parentPort.postMessage({ type: 'ready', memory });
`;
const standIn = (limits: ResourceLimits): Worker =>
  new Worker(STAND_IN, { eval: true, resourceLimits: limits });

describe('runImport with workers that hang or run out of memory', () => {
  it('fails those files with the reason and imports the others', async () => {
    const dir = join(TMP, 'hostile');
    for (const name of ['a.txt', 'stuck.txt', 'oom.txt', 'b.txt'])
      writeFileSync(join(TMP, name), 'x');
    const files = ['a.txt', 'stuck.txt', 'oom.txt', 'b.txt'].map((n) => join(TMP, n));
    const run = await runImport(files, {
      outDir: dir,
      jobs: 2,
      timeoutMs: 500,
      heapMb: 32,
      spawn: standIn,
    });
    expect(
      run.index.documents.map((r) => [
        r.file.slice(TMP.length + 1),
        r.status,
        r.reason?.kind ?? null,
        r.output,
      ]),
    ).toEqual([
      ['a.txt', 'ok', null, 'a.disclosure.json'],
      ['stuck.txt', 'failed', 'timeout', null],
      ['oom.txt', 'failed', 'out-of-memory', null],
      ['b.txt', 'ok', null, 'b.disclosure.json'],
    ]);
    expect(run.index.documents[1]!.reason!.message).toContain('timed out after 0.5 s');
    expect(run.index.documents[2]!.reason!.message).toContain('ran out of memory');
    expect(run.workersStarted).toBeGreaterThanOrEqual(3); // the two lost workers were replaced
    expect(existsSync(join(dir, 'stuck.disclosure.json'))).toBe(false);
  });
});

describe.skipIf(!hasShared('seeds'))(`runImport, interrupted (${needsShared('seeds')})`, () => {
  it('keeps a valid partial index as documents finish, and an index of what was done', async () => {
    const src = join(TMP, 'copies');
    const out = join(TMP, 'out');
    const seed = sharedPath('seeds', '004_88207d3c283235c9.txt');
    mkdirSync(src);
    for (let i = 1; i <= 6; i++) symlinkSync(seed, join(src, `copy${i}.txt`));
    const controller = new AbortController();
    const partialLines: number[] = [];
    const run = await runImport([src], {
      outDir: out,
      jobs: 1,
      signal: controller.signal,
      onRow: (row, state) => {
        const lines = readFileSync(join(out, 'index.partial.jsonl'), 'utf8').trim().split('\n');
        for (const l of lines) IndexRowSchema.parse(JSON.parse(l));
        partialLines.push(lines.length);
        expect(existsSync(join(out, row.output!))).toBe(true); // written before its index line
        if (state.done === 2) controller.abort();
      },
    });
    expect(partialLines).toEqual([1, 2]);
    const index = ImportIndexSchema.parse(
      JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')),
    );
    expect([index.complete, index.inputs, index.documents.length]).toEqual([false, 6, 2]);
    expect(index.documents.map((r) => r.total)).toEqual([700.94, 700.94]);
    expect(run.index).toEqual(index);
    expect(existsSync(join(out, 'index.partial.jsonl'))).toBe(false);
  });
});
