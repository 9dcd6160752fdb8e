import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from './writeApiTypes.ts';

describe('api.gen.ts', () => {
  it('is generated from docs/openapi.json as committed (run `npm run gen:api`)', async () => {
    const fresh = await renderApiTypes();
    expect(fresh).toContain('"/api/persons/{id}"');
    expect(
      fs.readFileSync(API_TYPES_FILE, 'utf8') === fresh,
      'api.gen.ts is stale: run `npm run gen:api`',
    ).toBe(true);
  });
});
