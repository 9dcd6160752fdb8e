import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { DomainError } from '../errors.ts';

// Personal images must not linger in a process-wide cache.
sharp.cache(false);

/**
 * Where uploaded files live. The disk store keeps them under the data directory; an
 * S3-compatible store can implement the same three calls later.
 */
export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

export function diskFileStore(root: string): FileStore {
  const file = (key: string) => {
    if (!/^[a-z0-9][a-z0-9/_-]*$/.test(key) || key.includes('..')) throw new Error(`Bad file key ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      await fs.writeFile(tmp, bytes, { mode: 0o600 });
      await fs.rename(tmp, target); // whole file or nothing
    },
    async get(key) {
      try {
        return await fs.readFile(file(key));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async delete(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}

/**
 * Checks an upload by its content, never by its name or declared type: the magic bytes must be
 * one of `allowed`, and the size within `maxBytes`.
 */
export async function sniff(bytes: Buffer, allowed: readonly string[], maxBytes: number): Promise<string> {
  if (bytes.length === 0) throw new DomainError('EMPTY_FILE', '文件为空');
  if (bytes.length > maxBytes)
    throw new DomainError('FILE_TOO_LARGE', `文件过大（不超过 ${Math.round(maxBytes / 1024 / 1024)} MB）`);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !allowed.includes(type.mime)) {
    throw new DomainError(
      'UNSUPPORTED_FILE_TYPE',
      `不支持的文件类型，仅限：${allowed.map((m) => m.split('/')[1]).join('、')}`,
    );
  }
  return type.mime;
}

/** Image types re-encoded on upload; anything else (PDF, video) is stored as sent. */
const REENCODED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
/** 40 megapixels: more than any phone camera, far less than a decompression bomb. */
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Re-encodes an uploaded image (`mime` from `sniff`) in its own format, so nothing but the
 * pixels is kept: no EXIF (GPS position, time, phone model and serial), no XMP, no ICC profile,
 * no thumbnail, no trailing bytes. The camera's orientation is applied first. An image that does
 * not decode is refused (it could not be cleaned). Other types come back as they are.
 */
export async function cleanImage(bytes: Buffer, mime: string): Promise<Buffer> {
  if (!REENCODED.has(mime)) return bytes;
  const animated = mime === 'image/gif';
  // Lenient decoding (`failOn: 'none'`): a phone's slightly truncated JPEG keeps the pixels that
  // decode; only what yields no image at all is refused.
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'none', animated });
    // An animation has no camera orientation (and sharp cannot turn one).
    const upright = animated ? image : image.rotate();
    switch (mime) {
      case 'image/jpeg':
        return await upright.jpeg({ quality: 88, mozjpeg: true }).toBuffer();
      case 'image/png':
        return await upright.png({ compressionLevel: 9 }).toBuffer();
      case 'image/webp':
        return await upright.webp({ quality: 88 }).toBuffer();
      default:
        return await upright.gif().toBuffer();
    }
  } catch {
    throw new DomainError(
      'UNSUPPORTED_FILE_TYPE',
      '图片无法读取（文件可能已损坏），请重新拍摄或选择其他图片',
    );
  }
}
