// Small real images for tests (integration and browser): no image library needed to make them.

import sharp from 'sharp';

/** A valid 1×1 baseline JPEG. */
const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/**
 * A JPEG carrying an EXIF block (APP1) with Make, Model and DateTime, as a phone camera writes:
 * lets a test check that the server re-reads EXIF from the bytes.
 */
export function jpegWithExif(
  tags: { make: string; model: string; dateTime: string },
  base: Buffer = TINY_JPEG,
): Buffer {
  const entries: [number, string][] = [
    [0x010f, tags.make],
    [0x0110, tags.model],
    [0x0132, tags.dateTime], // 'YYYY:MM:DD HH:MM:SS'
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  let dataOffset = 8 + ifdSize;
  const ifd = Buffer.alloc(ifdSize);
  const data: Buffer[] = [];
  ifd.writeUInt16BE(entries.length, 0);
  entries.forEach(([tag, text], i) => {
    const value = Buffer.from(`${text}\0`, 'ascii');
    const at = 2 + i * 12;
    ifd.writeUInt16BE(tag, at);
    ifd.writeUInt16BE(2, at + 2); // ASCII
    ifd.writeUInt32BE(value.length, at + 4);
    ifd.writeUInt32BE(dataOffset, at + 8);
    data.push(value);
    dataOffset += value.length;
  });
  const tiff = Buffer.concat([Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]), ifd, ...data]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([base.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, payload, base.subarray(2)]);
}

export const tinyJpeg = () => Buffer.from(TINY_JPEG);

/**
 * The picture an image holds (size and decoded pixels), whatever its metadata and encoding: the
 * server re-encodes every uploaded image (platform/files.ts `cleanImage`), so a stored PNG is the
 * same picture, not the same bytes.
 */
export async function picture(bytes: Buffer) {
  // As leniently as the server decodes (the tiny JPEG above is not quite whole).
  const { data, info } = await sharp(bytes, { failOn: 'none' }).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, pixels: data.toString('base64') };
}
