import { useState } from 'react';
import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Form,
  Image,
  Input,
  Select,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  CheckinFollowupInput,
  followupOutcomeLabels,
  locationStatusLabels,
  type Checkin,
} from '@taobo/contracts';
import {
  checkinFlagLabels,
  checkinMoodLabels,
  checkinNeedLabels,
  checkinWorkLabels,
  shanghaiDateTime,
} from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { zodRule } from '../forms/zodRule.ts';
import { labelOptions, useLabel, useLang } from '../i18n/labels.ts';

const time = (v: string) => shanghaiDateTime(v, { seconds: true });

/** One check-in: answers, selfie (audited route), location as coordinates, and the follow-up. */
export function CheckinDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  const can = useCan();
  const client = useQueryClient();
  const [following, setFollowing] = useState(false);
  const detail = useQuery({
    queryKey: ['checkins', 'detail', id],
    queryFn: ({ signal }) => api.get('/api/checkins/{id}', { params: { id }, signal }),
  });
  const c = detail.data;
  const loc = c?.location;

  return (
    <Drawer
      open
      width={560}
      title={t('checkins.detail')}
      onClose={onClose}
      destroyOnHidden
      data-testid="checkin-drawer"
    >
      {detail.isPending ? (
        <Skeleton active />
      ) : detail.isError ? (
        <Alert type="error" showIcon title={errorMessage(detail.error)} />
      ) : (
        c && (
          <>
            {c.flags.length > 0 && !c.followup && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={c.flags.map((f) => label(checkinFlagLabels, f)).join('、')}
                action={
                  can('case:followup') && (
                    <Button
                      type="primary"
                      size="small"
                      onClick={() => setFollowing(true)}
                      data-testid="followup-open"
                    >
                      {t('checkins.followupTitle')}
                    </Button>
                  )
                }
              />
            )}
            <Descriptions
              size="small"
              bordered
              column={1}
              styles={{ label: { width: 120 } }}
              items={[
                { key: 'person', label: t('checkins.person'), children: c.person.name },
                { key: 'at', label: t('checkins.serverTime'), children: time(c.at) },
                {
                  key: 'device',
                  label: t('checkins.deviceTime'),
                  children: c.deviceTime ? time(c.deviceTime) : t('checkins.none'),
                },
                { key: 'mood', label: t('checkins.mood'), children: label(checkinMoodLabels, c.mood) },
                { key: 'work', label: t('checkins.work'), children: label(checkinWorkLabels, c.work) },
                {
                  key: 'needs',
                  label: t('checkins.needs'),
                  children: c.needs.length
                    ? [
                        ...c.needs.map((n) => <Tag key={n}>{label(checkinNeedLabels, n)}</Tag>),
                        c.needsOther ? <Typography.Text key="other">{c.needsOther}</Typography.Text> : null,
                      ]
                    : t('checkins.none'),
                },
                {
                  key: 'callback',
                  label: t('checkins.callback'),
                  children: c.callback ? t('checkins.yes') : t('checkins.no'),
                },
                {
                  key: 'location',
                  label: t('checkins.location'),
                  children:
                    loc?.status === 'ok' ? (
                      <span className="mono" data-testid="checkin-location">
                        {loc.accuracy !== null
                          ? t('checkins.locationOk', {
                              lat: loc.latitude.toFixed(5),
                              lng: loc.longitude.toFixed(5),
                              acc: Math.round(loc.accuracy),
                            })
                          : t('checkins.locationOkNoAcc', {
                              lat: loc.latitude.toFixed(5),
                              lng: loc.longitude.toFixed(5),
                            })}
                      </span>
                    ) : (
                      <Tag>{label(locationStatusLabels, c.locationStatus)}</Tag>
                    ),
                },
                {
                  key: 'selfie',
                  label: t('checkins.selfie'),
                  children: (
                    <>
                      <Image
                        width={160}
                        src={`/api/checkins/${encodeURIComponent(c.id)}/selfie`}
                        alt={t('checkins.selfie')}
                        data-testid="checkin-selfie"
                      />
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('checkins.selfieHint')}
                        </Typography.Text>
                      </div>
                    </>
                  ),
                },
                ...(c.followup
                  ? [
                      {
                        key: 'followup',
                        label: t('checkins.followup'),
                        children: (
                          <>
                            <Tag color="green">{label(followupOutcomeLabels, c.followup.outcome)}</Tag>
                            <div>{c.followup.note}</div>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {t('checkins.followupBy', {
                                name: c.followup.by.name,
                                at: time(c.followup.at),
                              })}
                            </Typography.Text>
                          </>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {following && (
              <ActionModal<CheckinFollowupInput, CheckinFollowupInput, Checkin>
                title={t('checkins.followupTitle')}
                onClose={() => setFollowing(false)}
                schema={CheckinFollowupInput}
                toPayload={(v) => ({ outcome: v.outcome, note: (v.note ?? '').trim() })}
                submit={(body) => api.post('/api/checkins/{id}/followup', { params: { id: c.id }, body })}
                confirm={() => ({
                  title: t('checkins.followupTitle'),
                  content: t('checkins.followupConfirm'),
                })}
                successMessage={t('checkins.followupSaved')}
                onSuccess={async () => {
                  await client.invalidateQueries({ queryKey: ['checkins'] });
                  await client.invalidateQueries({ queryKey: ['worklist'] });
                }}
                okText={t('checkins.followupSave')}
                testId="followup"
              >
                {() => (
                  <>
                    <Form.Item
                      name="outcome"
                      label={t('checkins.followupOutcome')}
                      rules={[zodRule(CheckinFollowupInput.shape.outcome)]}
                    >
                      <Select
                        options={labelOptions(followupOutcomeLabels, lang)}
                        aria-label={t('checkins.followupOutcome')}
                      />
                    </Form.Item>
                    <Form.Item
                      name="note"
                      label={t('checkins.followupNote')}
                      rules={[zodRule(CheckinFollowupInput.shape.note)]}
                    >
                      <Input.TextArea
                        rows={4}
                        maxLength={1000}
                        showCount
                        placeholder={t('checkins.followupNotePlaceholder')}
                      />
                    </Form.Item>
                  </>
                )}
              </ActionModal>
            )}
          </>
        )
      )}
    </Drawer>
  );
}
