// What an import writes into its output directory, in the order that keeps it readable when the
// run is cut short: each Disclosure JSON, then its line in index.partial.jsonl (so every line
// names a complete file); at the end index.json and index.csv, each written to a temporary name
// and renamed (never half written), after which the partial file is removed.
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../model/errors.js';
import { messages } from '../messages.js';
import { indexCsv } from './index-csv.js';
import type { ImportIndex, IndexRow } from './index-row.js';

export const INDEX_JSON = 'index.json';
export const INDEX_CSV = 'index.csv';
export const INDEX_PARTIAL = 'index.partial.jsonl';

function cannotWrite(path: string, e: unknown): InputError {
  return new InputError('unreadable', messages.importCannotWrite(path, (e as Error).message));
}

export class OutputDir {
  private readonly partial: string;

  /** Creates the directory and starts a new partial index (an older one is replaced). */
  constructor(readonly dir: string) {
    this.partial = join(dir, INDEX_PARTIAL);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(this.partial, '');
    } catch (e) {
      throw cannotWrite(dir, e);
    }
  }

  /** A finished document: its Disclosure JSON (when parsed), then its index line. */
  async add(row: IndexRow, json: string | null): Promise<void> {
    if (json !== null && row.output !== null) {
      const path = join(this.dir, row.output);
      try {
        await writeFile(path, json + '\n');
      } catch (e) {
        throw cannotWrite(path, e);
      }
    }
    try {
      appendFileSync(this.partial, JSON.stringify(row) + '\n');
    } catch (e) {
      throw cannotWrite(this.partial, e);
    }
  }

  /** The final index.json and index.csv; returns their paths. */
  finish(index: ImportIndex): { json: string; csv: string } {
    const json = join(this.dir, INDEX_JSON);
    const csv = join(this.dir, INDEX_CSV);
    atomicWrite(json, JSON.stringify(index, null, 2) + '\n');
    atomicWrite(csv, indexCsv(index.documents));
    rmSync(this.partial, { force: true });
    return { json, csv };
  }
}

function atomicWrite(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw cannotWrite(path, e);
  }
}
