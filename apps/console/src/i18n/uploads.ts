import i18n from './index.ts';
import en from './uploads.en.ts';
import zh from './uploads.zh.ts';

// The review pages' strings join the resources when the first of those pages loads.
i18n.addResourceBundle('zh', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
