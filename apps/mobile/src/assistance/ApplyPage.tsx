import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Form, Input, NavBar, Selector, TextArea, Toast } from 'antd-mobile';
import {
  ASSISTANCE_FILE_MAX_BYTES,
  ASSISTANCE_MAX_FILES,
  AssistanceApplyInput,
  AssistanceType,
  assistanceTypeLabels,
} from '@taobo/contracts';
import { enqueue } from '../offline/outbox.ts';
import '../counselling/counselling.css';

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';
const DRAFT_KEY = 'taobo.assistance.draft';

interface Draft {
  type: AssistanceType | null;
  otherType: string;
  description: string;
}

function loadDraft(): Draft {
  try {
    const d = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
    if (d) return d;
  } catch {
    // A broken draft is dropped.
  }
  return { type: null, otherType: '', description: '' };
}

/** Apply for help: what kind, a description, up to 3 photos or PDFs. Sent through the outbox. */
export default function ApplyPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const update = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(next)); // nothing typed is lost on a slip of the finger
  };

  function addFiles(list: FileList | null) {
    setFileError(null);
    const picked = [...(list ?? [])];
    const tooBig = picked.find((f) => f.size > ASSISTANCE_FILE_MAX_BYTES);
    if (tooBig) setFileError(`“${tooBig.name}”超过 5 MB，请换一张更小的照片`);
    const ok = picked.filter(
      (f) => f.size <= ASSISTANCE_FILE_MAX_BYTES && ACCEPT.split(',').includes(f.type),
    );
    if (ok.length < picked.length && !tooBig) setFileError('仅支持照片（JPG/PNG/WebP）或 PDF');
    const next = [...files, ...ok].slice(0, ASSISTANCE_MAX_FILES);
    if (files.length + ok.length > ASSISTANCE_MAX_FILES) setFileError(`附件最多 ${ASSISTANCE_MAX_FILES} 个`);
    setFiles(next);
    if (picker.current) picker.current.value = '';
  }

  async function submit() {
    const parsed = AssistanceApplyInput.safeParse({
      type: draft.type ?? undefined,
      otherType: draft.type === 'other' ? draft.otherType : null,
      description: draft.description,
    });
    if (!parsed.success) {
      const errs: Record<string, string> = {};
      for (const i of parsed.error.issues)
        errs[String(i.path[0] ?? 'type')] ??= i.path[0] === 'type' ? '请选择帮扶类别' : i.message;
      setErrors(errs);
      return;
    }
    setErrors({});
    const input = parsed.data;
    const label = input.type === 'other' ? `其他：${input.otherType}` : assistanceTypeLabels[input.type].zh;
    await enqueue({
      kind: 'assistance',
      label: `帮扶申请（${label}）`,
      path: '/api/m/assistance',
      body: { type: input.type, otherType: input.otherType ?? null, description: input.description },
      files: files.length ? Object.fromEntries(files.map((f, i) => [`file${i + 1}`, f])) : undefined,
    });
    sessionStorage.removeItem(DRAFT_KEY);
    Toast.show({ content: '申请已保存并开始发送，工作人员受理后会通知您', duration: 2500 });
    void navigate('/assistance', { replace: true });
  }

  return (
    <div className="cs-page">
      <NavBar onBack={() => void navigate('/assistance')}>申请帮扶</NavBar>
      <Form layout="vertical" footer={null}>
        <Form.Item
          label="需要哪类帮扶"
          required
          help={errors.type}
          className={errors.type ? 'adm-form-item-has-error' : ''}
        >
          <Selector
            columns={2}
            options={AssistanceType.options.map((t) => ({ label: assistanceTypeLabels[t].zh, value: t }))}
            value={draft.type ? [draft.type] : []}
            onChange={(v) => update({ type: (v[0] as AssistanceType | undefined) ?? null })}
          />
          {errors.type && <div className="cs-error">{errors.type}</div>}
        </Form.Item>
        {draft.type === 'other' && (
          <Form.Item label="具体是哪类帮扶" required>
            <Input
              placeholder="例如：法律援助、子女入学"
              maxLength={30}
              value={draft.otherType}
              onChange={(v) => update({ otherType: v })}
              aria-label="具体是哪类帮扶"
            />
            {errors.otherType && <div className="cs-error">{errors.otherType}</div>}
          </Form.Item>
        )}
        <Form.Item label="情况说明" required>
          <TextArea
            placeholder="说说您的情况和需要什么帮助（至少 10 字）"
            rows={5}
            maxLength={1000}
            showCount
            value={draft.description}
            onChange={(v) => update({ description: v })}
            aria-label="情况说明"
          />
          {errors.description && <div className="cs-error">{errors.description}</div>}
        </Form.Item>
        <Form.Item label={`证明材料（选填，照片或 PDF，最多 ${ASSISTANCE_MAX_FILES} 个，每个不超过 5 MB）`}>
          <div className="cs-files">
            {files.map((f, i) => (
              <div key={`${f.name}-${i}`} className="cs-file" data-testid="picked-file">
                <span>{f.name}</span>
                <Button
                  size="small"
                  fill="none"
                  color="danger"
                  onClick={() => setFiles(files.filter((_, j) => j !== i))}
                >
                  移除
                </Button>
              </div>
            ))}
            {files.length < ASSISTANCE_MAX_FILES && (
              <label className="cs-file-pick">
                ＋ 拍照或选择文件
                <input
                  ref={picker}
                  type="file"
                  accept={ACCEPT}
                  multiple
                  onChange={(e) => addFiles(e.target.files)}
                  data-testid="file-input"
                />
              </label>
            )}
            {fileError && <div className="cs-error">{fileError}</div>}
          </div>
        </Form.Item>
      </Form>
      <div style={{ margin: 12 }}>
        <Button block color="primary" size="large" onClick={() => void submit()}>
          提交申请
        </Button>
        <p className="cs-muted">没有网络也可以提交，联网后会自动发送。</p>
      </div>
    </div>
  );
}
