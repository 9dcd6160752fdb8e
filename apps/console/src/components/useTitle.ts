import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** `人员档案 · 洮泊` in the browser tab. */
export function useTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.fullTitle');
  }, [title, t]);
}
