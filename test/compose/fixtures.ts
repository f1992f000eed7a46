// Our fixtures for compose (issue 4).
import { fileURLToPath } from 'node:url';

/** Seed 000 as line items, written by us from the published figures. */
export const SEED_000_YAML = fileURLToPath(
  new URL('../fixtures/compose/seed-000.yaml', import.meta.url),
);
