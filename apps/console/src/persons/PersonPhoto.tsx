import { UploadOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Image, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { personDetailQuery } from './personQueries.ts';

const MAX_BYTES = 2 * 1024 * 1024;

/** The file's photo; staff who may edit the file can upload or replace it (the server checks the content). */
export function PersonPhoto({ person, canEdit }: { person: PersonDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.put('/api/persons/{id}/photo', { params: { id: person.id }, body: form });
    },
    onSuccess: (updated) => {
      // Patch the open file rather than re-read it: each read of a file is an audited view.
      queryClient.setQueryData(personDetailQuery(person.id).queryKey, updated);
      void message.success(t('person.photoUploaded'));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  // The URL changes when the file does, so a replaced photo is fetched again.
  const src = `/api/persons/${encodeURIComponent(person.id)}/photo?v=${encodeURIComponent(person.updatedAt)}`;

  return (
    <Space align="center" size={12} data-testid="person-photo">
      {person.hasPhoto ? (
        <Image
          src={src}
          width={72}
          height={90}
          style={{ objectFit: 'cover', borderRadius: 4 }}
          alt={t('person.photo')}
        />
      ) : (
        <Avatar
          shape="square"
          size={72}
          icon={<UserOutlined aria-hidden />}
          aria-label={t('person.photoNone')}
        />
      )}
      {canEdit && (
        <Space direction="vertical" size={2}>
          <Upload
            accept="image/jpeg,image/png,image/webp"
            showUploadList={false}
            beforeUpload={(file) => {
              if (file.size > MAX_BYTES) {
                void message.error(t('person.photoTooLarge'));
                return Upload.LIST_IGNORE;
              }
              upload.mutate(file);
              return false; // we upload ourselves
            }}
          >
            <Button
              size="small"
              icon={<UploadOutlined aria-hidden />}
              loading={upload.isPending}
              data-testid="photo-upload"
            >
              {person.hasPhoto ? t('person.photoReplace') : t('person.photoUpload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('person.photoHint')}
          </Typography.Text>
        </Space>
      )}
    </Space>
  );
}
