import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, DotLoading, ErrorBlock, NavBar, TextArea, Toast } from 'antd-mobile';
import { useQuery } from '@tanstack/react-query';
import type { MyUpload } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { enqueue, useOutbox } from '../offline/outbox.ts';
import { shanghaiTime, todayInShanghai } from '@taobo/domain';
import { shortDate } from '../dates.ts';
import { KindOutbox } from '../offline/OutboxStatus.tsx';
import { locate, readyDespiteLocating, type Position } from '../media/capture.ts';
import { fitPhoto, IMAGE_MAX_BYTES, readExif, VIDEO_MAX_BYTES } from './capture.ts';
import '../appointments/appointments.css';

const ELIGIBILITY = ['uploads', 'eligibility'] as const;
const MINE = ['uploads', 'mine'] as const;
const REFRESH = [ELIGIBILITY, MINE, ['home']] as const;

const STATUS_TEXT: Record<MyUpload['status'], string> = {
  pending: '待审核',
  approved: '已通过（阴性）',
  rejected_missed: '未通过（不计为检测）',
  rejected_retest: '未通过（须重新检测）',
};

interface Shot {
  blob: Blob;
  url: string;
  video: boolean;
  exif: Record<string, unknown>;
}

function positionText(p: Position): string {
  switch (p.status) {
    case 'locating':
      return '正在获取位置…';
    case 'ok':
      return `已获取位置${p.accuracy !== null ? `（精度约 ${p.accuracy} 米）` : ''}`;
    case 'denied':
      return '您未允许获取位置。上传仍可提交，但会记录为“拒绝授权”，审核时可能不予通过。可在浏览器设置中允许本网站使用位置后重试。';
    case 'unavailable':
      return '暂时无法获取位置（信号弱或未开启定位）。上传将记录为“无法获取位置”。';
  }
}

/** A camera button: the capture input opens the camera directly; the plain picker is only a fallback. */
function CaptureField({
  label,
  hint,
  testId,
  facing,
  allowVideo,
  shot,
  error,
  onShot,
}: {
  label: string;
  hint: string;
  testId: string;
  facing: 'environment' | 'user';
  allowVideo: boolean;
  shot: Shot | null;
  error?: string;
  onShot: (file: File) => void;
}) {
  const photo = useRef<HTMLInputElement>(null);
  const video = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const take = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (f) onShot(f);
  };
  return (
    <div style={{ marginTop: 12 }}>
      <div>
        <strong>{label}</strong>
      </div>
      <div className="muted">{hint}</div>
      <input
        ref={photo}
        className="ap-hidden-input"
        type="file"
        accept="image/*"
        capture={facing}
        onChange={take}
        data-testid={`${testId}-camera`}
        aria-label={`${label}（拍照）`}
      />
      {allowVideo && (
        <input
          ref={video}
          className="ap-hidden-input"
          type="file"
          accept="video/*"
          capture={facing}
          onChange={take}
          data-testid={`${testId}-video`}
          aria-label={`${label}（录像）`}
        />
      )}
      <input
        ref={picker}
        className="ap-hidden-input"
        type="file"
        accept={allowVideo ? 'image/*,video/*' : 'image/*'}
        onChange={take}
        data-testid={`${testId}-picker`}
        aria-label={`${label}（从相册选择）`}
      />
      <div className="ap-shot">
        {shot &&
          (shot.video ? (
            <video src={shot.url} muted playsInline aria-label={`${label}预览`} />
          ) : (
            <img src={shot.url} alt={`${label}预览`} />
          ))}
        <div style={{ flex: 1 }}>
          <Button
            className="ap-big-button"
            color="primary"
            fill={shot ? 'outline' : 'solid'}
            onClick={() => photo.current?.click()}
          >
            {shot ? '重新拍摄' : facing === 'user' ? '打开前置相机自拍' : '打开相机拍照'}
          </Button>
          {allowVideo && (
            <Button
              className="ap-big-button"
              fill="outline"
              style={{ marginTop: 8 }}
              onClick={() => video.current?.click()}
            >
              改为拍摄短视频（不超过 20 MB）
            </Button>
          )}
        </div>
      </div>
      <button type="button" className="ap-fallback" onClick={() => picker.current?.click()}>
        相机无法打开？从相册选择
      </button>
      {error && <div className="ap-error">{error}</div>}
    </div>
  );
}

