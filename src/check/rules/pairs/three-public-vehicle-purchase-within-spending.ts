// 三公 公务用车购置费 (一般公共预算) ≤ 基本支出表 31013/30913 公务用车购置 + 项目支出表 309、310 类: where else the money can be.
import { withinRule } from './three-public.js';

export const threePublicVehiclePurchaseWithin = withinRule(
  {
    id: 'cross-table:three-public-vehicle-purchase-within-spending',
    zh: '一般公共预算“三公”经费公务用车购置费不超过基本支出表 31013/30913 公务用车购置 与项目支出表资本性支出之和',
    en: '"Three public" official vehicle purchase (general budget) does not exceed economic 31013 of basic expenditure plus the project table\'s 309/310 column',
    basis:
      '一般公共预算“三公”经费只能来自基本支出的 31013/30913 公务用车购置 与项目支出的资本性支出',
  },
  'vehicle-purchase',
);
