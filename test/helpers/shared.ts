// The real documents live in ../shared beside the project (never copied into the repository).
// Tests locate them here and skip, saying which file is missing, when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textLayout } from '../../src/ingest/index.js';
import type { Layout } from '../../src/model/layout.js';

const SHARED = new URL('../../../shared/', import.meta.url);

/** Absolute path of a file or folder under ../shared, e.g. sharedPath('seeds', '000_….txt'). */
export function sharedPath(...parts: string[]): string {
  return fileURLToPath(new URL(parts.join('/'), SHARED));
}

/** Whether ../shared (or the given file under it) exists. */
export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

/** A skip message naming what is missing. */
export function needsShared(...parts: string[]): string {
  return `needs ../shared/${parts.join('/')}`;
}

/** The raw text and the Layout of a seed (../shared/seeds/<name>). */
export function readSeed(name: string): { raw: string; layout: Layout } {
  const bytes = readFileSync(sharedPath('seeds', name));
  return { raw: bytes.toString('utf8'), layout: textLayout(bytes, name) };
}
