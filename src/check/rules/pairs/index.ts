// The pairs that normally match, in catalog order.
import type { Rule } from '../../rule.js';
import { annuity } from './annuity-2080506-30109.js';
import { civilServantMedical } from './civil-servant-medical-2101103-30111.js';
import { housingFund } from './housing-fund-2210201-30113.js';
import { medical } from './medical-2101101-2101102-30110.js';
import { pension } from './pension-2080505-30108.js';
import { retirement } from './retirement-30301-30302-within-2080501-2080502.js';
import { threePublicOutboundCovers } from './three-public-outbound-covers-30212.js';
import { threePublicOutboundWithin } from './three-public-outbound-within-spending.js';
import { threePublicReceptionCovers } from './three-public-reception-covers-30217.js';
import { threePublicReceptionWithin } from './three-public-reception-within-spending.js';
import { threePublicVehicleOperationCovers } from './three-public-vehicle-operation-covers-30231.js';
import { threePublicVehicleOperationWithin } from './three-public-vehicle-operation-within-spending.js';
import { threePublicVehiclePurchaseCovers } from './three-public-vehicle-purchase-covers-31013.js';
import { threePublicVehiclePurchaseWithin } from './three-public-vehicle-purchase-within-spending.js';
import { threePublicWithinGeneralBudget } from './three-public-within-general-budget.js';

export const pairRules: readonly Rule[] = [
  pension,
  annuity,
  housingFund,
  medical,
  civilServantMedical,
  retirement,
  threePublicReceptionCovers,
  threePublicVehicleOperationCovers,
  threePublicOutboundCovers,
  threePublicVehiclePurchaseCovers,
  threePublicReceptionWithin,
  threePublicVehicleOperationWithin,
  threePublicOutboundWithin,
  threePublicVehiclePurchaseWithin,
  threePublicWithinGeneralBudget,
];
