/**
 * Regenerates docs/schemas/guide-export.schema.json from the domain (schemaJsonGuide), formatted by prettier.
 *   node -r esbuild-register extensions/instruction/scripts/ecrire-schema-guide.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { CHEMIN_SCHEMA_GUIDE, schemaGuidePublie } from '../server/src/schema-guide-publie';

async function main(): Promise<void> {
  const options = (await prettier.resolveConfig(CHEMIN_SCHEMA_GUIDE)) ?? {};
  const texte = await prettier.format(JSON.stringify(schemaGuidePublie(), null, 2), { ...options, parser: 'json' });
  mkdirSync(path.dirname(CHEMIN_SCHEMA_GUIDE), { recursive: true });
  writeFileSync(CHEMIN_SCHEMA_GUIDE, texte);
  console.log(`écrit : ${path.relative(process.cwd(), CHEMIN_SCHEMA_GUIDE)}`);
}

main().catch((erreur) => {
  console.error(erreur);
  process.exit(1);
});