/** 异地上传: while away on leave or with staff permission, a photo (or video) of the test cassette and a selfie. */
export default function UploadPage() {
  const navigate = useNavigate();
  const eligibility = useQuery({
    queryKey: ELIGIBILITY,
    queryFn: ({ signal }) => api.get('/api/m/uploads/eligibility', { signal }),
  });
  const mine = useQuery({
    queryKey: MINE,
    queryFn: ({ signal }) => api.get('/api/m/uploads', { signal }),
  });
  const waiting = useOutbox('upload').some((i) => i.state === 'pending' || i.state === 'sending');
  const [cassette, setCassette] = useState<Shot | null>(null);
  const [selfie, setSelfie] = useState<Shot | null>(null);
  const [note, setNote] = useState('');
  const [position, setPosition] = useState<Position>({ status: 'locating' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const allowed = eligibility.data?.allowed === true;
  const pendingReview = (mine.data ?? []).some((u) => u.status === 'pending');
  const showForm = allowed && !pendingReview && !waiting;

  useEffect(() => {
    if (showForm && position.status === 'locating') void locate().then(setPosition);
  }, [showForm, position.status]);
  useEffect(
    () => () => {
      if (cassette) URL.revokeObjectURL(cassette.url);
    },
    [cassette],
  );
  useEffect(
    () => () => {
      if (selfie) URL.revokeObjectURL(selfie.url);
    },
    [selfie],
  );

  async function shoot(file: File, which: 'cassette' | 'selfie') {
    const video = file.type.startsWith('video/');
    if (video && file.size > VIDEO_MAX_BYTES) {
      setErrors((e) => ({ ...e, [which]: '视频超过 20 MB，请拍摄更短的视频（约 10 秒）或改为拍照' }));
      return;
    }
    const exif = await readExif(file);
    const blob = video ? file : await fitPhoto(file);
    if (!video && blob.size > IMAGE_MAX_BYTES) {
      setErrors((e) => ({ ...e, [which]: '照片超过 8 MB，请重新拍摄' }));
      return;
    }
    const shot = { blob, url: URL.createObjectURL(blob), video, exif };
    if (which === 'cassette') setCassette(shot);
    else setSelfie(shot);
    setErrors((e) => ({ ...e, [which]: '' }));
  }

  async function submit() {
    const problems: Record<string, string> = {};
    if (!cassette) problems.cassette = '请拍摄试剂盒的照片或视频';
    if (!selfie) problems.selfie = '请拍摄一张本人自拍';
    setErrors(problems);
    if (Object.keys(problems).length) {
      Toast.show({ content: Object.values(problems)[0] });
      return;
    }
    if (!(await readyDespiteLocating(position))) return;
    setBusy(true);
    try {
      const located = position.status === 'ok' ? position : null;
      const ext = (b: Blob, fallback: string) =>
        (b.type.split('/')[1] ?? fallback).replace('quicktime', 'mov');
      await enqueue({
        kind: 'upload',
        label: `异地检测上传（${shortDate(todayInShanghai())}）`,
        path: '/api/m/uploads',
        body: {
          deviceTime: new Date().toISOString(),
          ...(located && {
            latitude: String(located.latitude),
            longitude: String(located.longitude),
            ...(located.accuracy !== null && { accuracy: String(located.accuracy) }),
          }),
          ...(!located && {
            locationError:
              position.status === 'denied'
                ? '拒绝授权'
                : position.status === 'locating'
                  ? '未等到定位'
                  : '无法获取位置',
          }),
          exif: JSON.stringify({ cassette: cassette!.exif, selfie: selfie!.exif }),
          ...(note.trim() && { note: note.trim() }),
        },
        files: {
          cassette: new File([cassette!.blob], `cassette.${ext(cassette!.blob, 'jpg')}`, {
            type: cassette!.blob.type || 'image/jpeg',
          }),
          selfie: new File([selfie!.blob], `selfie.${ext(selfie!.blob, 'jpg')}`, {
            type: selfie!.blob.type || 'image/jpeg',
          }),
        },
      });
      setCassette(null);
      setSelfie(null);
      setNote('');
      Toast.show({ content: '已保存，联网时自动上传', duration: 2500 });
    } catch (e) {
      Toast.show({ content: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  const e = eligibility.data;
  return (
    <div className="ap-page">
      <NavBar onBack={() => void navigate('/')}>异地上传</NavBar>
      {eligibility.isPending ? (
        <div style={{ textAlign: 'center', padding: 32 }}>
          <DotLoading color="primary" />
        </div>
      ) : eligibility.isError ? (
        <ErrorBlock status="disconnected" title="加载失败" description={errorMessage(eligibility.error)}>
          <Button color="primary" onClick={() => void eligibility.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      ) : (
        <section className="ap-card ap-window" data-testid="upload-eligibility">
          <h2>异地检测</h2>
          {e!.allowed ? (
            <>
              <div>
                {e!.basis === 'leave' ? '您正在请假外出，可以异地检测' : '工作人员已准许您异地检测'}
                {e!.until ? `，有效期至 ${shortDate(e!.until)}` : ''}。
              </div>
              {e!.window && (
                <div className="muted">
                  本期检测请在 <strong>{shortDate(e!.window.deadline)}</strong>{' '}
                  前完成：用检测试剂盒自测后，拍下试剂盒结果和本人自拍上传。
                </div>
              )}
            </>
          ) : (
            <>
              <div>{e!.reason}</div>
              {!e!.basis && (
                <div className="action-row">
                  <Button color="primary" onClick={() => void navigate('/appointments')}>
                    去预约检测
                  </Button>
                </div>
              )}
            </>
          )}
        </section>
      )}

      <KindOutbox
        kind="upload"
        refresh={REFRESH}
        next={{
          pending: '照片已保存在手机上，联网后自动上传，请勿卸载应用或清除数据。',
          sent: '已上传成功。审核结果见下方“我的上传”，也会通过消息通知您。',
        }}
      />

      {showForm && (
        <section className="ap-card" aria-label="拍摄上传">
          <h2>拍摄上传</h2>
          <CaptureField
            label="1. 试剂盒结果"
            hint="将试剂盒平放，拍清结果窗口（C 线、T 线）。也可拍一段不超过 20 MB 的短视频。"
            testId="cassette"
            facing="environment"
            allowVideo
            shot={cassette}
            error={errors.cassette}
            onShot={(f) => void shoot(f, 'cassette')}
          />
          <CaptureField
            label="2. 本人自拍"
            hint="手持试剂盒，本人与试剂盒同框，露出正脸。"
            testId="selfie"
            facing="user"
            allowVideo={false}
            shot={selfie}
            error={errors.selfie}
            onShot={(f) => void shoot(f, 'selfie')}
          />
          <div style={{ marginTop: 12 }} data-testid="upload-location" data-status={position.status}>
            <strong>位置</strong>
            <div className={position.status === 'ok' ? 'muted' : 'ap-error'}>{positionText(position)}</div>
            {(position.status === 'denied' || position.status === 'unavailable') && (
              <Button
                size="small"
                fill="outline"
                style={{ minHeight: 44, marginTop: 4 }}
                onClick={() => setPosition({ status: 'locating' })}
              >
                重新获取位置
              </Button>
            )}
          </div>
          <div style={{ marginTop: 12 }}>
            <strong>备注（选填）</strong>
            <TextArea
              placeholder="如：在广东东莞务工，附近没有检测站"
              maxLength={200}
              showCount
              value={note}
              onChange={setNote}
              aria-label="备注"
            />
          </div>
          <div className="muted" style={{ marginTop: 8 }}>
            检测时间以服务器收到的时间为准；手机时间、位置和照片信息会一并提交供审核。
          </div>
          <Button
            className="ap-big-button"
            color="primary"
            style={{ marginTop: 12 }}
            loading={busy}
            onClick={() => void submit()}
            data-testid="upload-submit"
          >
            提交上传
          </Button>
        </section>
      )}
      {allowed && pendingReview && !waiting && (
        <section className="ap-card muted">您已有一份上传正在审核，审核结果会通过消息通知您。</section>
      )}

      {(mine.data ?? []).length > 0 && (
        <section className="ap-card" aria-label="我的上传">
          <h2>我的上传</h2>
          {mine.data!.map((u) => (
            <div key={u.id} className="ap-booking" data-testid="my-upload" data-status={u.status}>
              <div>
                {shortDate(u.date)} {shanghaiTime(u.receivedAt)}
                <span className={`ap-status ap-status-${u.status}`}>{STATUS_TEXT[u.status]}</span>
              </div>
              {u.reason && <div className="muted">原因：{u.reason}</div>}
              {u.status === 'rejected_retest' && (
                <div className="muted">
                  请重新拍摄上传，或 <Link to="/appointments">预约到检测站检测</Link>。
                </div>
              )}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
