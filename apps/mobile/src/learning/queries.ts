import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';

// Learning reads go to the network even when the phone says it is offline: the service worker
// answers /api/m/courses* and /api/m/learning* from its cache then, so a course read once opens offline.
export const useCourses = () =>
  useQuery({
    queryKey: ['learning', 'courses'],
    queryFn: ({ signal }) => api.get('/api/m/courses', { signal }),
    networkMode: 'always',
    retry: 1,
  });

export const useCourse = (id: string) =>
  useQuery({
    queryKey: ['learning', 'course', id],
    queryFn: ({ signal }) => api.get('/api/m/courses/{id}', { params: { id }, signal }),
    networkMode: 'always',
    retry: 1,
  });
