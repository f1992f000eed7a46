// The store: disclosures in a database (SQLite embedded by default, PostgreSQL for servers).
export { openStore, storeTarget, DEFAULT_DB_FILE, type StoreTarget } from './open.js';
export { parseDepartmentName, type DepartmentPlace } from './department-name.js';
export * from './store.js';
export { EXPORT_COLUMNS, csvLine, exportCells, exportCsv } from './export/csv.js';
export {
  fdpDescriptor,
  writeFiscalDataPackage,
  FDP_RESOURCE,
  type FdpOptions,
} from './export/fdp.js';
