import type { FormRule } from 'antd';

/** The part of a zod schema we need; keeps zod itself out of the console's imports. */
export interface SafeParser<T = unknown> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { message: string; path: readonly PropertyKey[] }[] } };
}

export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

interface ZodRuleOptions {
  /** Empty passes (an optional field, or a masked field left as it is). */
  optional?: boolean;
  /** Turn the control's value into what the schema expects (e.g. a dayjs into `YYYY-MM-DD`). */
  toInput?: (value: unknown) => unknown;
}

/**
 * Validate an antd form field with the same zod schema the server uses, so the user sees
 * the same Chinese message inline that the server would answer with.
 */
export function zodRule(schema: SafeParser, options: ZodRuleOptions = {}): FormRule {
  return {
    validator: async (_rule, raw: unknown) => {
      const value = options.toInput ? options.toInput(raw) : raw;
      if (isEmptyValue(value)) {
        if (options.optional) return;
        // Required: let the schema word the message (`请输入姓名`), as it would for an empty string.
        const result = schema.safeParse(typeof value === 'string' || value == null ? '' : value);
        if (!result.success) throw new Error(result.error.issues[0]?.message);
        return;
      }
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message);
    },
  };
}
