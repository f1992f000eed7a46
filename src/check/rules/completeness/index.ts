// The obligations ledger's rules, in catalog order.
import type { Rule } from '../../rule.js';
import { assets } from './assets.js';
import { budgetChanges } from './budget-changes.js';
import { carryoverStated } from './carryover-stated.js';
import { functions } from './functions.js';
import { glossary } from './glossary.js';
import { institutions } from './institutions.js';
import { operatingCostsChange } from './operating-costs-change.js';
import { operatingCosts } from './operating-costs.js';
import { performanceDepartment } from './performance-department.js';
import { performancePerProject } from './performance-per-project.js';
import { performanceTargetCount } from './performance-target-count.js';
import { procurementCategories } from './procurement-categories.js';
import { procurementSme } from './procurement-sme.js';
import { procurement } from './procurement.js';
import { projectDescriptions } from './project-descriptions.js';
import { requiredTableRules } from './required-tables.js';
import { staffing } from './staffing.js';
import { threePublicChanges } from './three-public-changes.js';
import { threePublicReasons } from './three-public-reasons.js';
import { threePublicStated } from './three-public-stated.js';
import { threePublicVehicleSplit } from './three-public-vehicle-split.js';

export { notEvaluated } from './ledger.js';

export const completenessRules: readonly Rule[] = [
  ...requiredTableRules(),
  functions,
  institutions,
  staffing,
  budgetChanges,
  carryoverStated,
  projectDescriptions,
  threePublicStated,
  threePublicVehicleSplit,
  threePublicChanges,
  threePublicReasons,
  operatingCosts,
  operatingCostsChange,
  procurement,
  procurementCategories,
  procurementSme,
  assets,
  performanceDepartment,
  performanceTargetCount,
  performancePerProject,
  glossary,
];
