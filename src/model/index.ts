// The model: what a disclosure is, as data. No I/O, no other stage imported.
export * from './money.js';
export * from './percent.js';
export * from './source-ref.js';
export * from './errors.js';
export * from './layout.js';
export * from './table.js';
export * from './narrative.js';
export * from './overview.js';
export * from './project.js';
export * from './other-matters.js';
export * from './performance.js';
export * from './summary.js';
export * from './parse-warning.js';
export * from './disclosure.js';
export * from './specs/index.js';
export * from './profiles/index.js';
export * from './catalog/index.js';
