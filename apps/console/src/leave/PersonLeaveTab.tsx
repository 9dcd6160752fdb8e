import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { PersonDetail } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import '../i18n/leave.ts';
import { LeaveTable } from './LeaveTable.tsx';

/** The person file's 外出请假 tab: every request, with decisions and 销假. */
export default function PersonLeaveTab({ person }: { person: PersonDetail }) {
  const list = useQuery({
    queryKey: ['leave', 'person', person.id],
    queryFn: ({ signal }) =>
      api.get('/api/persons/{id}/leave-requests', { params: { id: person.id }, signal }),
  });
  return (
    <>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <LeaveTable
        items={list.data ?? []}
        total={list.data?.length ?? 0}
        page={1}
        loading={list.isFetching}
        showPerson={false}
      />
    </>
  );
}
