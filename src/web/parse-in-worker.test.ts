// Uploads are parsed in a worker thread with limits: a good document comes back whole, one that
// takes too long is stopped with a clear message, and the server thread is never blocked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, needsShared, sharedPath } from '../../test/helpers/shared.js';
import { parseInWorker } from './parse-in-worker.js';

const S004 = '004_88207d3c283235c9.txt';

describe.skipIf(!hasShared('seeds', S004))(`parseInWorker (${needsShared('seeds', S004)})`, () => {
  const bytes = readFileSync(sharedPath('seeds', S004));

  it('returns the Disclosure parse gives (seed 004: 收支总计 700.94 万元)', async () => {
    const d = await parseInWorker(bytes, S004, { timeoutMs: 60_000, heapMb: 512 });
    expect(d.summary.total).toBe(700.94);
    expect(d.identity.department).toBe('新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处');
  }, 90_000);

  it('stops a reader that runs past its time and says so, naming the file', async () => {
    const started = Date.now();
    await expect(parseInWorker(bytes, S004, { timeoutMs: 5, heapMb: 512 })).rejects.toMatchObject({
      kind: 'timeout',
      file: S004,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses an unreadable document as bad input, not as a crash', async () => {
    const junk = new Uint8Array(4096).fill(0);
    await expect(
      parseInWorker(junk, 'junk.pdf', { timeoutMs: 60_000, heapMb: 512 }),
    ).rejects.toMatchObject({ file: 'junk.pdf' });
  }, 90_000);
});
