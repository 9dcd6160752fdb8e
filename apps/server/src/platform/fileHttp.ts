import type { FastifyReply, FastifyRequest } from 'fastify';
import { notMultipart } from '../errors.ts';
import { assertNoNul } from './requestGuards.ts';

/** One file of a multipart body, read into memory. */
export interface MultipartFile {
  field: string;
  filename: string;
  bytes: Buffer;
}

/** Every upload route answers a body that is not multipart/form-data with one error (415). */
export function requireMultipart(request: FastifyRequest): void {
  if (!request.isMultipart()) throw notMultipart();
}

/**
 * Reads a whole multipart body into memory: its files, in order, and its fields (the last of a
 * name wins). A file over `limits.fileSize` fails with `tooLarge()` when given, else with the
 * multipart plugin's own 413.
 */
export async function readMultipart(
  request: FastifyRequest,
  limits: { files: number; fileSize: number; fields?: number },
  tooLarge?: () => Error,
): Promise<{ files: MultipartFile[]; fields: Record<string, unknown> }> {
  requireMultipart(request);
  const files: MultipartFile[] = [];
  const fields: Record<string, unknown> = {};
  for await (const part of request.parts({ limits })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer().catch((e: unknown) => {
        if (tooLarge && (e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw e;
      });
      if (tooLarge && part.file.truncated) throw tooLarge();
      files.push({ field: part.fieldname, filename: part.filename, bytes });
    } else {
      fields[part.fieldname] = part.value;
    }
  }
  // The text fields reach the database as text: a NUL is refused here as in JSON bodies.
  assertNoNul(fields, 'body');
  return { files, fields };
}

/** Sends a stored (decrypted) file of a person: never cached; `name` shows it inline under that name. */
export function sendPrivateFile(reply: FastifyReply, f: { bytes: Buffer; type: string; name?: string }) {
  reply.type(f.type).header('cache-control', 'private, no-store');
  if (f.name !== undefined)
    reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`);
  return reply.send(f.bytes as never);
}
