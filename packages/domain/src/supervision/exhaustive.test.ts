import { describe, expect, it } from 'vitest';
import { assertNever } from './exhaustive.ts';

describe('assertNever', () => {
  it('throws when a value escapes an exhaustive switch at run time', () => {
    expect(() => assertNever('surprise' as never)).toThrow('unexpected value: "surprise"');
  });
});
