import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.resolve(import.meta.dirname, '../../..');
const OPENAPI_FILE = path.join(root, 'docs/openapi.json');
export const API_TYPES_FILE = path.join(import.meta.dirname, 'api.gen.ts');

const HEADER = `// Generated from docs/openapi.json by \`npm run gen:api\` (openapi-typescript). Do not edit:
// change the route's schema, then run \`npm run openapi\`, which regenerates this file too.

`;

/** The TypeScript \`paths\` of the committed OpenAPI document, as committed in api.gen.ts. */
export async function renderApiTypes(): Promise<string> {
  const document = fs.readFileSync(OPENAPI_FILE, 'utf8');
  return HEADER + astToString(await openapiTS(document));
}

/** `npm run gen:api`: writes api.gen.ts from docs/openapi.json. */
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  fs.writeFileSync(API_TYPES_FILE, await renderApiTypes());
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
