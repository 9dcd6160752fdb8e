import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '@taobo/contracts';
import { PageSpin } from '../components/PageSpin.tsx';
import { useCan, useMe } from './session.ts';

// Rarely shown, so not part of the first bundle.
const StatusPage = lazy(() => import('../pages/StatusPage.tsx'));
const LoadError = lazy(() => import('../pages/LoadError.tsx'));

export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, isPending, error } = useMe();
  const location = useLocation();
  if (isPending) return <PageSpin fullScreen />;
  if (error) {
    return (
      <Suspense fallback={<PageSpin fullScreen />}>
        <LoadError error={error} queryKey={['me']} />
      </Suspense>
    );
  }
  if (!me) return <Navigate to="/login" replace state={{ from: location }} />;
  return children;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  if (can(permission)) return children;
  return (
    <Suspense fallback={<PageSpin />}>
      <StatusPage status="403" />
    </Suspense>
  );
}
