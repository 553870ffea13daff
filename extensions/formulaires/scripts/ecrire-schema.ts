/**
 * Regenerates docs/schemas/modele-export.schema.json from the domain (schemaJsonExport), formatted by the
 * repository's prettier so `npm run format:check` leaves it alone.
 *   node -r esbuild-register extensions/formulaires/scripts/ecrire-schema.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { CHEMIN_SCHEMA_PUBLIE, schemaPublie } from '../server/src/schema-publie';

async function main(): Promise<void> {
  const options = (await prettier.resolveConfig(CHEMIN_SCHEMA_PUBLIE)) ?? {};
  const texte = await prettier.format(JSON.stringify(schemaPublie(), null, 2), { ...options, parser: 'json' });
  mkdirSync(path.dirname(CHEMIN_SCHEMA_PUBLIE), { recursive: true });
  writeFileSync(CHEMIN_SCHEMA_PUBLIE, texte);
  console.log(`écrit : ${path.relative(process.cwd(), CHEMIN_SCHEMA_PUBLIE)}`);
}

main().catch((erreur) => {
  console.error(erreur);
  process.exit(1);
});
