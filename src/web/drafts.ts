// Uploads waiting to be published: parsed and checked, shown to the editor who uploaded them, kept
// in memory for an hour. Publishing takes the draft by its random id; nothing reaches the store
// before that.
import type { CheckEntry } from '../model/check-report.js';
import type { Disclosure } from '../model/disclosure.js';
import { newToken } from './auth/tokens.js';

export interface Draft {
  readonly id: string;
  readonly userId: number;
  readonly file: string;
  readonly format: string;
  readonly bytes: Uint8Array;
  readonly disclosure: Disclosure;
  readonly entry: CheckEntry;
  readonly created: number;
}

const TTL_MS = 3600_000;
/** Drafts kept at once (oldest dropped first): bounds memory at MAX_DRAFTS × upload limit. */
const MAX_DRAFTS = 10;

export class Drafts {
  private readonly map = new Map<string, Draft>();

  add(d: Omit<Draft, 'id' | 'created'>): Draft {
    this.expire();
    while (this.map.size >= MAX_DRAFTS) this.map.delete(this.map.keys().next().value!);
    const draft: Draft = { ...d, id: newToken(), created: Date.now() };
    this.map.set(draft.id, draft);
    return draft;
  }

  /** The draft, if it exists and belongs to the user. */
  get(id: string, userId: number): Draft | undefined {
    this.expire();
    const d = this.map.get(id);
    return d && d.userId === userId ? d : undefined;
  }

  delete(id: string): void {
    this.map.delete(id);
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, d] of this.map) if (now - d.created > TTL_MS) this.map.delete(id);
  }
}
