// What compose tells the preparer: problems in the input it worked around, and gaps it will not fill
// (a large change without a reason is flagged, never invented).
export const COMPOSE_WARNING_CODES = [
  'reason-missing', // a change of 10% or more has no reason given
  'code-unconfirmed', // a 项 code the catalog does not list (or lists from memory only)
  'economic-missing', // a line item that needs a 经济分类 code has none
  'unit-unlisted', // a line item names a budget unit missing from the units list
  'prior-unknown-key', // a last-year figure or reason under a key compose does not use
  'profile-unknown', // the requested profile does not exist; the default was used
  'project-undescribed', // a project has line items but no 项目说明
  'matter-missing', // a part the disclosure must state (职能, 政府采购, 国有资产…) is not given
  'three-public-exceeds', // the 三公 of a budget exceed its 基本支出 and 项目支出 together
  'source-unsupported', // the profile's 收支总体 has no line for this money (上年结转 in 新疆 2021)
] as const;
export type ComposeWarningCode = (typeof COMPOSE_WARNING_CODES)[number];

export interface ComposeWarning {
  readonly code: ComposeWarningCode;
  readonly message: string;
  /** The subject key, code or project the warning is about. */
  readonly subject?: string;
}
