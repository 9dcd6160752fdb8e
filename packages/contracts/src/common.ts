import { z } from 'zod';
import { isValidDate } from '@taobo/domain';

/** A business date in Asia/Shanghai, `YYYY-MM-DD`. */
export const DateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => isValidDate(s), '日期无效');
export type DateString = z.infer<typeof DateString>;

export const Id = z.string().uuid('ID 格式无效');

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function Page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export const Ref = z.object({ id: z.string(), name: z.string() });
export type Ref = z.infer<typeof Ref>;
