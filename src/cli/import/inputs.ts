// The files an import reads: each argument that is a directory is walked (recursively, documents
// picked by extension), any other argument is taken as a file whatever its name (a missing one
// becomes a failed row, not the end of the run). Sorted, so runs and indexes are reproducible.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Failure } from './index-row.js';

/** Extensions picked up inside directories (.json = a Disclosure JSON from `yusuan parse --json`). */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.pdf',
  '.html',
  '.htm',
  '.xlsx',
  '.xls',
  '.docx',
  '.json',
]);

export interface CollectedInputs {
  files: string[];
  /** Directories that could not be listed: reported as failed rows. */
  problems: { file: string; reason: Failure }[];
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The input files named by `args`. `skip` (the output directory) is never walked into, so a
 * second import into a folder inside the input does not read its own output. Hidden entries
 * (".git", ".DS_Store") are skipped; symbolic links are followed, each directory once.
 */
export function collectInputs(args: readonly string[], skip?: string): CollectedInputs {
  const files: string[] = [];
  const problems: CollectedInputs['problems'] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>(skip ? [realOrSelf(skip)] : []);
  // Files are told apart by path, so links to one file are each read (bench/import relies on
  // it); directories by their real path, so a link loop is walked once.
  const addFile = (path: string): void => {
    const key = resolve(path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(path);
  };
  const walk = (dir: string): void => {
    const real = realOrSelf(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort(byCodePoint);
    } catch (e) {
      problems.push({
        file: dir,
        reason: { kind: 'unreadable', message: `${dir}: ${(e as Error).message}` },
      });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue; // a dangling link: nothing to read
      }
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())) addFile(path);
    }
  };
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      // Missing: kept, so the index says so.
    }
    if (isDir) walk(arg);
    else addFile(arg);
  }
  return { files, problems };
}
