import { useState } from 'react';
import { Alert } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PersonDetail } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { AssistanceDrawer } from './AssistanceDrawer.tsx';
import { AssistanceTable } from './AssistanceTable.tsx';

/** The file's 帮扶申请 tab: this person's applications, handled in the same drawer as the page. */
export default function PersonAssistanceTab({ person }: { person: PersonDetail }) {
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['assistance', 'person', person.id, page],
    queryFn: ({ signal }) =>
      api.get('/api/assistance', { query: { personId: person.id, page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
  if (list.isError) return <Alert type="error" showIcon title={errorMessage(list.error)} />;
  return (
    <>
      <AssistanceTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        loading={list.isFetching}
        onPage={setPage}
        onOpen={setOpen}
        showPerson={false}
      />
      {open && <AssistanceDrawer id={open} onClose={() => setOpen(null)} />}
    </>
  );
}
