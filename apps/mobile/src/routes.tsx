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
const LeaveFormPage = lazy(() => import('./leave/LeaveFormPage.tsx'));
const CounsellingPage = lazy(() => import('./counselling/CounsellingPage.tsx'));
const CounsellingBookPage = lazy(() => import('./counselling/BookPage.tsx'));
const ScreeningPage = lazy(() => import('./counselling/ScreeningPage.tsx'));
const LearningPage = lazy(() => import('./learning/LearningPage.tsx'));
const CoursePage = lazy(() => import('./learning/CoursePage.tsx'));
const LessonPage = lazy(() => import('./learning/LessonPage.tsx'));
const AssistancePage = lazy(() => import('./assistance/AssistancePage.tsx'));
const AssistanceApplyPage = lazy(() => import('./assistance/ApplyPage.tsx'));

/** The signed-in pages, under the app shell (`/m/...`). */
export const moduleRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'inbox', element: <InboxPage /> },
  { path: 'appointments', element: <AppointmentsPage /> },
  { path: 'uploads', element: <UploadPage /> },
  { path: 'checkins', element: <CheckinPage /> },
  { path: 'leave', element: <LeavePage /> },
  { path: 'leave/new', element: <LeaveFormPage /> },
  { path: 'leave/:id/extend', element: <LeaveFormPage /> },
  { path: 'counselling', element: <CounsellingPage /> },
  { path: 'counselling/book', element: <CounsellingBookPage /> },
  { path: 'counselling/screening/:instrument', element: <ScreeningPage /> },
  { path: 'learning', element: <LearningPage /> },
  { path: 'learning/:courseId', element: <CoursePage /> },
  { path: 'learning/:courseId/:lessonId', element: <LessonPage /> },
  { path: 'assistance', element: <AssistancePage /> },
  { path: 'assistance/new', element: <AssistanceApplyPage /> },
];
