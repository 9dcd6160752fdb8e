import { Alert, Card, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Education, Measure } from '@taobo/contracts';
import { violationKindLabels } from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { useLabel } from '../i18n/labels.ts';
import { educationQuery } from './measureQueries.ts';
import '../i18n/measureRules.ts';

/** The measure's 批评教育 records (禁毒法 第三十五条 第二款): when, why, what was said, by whom. */
export function EducationCard({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const label = useLabel();
  const records = useQuery(educationQuery(measure.id));
  const none = t('common.none');
  return (
    <Card size="small" title={t('rules.education.listTitle')} style={{ marginTop: 12 }}>
      {records.isError && <Alert type="error" showIcon title={errorMessage(records.error)} />}
      <Table<Education>
        data-testid="education-table"
        size="small"
        rowKey="id"
        loading={records.isFetching}
        pagination={false}
        dataSource={records.data ?? []}
        locale={{ emptyText: t('rules.education.empty') }}
        columns={[
          {
            title: t('rules.education.date'),
            dataIndex: 'date',
            width: 110,
            render: (v: string) => <span className="mono">{v}</span>,
          },
          { title: t('rules.education.reason'), dataIndex: 'reason', width: 220, ellipsis: true },
          {
            title: t('rules.education.note'),
            dataIndex: 'note',
            ellipsis: true,
            render: (v: string | null) => v || none,
          },
          {
            title: t('rules.education.violation'),
            dataIndex: 'violation',
            width: 190,
            render: (v: Education['violation']) =>
              v ? (
                <Typography.Text>
                  {t('rules.education.violationOption', {
                    kind: label(violationKindLabels, v.kind),
                    date: v.date,
                  })}
                </Typography.Text>
              ) : (
                none
              ),
          },
          {
            title: t('rules.education.givenBy'),
            dataIndex: ['givenBy', 'name'],
            width: 110,
          },
        ]}
      />
    </Card>
  );
}
