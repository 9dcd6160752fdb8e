import i18n from './index.ts';
import en from './stations.en.ts';
import zh from './stations.zh.ts';

// The station pages' strings join the resources when the first of those pages loads.
i18n.addResourceBundle('zh', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
