import i18n from './index.ts';
import en from './assistance.en.ts';
import zh from './assistance.zh.ts';

// 帮扶申请's strings; the layout imports this for its menu entry, so they are there for every page.
i18n.addResourceBundle('zh', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
