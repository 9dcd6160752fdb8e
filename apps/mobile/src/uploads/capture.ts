import { downscalePhoto } from '../media/capture.ts';

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
export function fitPhoto(file: File): Promise<Blob> {
  return file.size <= IMAGE_MAX_BYTES ? Promise.resolve(file) : downscalePhoto(file, 2400, 0.85);
}
