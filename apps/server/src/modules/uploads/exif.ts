import exifr from 'exifr';

/** The EXIF fields kept beside an upload: what tells when, where and with what a photo was taken. */
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
  'GPSAltitude',
  'GPSDateStamp',
  'GPSTimeStamp',
  'ExifImageWidth',
  'ExifImageHeight',
  'ImageWidth',
  'ImageHeight',
  'Orientation',
  'LensModel',
] as const;

/** Plain JSON: dates as ISO strings, numbers and short strings; nothing else (no binary, no nesting). */
export function cleanExif(raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Record<string, unknown> = {};
  for (const key of KEPT) {
    const v = (raw as Record<string, unknown>)[key];
    if (v instanceof Date) {
      if (!Number.isNaN(v.getTime())) out[key] = v.toISOString();
    } else if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
    else if (typeof v === 'string' && v.length <= 100) out[key] = v;
    else if (Array.isArray(v) && v.length <= 4 && v.every((x) => typeof x === 'number')) out[key] = v;
  }
  return out;
}

/** Re-reads EXIF from the uploaded bytes (never trusting the phone's copy); {} when there is none. */
export async function readExif(bytes: Buffer, mime: string): Promise<Record<string, unknown>> {
  if (!mime.startsWith('image/')) return {};
  try {
    return cleanExif(await exifr.parse(bytes, { gps: true, tiff: true, exif: true }));
  } catch {
    return {};
  }
}
