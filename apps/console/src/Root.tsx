import { ConfigProvider, theme } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useLang } from './i18n/labels.ts';
import { queryClient } from './queryClient.ts';
import { router } from './router.tsx';

const themeConfig = {
  algorithm: theme.defaultAlgorithm,
  token: { colorPrimary: '#1f4e99', borderRadius: 4, fontSize: 14 },
  components: {
    Layout: { headerHeight: 48, headerPadding: '0 16px', siderBg: '#0f2747', triggerBg: '#0b1e38' },
    Menu: { darkItemBg: '#0f2747', darkSubMenuItemBg: '#0b1e38', darkItemSelectedBg: '#1f4e99' },
    Table: { cellPaddingBlockSM: 6 },
  },
};

export function Root() {
  const lang = useLang();
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      theme={themeConfig}
    >
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
