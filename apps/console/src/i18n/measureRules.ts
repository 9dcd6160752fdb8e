import i18n from './index.ts';
import en from './measureRules.en.ts';
import zh from './measureRules.zh.ts';

// The measure rules' strings (折抵, 执行地, 第三十九条, 批评教育, 现场拒绝检测) join the resources with
// the supervision pages that import this module.
i18n.addResourceBundle('zh', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
