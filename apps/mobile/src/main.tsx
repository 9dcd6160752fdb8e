import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { DotLoading } from 'antd-mobile';
import { startOutbox } from './offline/outbox.ts';
import { moduleRoutes } from './routes.tsx';

// The shell (sign-in, tab bar, offline state) is built in the shell's own files; this wires it.
const router = createBrowserRouter(
  [
    {
      path: '/',
      element: (
        <Suspense fallback={<DotLoading />}>
          <Outlet />
        </Suspense>
      ),
      children: moduleRoutes,
    },
  ],
  { basename: '/m' },
);

startOutbox();
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
