// 三公 公务用车运行费 ≥ 基本支出表 30231 公务用车运行维护费: the 三公 figure is the item's 基本支出 and 项目支出 together.
import { coversRule } from './three-public.js';

export const threePublicVehicleOperationCovers = coversRule(
  {
    id: 'cross-table:three-public-vehicle-operation-covers-30231',
    zh: '“三公”经费表公务用车运行费不小于一般公共预算基本支出表经济分类 30231 公务用车运行维护费',
    en: '"Three public" official vehicle operation is at least the basic-expenditure table\'s economic line 30231',
    basis:
      '“三公”经费统计基本支出和项目支出中的同一经济分类支出，基本支出表中的 30231 公务用车运行维护费 是其一部分',
  },
  'vehicle-operation',
);
