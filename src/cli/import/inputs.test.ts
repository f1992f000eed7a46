import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs } from './inputs.js';

const TMP = mkdtempSync(join(tmpdir(), 'yusuan-inputs-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function touch(...parts: string[]): string {
  const path = join(TMP, ...parts);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
  return path;
}

describe('collectInputs', () => {
  it('walks directories recursively, picks documents by extension, sorted, each file once', () => {
    touch('in', 'b.pdf');
    touch('in', 'a.TXT');
    touch('in', 'sub', 'c.xlsx');
    touch('in', 'sub', 'notes.md');
    touch('in', '.hidden', 'd.pdf');
    touch('in', 'out', 'old.disclosure.json');
    symlinkSync(join(TMP, 'in', 'sub'), join(TMP, 'in', 'loop'));
    const explicit = touch('other', 'e.weird');
    const { files, problems } = collectInputs(
      [join(TMP, 'in'), explicit, join(TMP, 'in', 'b.pdf'), join(TMP, 'missing.pdf')],
      join(TMP, 'in', 'out'),
    );
    expect(files.map((f) => f.slice(TMP.length + 1))).toEqual([
      'in/a.TXT',
      'in/b.pdf',
      'in/loop/c.xlsx', // the same folder twice (a link to sub): read once
      'other/e.weird', // named on the command line: taken whatever its extension
      'missing.pdf', // kept: the import lists it as failed
    ]);
    expect(problems).toEqual([]);
  });
});
