// The classification rules, in catalog order.
import type { Rule } from '../../rule.js';
import { basicEconomicClass } from './basic-economic-class.js';
import { budgetScope } from './budget-scope.js';
import { crossTableUnit } from './cross-table-unit.js';
import { duplicateCode } from './duplicate-code.js';
import { economicCodeExists } from './economic-code-exists.js';
import { economicFormerName } from './economic-former-name.js';
import { economicName } from './economic-name.js';
import { functionCodeExists } from './function-code-exists.js';
import { functionFormerName } from './function-former-name.js';
import { functionName } from './function-name.js';
import { narrativeUnit } from './narrative-unit.js';
import { personnelPublicUse } from './personnel-public-use.js';
import { retiredCode } from './retired-code.js';
import { underParent } from './under-parent.js';

export const classificationRules: readonly Rule[] = [
  functionCodeExists,
  economicCodeExists,
  retiredCode,
  functionName,
  functionFormerName,
  economicName,
  economicFormerName,
  underParent,
  duplicateCode,
  basicEconomicClass,
  personnelPublicUse,
  budgetScope,
  narrativeUnit,
  crossTableUnit,
];
