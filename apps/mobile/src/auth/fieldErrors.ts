import type { Form } from 'antd-mobile';

type FormInstance = ReturnType<typeof Form.useForm>[0];

/** Puts the server's validation issues under the fields they name (their `path`). */
export function showServerIssues(form: FormInstance, issues: { path: string; message: string }[]): void {
  const byField = new Map<string, string>();
  for (const i of issues) {
    const name = i.path.split('.')[0];
    if (name && !byField.has(name)) byField.set(name, i.message);
  }
  form.setFields([...byField].map(([name, message]) => ({ name, errors: [message] })));
}
