import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../errors.ts';

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
