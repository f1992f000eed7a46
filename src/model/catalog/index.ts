// 政府收支分类科目 catalog: the folder's only public entry.
export {
  ancestorsOf,
  catalogStats,
  childrenOf,
  lookupCode,
  type CatalogEntry,
  type FormerName,
  type SystemStats,
} from './catalog.js';
export { levelOfCode, normalizeCode, parentCode } from './code.js';
export type { BudgetScope, CatalogLevel, CodeSystem, Confidence } from './format.js';
export {
  findByName,
  matchName,
  resolvePath,
  type FindOptions,
  type MatchKind,
  type MatchOptions,
  type NameMatch,
} from './match.js';
export { normalizeNameKey, splitNamePath } from './name-key.js';
