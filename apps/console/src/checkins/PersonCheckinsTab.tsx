import { useState } from 'react';
import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { PersonDetail } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import '../i18n/checkins.ts';
import { CheckinDrawer } from './CheckinDrawer.tsx';
import { CheckinTable } from './CheckinTable.tsx';

/** The person file's 在线报到 tab. */
export default function PersonCheckinsTab({ person }: { person: PersonDetail }) {
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['checkins', 'person', person.id],
    queryFn: ({ signal }) => api.get('/api/persons/{id}/checkins', { params: { id: person.id }, signal }),
  });
  return (
    <>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <CheckinTable
        items={list.data ?? []}
        total={list.data?.length ?? 0}
        page={1}
        loading={list.isFetching}
        onOpen={setOpen}
        showPerson={false}
      />
      {open && <CheckinDrawer id={open} onClose={() => setOpen(null)} />}
    </>
  );
}
