import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';

export const BOOKINGS_KEY = ['counselling', 'bookings'];
export const SCREENINGS_KEY = ['counselling', 'screenings'];
export const SLOTS_KEY = ['counselling', 'slots'];

export const useBookings = () =>
  useQuery({
    queryKey: BOOKINGS_KEY,
    queryFn: ({ signal }) => api.get('/api/m/counselling/bookings', { signal }),
    staleTime: 0, // a write just sent elsewhere in the app shows on return
  });

export const useScreenings = () =>
  useQuery({
    queryKey: SCREENINGS_KEY,
    queryFn: ({ signal }) => api.get('/api/m/counselling/screenings', { signal }),
    staleTime: 0,
  });

export const useSlots = () =>
  useQuery({
    queryKey: SLOTS_KEY,
    queryFn: ({ signal }) => api.get('/api/m/counselling/slots', { signal }),
    staleTime: 0,
  });
