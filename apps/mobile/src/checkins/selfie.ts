/** Longest side of the selfie sent: enough to recognise a face, small for a weak connection. */
const MAX_SIDE = 800;

/**
 * Shrinks a camera photo to a JPEG of at most MAX_SIDE pixels on its longest side. If the browser
 * cannot decode it, the original is sent (the server checks the content anyway).
 */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const out = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    return out ?? file;
  } catch {
    return file;
  }
}

export type Located =
  | { status: 'locating' }
  | { status: 'ok'; latitude: number; longitude: number; accuracy: number | null }
  | { status: 'denied' }
  | { status: 'unavailable' };

/** The phone's position once; refusal is an answer too (recorded as 拒绝授权). */
export function locate(): Promise<Exclude<Located, { status: 'locating' }>> {
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
