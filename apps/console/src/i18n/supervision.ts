import i18n from './index.ts';
import en from './supervision.en.ts';
import zh from './supervision.zh.ts';

// The supervision pages' strings join the resources when the first of those pages loads: each
// page imports this module for its side effect, so the strings are there before it renders.
i18n.addResourceBundle('zh', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
