import { z } from 'zod';

export type Issue = (message: string) => void;

/** A value that reports its own problem; `undefined` and '' mean "not set". */
export function checked<T>(parse: (value: string | undefined, issue: Issue) => T) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      let failed = false;
      const result = parse(value === '' ? undefined : value, (message) => {
        failed = true;
        ctx.addIssue({ code: 'custom', message });
      });
      return failed ? z.NEVER : result;
    });
}
