import { useTranslation } from 'react-i18next';
import type { Lang } from './index.ts';

/** The contracts ship their enum labels as `{ zh, en }` pairs; this picks the current language. */
export type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}

export function useLabel() {
  const lang = useLang();
  return function label<K extends string>(labels: Labels<K>, key: K | null | undefined): string {
    if (key == null) return '';
    return labels[key]?.[lang] ?? key;
  };
}

export function labelOptions<K extends string>(labels: Labels<K>, lang: Lang): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value][lang] }));
}
