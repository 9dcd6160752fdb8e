import i18n from './index.ts';
import en from './learning.en.ts';
import zh from './learning.zh.ts';

// The learning pages' strings join the resources when the first of them loads (imported for its side effect).
i18n.addResourceBundle('zh', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
