import { finalNational } from './final-national.js';
import { shanghaiBudget, shanghaiUnitBudget } from './shanghai-budget.js';
import { xinjiang2021 } from './xinjiang-2021.js';
import { xinjiang2025 } from './xinjiang-2025.js';
import type { Profile } from './types.js';

export const PROFILES: readonly Profile[] = [
  xinjiang2025,
  xinjiang2021,
  shanghaiBudget,
  shanghaiUnitBudget,
  finalNational,
];

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

export type { Profile, ProfileTable } from './types.js';
