import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';

export const ASSISTANCE_KEY = ['assistance', 'mine'];

export const useMyApplications = () =>
  useQuery({
    queryKey: ASSISTANCE_KEY,
    queryFn: ({ signal }) => api.get('/api/m/assistance', { signal }),
    staleTime: 0, // a write just sent elsewhere in the app shows on return
  });
