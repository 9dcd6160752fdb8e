import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '@taobo/contracts';
import { RequireAuth, RequirePermission } from './auth/guards.tsx';
import { PageSpin } from './components/PageSpin.tsx';

// Every page is its own chunk: the first load carries only the shell.
const LoginPage = lazy(() => import('./pages/LoginPage.tsx'));
const AppLayout = lazy(() => import('./layout/AppLayout.tsx'));
const DashboardPage = lazy(() => import('./pages/DashboardPage.tsx'));
const OrgPage = lazy(() => import('./org/OrgPage.tsx'));
const PersonListPage = lazy(() => import('./persons/PersonListPage.tsx'));
const PersonDetailPage = lazy(() => import('./persons/PersonDetailPage.tsx'));
const PersonFormPage = lazy(() => import('./persons/PersonFormPage.tsx'));
const StaffPage = lazy(() => import('./staff/StaffPage.tsx'));
const WorklistPage = lazy(() => import('./worklist/WorklistPage.tsx'));
const PoliciesPage = lazy(() => import('./policies/PoliciesPage.tsx'));
const SystemPage = lazy(() => import('./system/SystemPage.tsx'));
const AuditLogPage = lazy(() => import('./system/AuditLogPage.tsx'));
const StatusPage = lazy(() => import('./pages/StatusPage.tsx'));
const StationsPage = lazy(() => import('./stations/StationsPage.tsx'));
const StationDayPage = lazy(() => import('./stations/StationDayPage.tsx'));
const UploadReviewPage = lazy(() => import('./uploads/UploadReviewPage.tsx'));
const CheckinsPage = lazy(() => import('./checkins/CheckinsPage.tsx'));
const LeaveApprovalPage = lazy(() => import('./leave/LeaveApprovalPage.tsx'));
const CourseListPage = lazy(() => import('./learning/CourseListPage.tsx'));
const CourseEditPage = lazy(() => import('./learning/CourseEditPage.tsx'));
const LearningStatsPage = lazy(() => import('./learning/LearningStatsPage.tsx'));
const CounsellingPage = lazy(() => import('./counselling/CounsellingPage.tsx'));
const AssistancePage = lazy(() => import('./assistance/AssistancePage.tsx'));

function page(element: ReactNode, permission?: Permission): ReactNode {
  const content = <Suspense fallback={<PageSpin />}>{element}</Suspense>;
  return permission ? <RequirePermission permission={permission}>{content}</RequirePermission> : content;
}

export const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />) },
  {
    path: '/',
    element: <RequireAuth>{page(<AppLayout />)}</RequireAuth>,
    children: [
      { index: true, element: page(<DashboardPage />) },
      { path: 'org', element: page(<OrgPage />, 'org:read') },
      { path: 'persons', element: page(<PersonListPage />, 'person:read') },
      { path: 'persons/new', element: page(<PersonFormPage mode="create" />, 'person:create') },
      { path: 'persons/:id', element: page(<PersonDetailPage />, 'person:read') },
      { path: 'persons/:id/edit', element: page(<PersonFormPage mode="edit" />, 'person:update') },
      { path: 'staff', element: page(<StaffPage />, 'staff:manage') },
      { path: 'worklist', element: page(<WorklistPage />, 'measure:read') },
      { path: 'policies', element: page(<PoliciesPage />, 'policy:manage') },
      { path: 'system', element: page(<SystemPage />, 'system:sweep') },
      { path: 'audit', element: page(<AuditLogPage />, 'audit:read') },
      { path: 'stations', element: page(<StationsPage />, 'station:operate') },
      { path: 'station-day', element: page(<StationDayPage />, 'station:operate') },
      { path: 'uploads', element: page(<UploadReviewPage />, 'upload:review') },
      { path: 'checkins', element: page(<CheckinsPage />, 'measure:read') },
      { path: 'leave', element: page(<LeaveApprovalPage />, 'measure:read') },
      { path: 'counselling', element: page(<CounsellingPage />, 'counselling:manage') },
      { path: 'assistance', element: page(<AssistancePage />, 'case:followup') },
      { path: 'learning', element: page(<CourseListPage />, 'course:manage') },
      { path: 'learning/new', element: page(<CourseEditPage />, 'course:manage') },
      { path: 'learning/stats', element: page(<LearningStatsPage />, 'course:manage') },
      { path: 'learning/:id', element: page(<CourseEditPage />, 'course:manage') },
      { path: '*', element: page(<StatusPage status="404" />) },
    ],
  },
]);
