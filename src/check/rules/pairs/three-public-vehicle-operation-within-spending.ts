// 三公 公务用车运行费 (一般公共预算) ≤ 基本支出表 30231 公务用车运行维护费 + 项目支出表 302 类: where else the money can be.
import { withinRule } from './three-public.js';

export const threePublicVehicleOperationWithin = withinRule(
  {
    id: 'cross-table:three-public-vehicle-operation-within-spending',
    zh: '一般公共预算“三公”经费公务用车运行费不超过基本支出表 30231 公务用车运行维护费 与项目支出表商品和服务支出之和',
    en: '"Three public" official vehicle operation (general budget) does not exceed economic 30231 of basic expenditure plus the project table\'s 302 column',
    basis:
      '一般公共预算“三公”经费只能来自基本支出的 30231 公务用车运行维护费 与项目支出的商品和服务支出',
  },
  'vehicle-operation',
);
