import { readFileSync } from 'node:fs';
import { CHEMIN_SCHEMA_GUIDE, schemaGuidePublie } from './schema-guide-publie';

describe('schéma JSON publié des exports de guide', () => {
  it('docs/schemas/guide-export.schema.json est celui que le domaine génère (sinon : scripts/ecrire-schema-guide.ts)', () => {
    expect(JSON.parse(readFileSync(CHEMIN_SCHEMA_GUIDE, 'utf8'))).toEqual(schemaGuidePublie());
  });
});
