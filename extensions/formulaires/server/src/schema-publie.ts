/**
 * The JSON Schema of model exports, as published in docs/schemas/modele-export.schema.json (and served at
 * GET /formulaires/schema). Generated from the domain's zod schema: `node -r esbuild-register
 * extensions/formulaires/scripts/ecrire-schema.ts` rewrites the file; schema-publie.test.ts fails when it is stale.
 */
import path from 'node:path';
import { schemaJsonExport } from '../../domain/export';

export const CHEMIN_SCHEMA_PUBLIE = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'docs',
  'schemas',
  'modele-export.schema.json',
);

export function schemaPublie(): Record<string, unknown> {
  return schemaJsonExport();
}
