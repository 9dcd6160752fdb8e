import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { DotLoading, unstableSetRender } from 'antd-mobile';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { isApiError, onUnauthorized } from './api.ts';
import { forgetMe } from './auth/session.ts';
import AppLayout from './layout/AppLayout.tsx';
import { startOutbox } from './offline/outbox.ts';
import { moduleRoutes } from './routes.tsx';
import { registerServiceWorker } from './sw/register.ts';
import './app.css';

const SignInPage = lazy(() => import('./auth/SignInPage.tsx'));
const ActivatePage = lazy(() => import('./auth/ActivatePage.tsx'));
const MePage = lazy(() => import('./me/MePage.tsx'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (4xx) will not change on retry; a dropped connection might.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      // Keep showing what was loaded while offline instead of an error.
      networkMode: 'offlineFirst',
    },
  },
});

const loading = (
  <div className="page-loading">
    <DotLoading color="primary" />
  </div>
);

const router = createBrowserRouter(
  [
    {
      path: '/',
      element: (
        <Suspense fallback={loading}>
          <Outlet />
        </Suspense>
      ),
      children: [
        { path: 'login', element: <SignInPage /> },
        { path: 'activate', element: <ActivatePage /> },
        {
          element: <AppLayout />,
          children: [...moduleRoutes, { path: 'me', element: <MePage /> }],
        },
      ],
    },
  ],
  // With the trailing slash the app's root is /m/, inside the service worker's scope (/m/).
  { basename: '/m/' },
);

// antd-mobile's default locale is zh-CN; the whole app is in Chinese.
// Its imperative APIs (Dialog.confirm, Toast.show, …) render with React 19's createRoot.
unstableSetRender((node, container) => {
  const root = createRoot(container);
  root.render(node);
  return async () => root.unmount();
});

// The session ended (revoked by staff, or expired): back to sign-in, to come back here after.
onUnauthorized(() => {
  forgetMe();
  queryClient.clear();
  const { pathname, search } = router.state.location;
  if (pathname !== '/login' && pathname !== '/activate') {
    void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  }
});

startOutbox();
registerServiceWorker();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
