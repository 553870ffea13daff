import { readFileSync } from 'node:fs';
import { CHEMIN_SCHEMA_PUBLIE, schemaPublie } from './schema-publie';

describe('schéma JSON publié des exports de modèle', () => {
  it('docs/schemas/modele-export.schema.json est celui que le domaine génère (sinon : scripts/ecrire-schema.ts)', () => {
    const publie = JSON.parse(readFileSync(CHEMIN_SCHEMA_PUBLIE, 'utf8'));
    expect(publie).toEqual(schemaPublie());
  });

  it('est un schéma draft 2020-12 identifié, qui ferme les objets', () => {
    const schema = schemaPublie();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://guichet.example/schemas/modele-export.schema.json');
    expect(schema.additionalProperties).toBe(false);
  });
});
