import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_FILE, renderOpenapi } from './writeOpenapi.ts';

describe('docs/openapi.json', () => {
  it('is the contract the app serves (run `npm run openapi` after an API change)', async () => {
    const served = JSON.parse(await renderOpenapi());
    expect(served.paths['/api/persons'].get).toBeDefined();
    expect(JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8'))).toEqual(served);
  });
});
