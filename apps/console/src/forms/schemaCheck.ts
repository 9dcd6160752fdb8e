import type { FormInstance } from 'antd';
import type { SafeParser } from './zodRule.ts';

/**
 * Check a whole payload with its contract schema before it is sent: the cross-field rules
 * (`refine`/`superRefine`, e.g. 收到日期 not before 决定日期) that a per-field `zodRule` cannot see.
 * The issues land on the fields they name; returns true when the payload is valid (and so has
 * the schema's type: the payload is sent as it is, the schema only checks it).
 */
export function checkWithSchema<T>(
  form: FormInstance,
  schema: SafeParser<T>,
  payload: unknown,
): payload is T {
  const result = schema.safeParse(payload);
  if (result.success) return true;
  const known = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    // The deepest field the form has on that path (`members.0.name`, else `members`).
    let name = path;
    while (name.length > 1 && !known.has(JSON.stringify(name))) name = name.slice(0, -1);
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  const first = byField.values().next().value;
  if (first && first.name.length) form.scrollToField(first.name, { block: 'center' });
  return false;
}
