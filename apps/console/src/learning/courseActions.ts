import { App } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../api.ts';

/** Publish, unpublish (asks first) and delete (asks first) a course; every list re-reads after. */
export function useCourseActions(onDeleted?: () => void) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['learning'] });

  const status = useMutation({
    mutationFn: ({ id, to }: { id: string; to: 'publish' | 'unpublish' }) =>
      api.post(`/api/learning/courses/{id}/${to}`, { params: { id } }),
    onSuccess: (_, { to }) => {
      void message.success(t(to === 'publish' ? 'learning.published' : 'learning.unpublished'));
      void refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete('/api/learning/courses/{id}', { params: { id } }),
    onSuccess: () => {
      void message.success(t('learning.deleted'));
      void refresh();
      onDeleted?.();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  return {
    busy: status.isPending || remove.isPending,
    publish: (id: string) => status.mutateAsync({ id, to: 'publish' }),
    unpublish: (course: { id: string; title: string }) =>
      modal.confirm({
        title: t('learning.confirmUnpublish', { title: course.title }),
        content: t('learning.confirmUnpublishBody'),
        okText: t('learning.unpublish'),
        okButtonProps: { danger: true },
        onOk: () => status.mutateAsync({ id: course.id, to: 'unpublish' }).catch(() => undefined),
      }),
    remove: (course: { id: string; title: string }) =>
      modal.confirm({
        title: t('learning.confirmDelete', { title: course.title }),
        content: t('learning.confirmDeleteBody'),
        okText: t('learning.delete'),
        okButtonProps: { danger: true },
        onOk: () => remove.mutateAsync(course.id).catch(() => undefined),
      }),
  };
}
