import { Alert, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api.ts';

/** The first "who am I" failed for a reason other than being signed out (server down, network). */
export default function LoadError({ error, queryKey }: { error: unknown; queryKey: readonly unknown[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <div style={{ maxWidth: 480, margin: '120px auto' }}>
      <Alert
        type="error"
        showIcon
        title={errorMessage(error)}
        action={
          <Button size="small" onClick={() => void queryClient.refetchQueries({ queryKey })}>
            {t('common.retry')}
          </Button>
        }
      />
    </div>
  );
}
