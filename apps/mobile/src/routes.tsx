import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// One entry (or a few) per module; each page is its own chunk, so the first load carries only the shell.
// Module owners add their sub-routes here, beside their own entry.
const HomePage = lazy(() => import('./home/HomePage.tsx'));
const InboxPage = lazy(() => import('./inbox/InboxPage.tsx'));
const AppointmentsPage = lazy(() => import('./appointments/AppointmentsPage.tsx'));
const UploadPage = lazy(() => import('./uploads/UploadPage.tsx'));
const CheckinPage = lazy(() => import('./checkins/CheckinPage.tsx'));
const LeavePage = lazy(() => import('./leave/LeavePage.tsx'));
const CounsellingPage = lazy(() => import('./counselling/CounsellingPage.tsx'));
const LearningPage = lazy(() => import('./learning/LearningPage.tsx'));
const AssistancePage = lazy(() => import('./assistance/AssistancePage.tsx'));

/** The signed-in pages, under the app shell (`/m/...`). */
export const moduleRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'inbox', element: <InboxPage /> },
  { path: 'appointments', element: <AppointmentsPage /> },
  { path: 'uploads', element: <UploadPage /> },
  { path: 'checkins', element: <CheckinPage /> },
  { path: 'leave', element: <LeavePage /> },
  { path: 'counselling', element: <CounsellingPage /> },
  { path: 'learning', element: <LearningPage /> },
  { path: 'assistance', element: <AssistancePage /> },
];
