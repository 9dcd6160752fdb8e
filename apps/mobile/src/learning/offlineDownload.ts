import { mediaUrl } from '@taobo/contracts';
import { useSyncExternalStore } from 'react';

/**
 * 下载离线学习: fetches a course and every media file it uses, so the service worker keeps them
 * (it caches /api/m/courses* and /api/m/learning* as they pass). Which courses were downloaded is
 * remembered on the phone, to show it.
 */
const KEY = 'taobo.learning.offline';
const listeners = new Set<() => void>();

function read(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}
let snapshot = read();

export async function downloadCourse(courseId: string, onProgress: (done: number, total: number) => void) {
  const res = await fetch(`/api/m/courses/${courseId}`, { credentials: 'same-origin', cache: 'no-store' });
  if (!res.ok) throw new Error('课程下载失败，请联网后重试');
  const course = (await res.json()) as { mediaIds: string[] };
  // The list too, so the course list opens offline with the latest progress.
  await fetch('/api/m/courses', { credentials: 'same-origin', cache: 'no-store' }).catch(() => undefined);
  let done = 0;
  onProgress(done, course.mediaIds.length);
  for (const id of course.mediaIds) {
    const media = await fetch(mediaUrl(id, 'app'), { credentials: 'same-origin' });
    if (!media.ok) throw new Error('课程图片或视频下载失败，请重试');
    await media.blob();
    onProgress(++done, course.mediaIds.length);
  }
  localStorage.setItem(KEY, JSON.stringify({ ...read(), [courseId]: new Date().toISOString() }));
  snapshot = read();
  for (const l of listeners) l();
}

/** When the course was downloaded for offline study, or null. */
export function useDownloadedAt(courseId: string): string | null {
  const all = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => snapshot,
  );
  return all[courseId] ?? null;
}
