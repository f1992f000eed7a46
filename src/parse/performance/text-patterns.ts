// The patterns that tell what a cell's text is (text-features.ts), with the facts about them
// that the fast reading of runs relies on (their longest matches, their words' letters).

// Text values of 指标值 are short phrases: 有效保障, 显著提升, 长期.
export const MAX_WORDS_VALUE = 8;
export const WEIGHT = /^\d{1,3}(?:\.\d{1,2})?$/;
/** The longest text WEIGHT matches ("100.00"). */
export const WEIGHT_MAX_LENGTH = 6;
export const DATE = /^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:前|底|末|内)?$/;
/** The longest text DATE matches ("2025年12月31日前"). */
export const DATE_MAX_LENGTH = 12;
/** WORDS' letters, by code. */
export const CJK_FIRST = 0x4e00;
export const CJK_LAST = 0x9fff;
export const WORDS = /^[\u4e00-\u9fff]+$/;
export const BASIS_END = '标准';
export const BASIS_WORD = /依据|职责|规划|办法|计划|要求|规定|方案|政策|文件/;
/** The words before BASIS_END in an exact basis (BASIS_EXACT). */
export const BASIS_EXACT_QUALIFIERS = ['历史', '计划', '行业', '其他'];
export const BASIS_EXACT = new RegExp(`^(?:${BASIS_EXACT_QUALIFIERS.join('|')})${BASIS_END}$`);
export const BASIS_EXACT_LENGTH = 4;
export const SCORING = /赋分|得分|扣分|计分|评分/;
export const EVIDENCE = /资料|凭证|材料|证明|报告|记录|台账|清单|照片|图片|合同|发票|报表/;
export const EXACT_QUALIFIERS = ['工作', '说明', '会议', '原始', '财务', '相关', '其他'];
export const EXACT_NOUNS = ['资料', '凭证', '材料', '文件', '记录', '报告'];
export const EXACT_SEPARATORS = ',，、';
export const EVIDENCE_EXACT = new RegExp(
  `^(?:(?:${EXACT_QUALIFIERS.join('|')})?(?:${EXACT_NOUNS.join('|')})[${EXACT_SEPARATORS}]?)+$`,
);
/** The dashes isNoValue (value.ts) reads as "no value". */
export const DASHES = '-－—–―';
