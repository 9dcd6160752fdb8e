import { Dialog } from 'antd-mobile';

/**
 * Re-encodes a photo as a JPEG of at most `maxSide` pixels on its longest side. If the browser
 * cannot decode it, the original is returned (the server checks the content anyway).
 */
export async function downscalePhoto(file: Blob, maxSide: number, quality: number): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return (
      (await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))) ?? file
    );
  } catch {
    return file;
  }
}

export type Position =
  | { status: 'locating' }
  | { status: 'ok'; latitude: number; longitude: number; accuracy: number | null }
  | { status: 'denied' }
  | { status: 'unavailable' };

/** The phone's position once; a refusal is an answer too (recorded as 拒绝授权). */
export function locate(): Promise<Exclude<Position, { status: 'locating' }>> {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) return resolve({ status: 'unavailable' });
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          status: 'ok',
          latitude: p.coords.latitude,
          longitude: p.coords.longitude,
          accuracy: Number.isFinite(p.coords.accuracy) ? Math.round(p.coords.accuracy) : null,
        }),
      (e) => resolve({ status: e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}

/** True when the write may go now: at once if the position is settled, else if the person agrees to send it without. */
export async function readyDespiteLocating(position: Position): Promise<boolean> {
  if (position.status !== 'locating') return true;
  return Dialog.confirm({
    content: '位置仍在获取中，是否不带位置直接提交？',
    confirmText: '直接提交',
    cancelText: '再等等',
  });
}
