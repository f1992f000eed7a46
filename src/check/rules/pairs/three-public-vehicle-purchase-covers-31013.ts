// 三公 公务用车购置费 ≥ 基本支出表 31013/30913 公务用车购置: the 三公 figure is the item's 基本支出 and 项目支出 together.
import { coversRule } from './three-public.js';

export const threePublicVehiclePurchaseCovers = coversRule(
  {
    id: 'cross-table:three-public-vehicle-purchase-covers-31013',
    zh: '“三公”经费表公务用车购置费不小于一般公共预算基本支出表经济分类 31013/30913 公务用车购置',
    en: '"Three public" official vehicle purchase is at least the basic-expenditure table\'s economic line 31013',
    basis:
      '“三公”经费统计基本支出和项目支出中的同一经济分类支出，基本支出表中的 31013/30913 公务用车购置 是其一部分',
  },
  'vehicle-purchase',
);
