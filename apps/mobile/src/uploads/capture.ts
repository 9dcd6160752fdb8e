/** What the phone tells about a shot and where it was taken: kept with the upload, checked by staff. */

/** EXIF fields worth keeping (when, with what, where); the server re-reads its own copy from the bytes. */
const KEPT = [
  'Make',
  'Model',
  'Software',
  'DateTimeOriginal',
  'CreateDate',
  'ModifyDate',
  'OffsetTimeOriginal',
  'latitude',
  'longitude',
  'ExifImageWidth',
  'ExifImageHeight',
  'Orientation',
] as const;

/** EXIF of a photo, read on the phone (exifr is loaded only when a photo is taken). {} when none. */
export async function readExif(file: Blob): Promise<Record<string, unknown>> {
  if (!file.type.startsWith('image/')) return {};
  try {
    const { default: exifr } = await import('exifr');
    const raw = (await exifr.parse(file, { gps: true, tiff: true, exif: true })) as
      Record<string, unknown> | undefined;
    const out: Record<string, unknown> = {};
    for (const k of KEPT) {
      const v = raw?.[k];
      if (v instanceof Date) out[k] = v.toISOString();
      else if (typeof v === 'number' || (typeof v === 'string' && v.length <= 100)) out[k] = v;
    }
    return out;
  } catch {
    return {};
  }
}

export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
export const VIDEO_MAX_BYTES = 20 * 1024 * 1024;

/**
 * A photo over the 8 MB limit is re-encoded smaller (its EXIF was read before, from the original);
 * a photo within the limit is sent untouched, so the server can read the camera's own EXIF.
 */
export async function fitPhoto(file: File): Promise<Blob> {
  if (file.size <= IMAGE_MAX_BYTES) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, 2400 / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return (await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85))) ?? file;
  } catch {
    return file;
  }
}

export type Position =
  | { status: 'locating' }
  | { status: 'ok'; latitude: number; longitude: number; accuracy: number | null }
  | { status: 'denied' }
  | { status: 'unavailable' };

/** The phone's position once; a refusal is an answer too, recorded with the upload. */
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
