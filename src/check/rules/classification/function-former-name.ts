// A 功能分类 code printed under a name of another edition: accepted, noted.
import { nameRule } from './name-match.js';

export const functionFormerName = nameRule(
  {
    id: 'classification:function-former-name',
    zh: '功能分类科目使用了其他年版的名称（予以接受并提示）',
    en: 'A functional classification name is that of another edition (accepted, noted)',
    basis: '财政部《政府收支分类科目》各年版本的科目更名',
  },
  ['function'],
  'former',
);
