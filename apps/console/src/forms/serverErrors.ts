import type { FormInstance } from 'antd';
import { ApiError } from '../api.ts';

type NamePath = (string | number)[];

/** `rehabEpisodes.0.endDate` (or `rehabEpisodes/0/endDate`) → `['rehabEpisodes', 0, 'endDate']`. */
export function issuePathToName(path: string): NamePath {
  return path
    .split(/[./]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Put the server's field issues next to the fields they are about. Returns true when at
 * least one issue landed on a field in this form (so no extra toast is needed).
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  extra: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set(form.getFieldsError().map((f) => f.name[0]));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const add = (name: NamePath, message: string) => {
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  };
  for (const issue of error.issues) {
    const name = issuePathToName(issue.path);
    if (name.length > 0 && typeof name[0] === 'string' && known.has(name[0])) add(name, issue.message);
  }
  // Errors whose code names one field (e.g. DUPLICATE_ID_NUMBER → idNumber).
  const field = extra[error.code];
  if (field && !byField.has(JSON.stringify([field]))) add([field], error.message);
  if (byField.size === 0) return false;
  form.setFields([...byField.values()]);
  const first = byField.values().next().value;
  if (first) form.scrollToField(first.name, { block: 'center' });
  return true;
}
