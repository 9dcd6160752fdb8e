import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';

export const LEAVE_KEY = ['leave', 'mine'] as const;
export const LEAVE_REFRESH = [LEAVE_KEY, ['home']] as const;

export const useMyLeave = () =>
  useQuery({
    queryKey: LEAVE_KEY,
    queryFn: ({ signal }) => api.get('/api/m/leave', { signal }),
  });

/**
 * The county's policy: the law's written report (default), or, where the county's agreement adds
 * one, an approval step (local policy). Until it loads, the app speaks of the law's report.
 */
export const useLeavePolicy = () =>
  useQuery({
    queryKey: ['leave', 'policy'],
    queryFn: ({ signal }) => api.get('/api/m/leave-policy', { signal }),
    staleTime: 10 * 60_000,
  });

/** What happens next after a leave write, while it waits and once it is sent. */
export const LEAVE_NEXT = {
  pending: '已保存在手机上，有网络时会自动发送，无需重复提交。',
  sent: '已送达。专干确认知悉（或审批）后会在“消息”中通知您。',
};
