import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import { z } from 'zod';
import 'dayjs/locale/zh-cn';
import zh, { type Resources } from './zh.ts';
import en from './en.ts';

export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'taobo.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Resources };
  }
}

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

function applyLang(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  // zod's own messages (lengths, enums) for rules that do not name theirs.
  z.config(lang === 'zh' ? z.locales.zhCN() : z.locales.en());
}

const initial = storedLang();
applyLang(initial);

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  applyLang(lang);
  void i18n.changeLanguage(lang);
}

export default i18n;
