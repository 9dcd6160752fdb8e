import i18n from './index.ts';
import en from './audit.en.ts';
import zh from './audit.zh.ts';

// The audit log's strings; the layout imports this for its menu entry, so they are there for every page.
i18n.addResourceBundle('zh', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
