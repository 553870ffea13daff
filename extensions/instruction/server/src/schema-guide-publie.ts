/** Where the guide export's JSON Schema is published, and its content (generated from the domain's zod schema). */
import path from 'node:path';
import { schemaJsonGuide } from '../../domain';

export const CHEMIN_SCHEMA_GUIDE = path.resolve(__dirname, '../../../../docs/schemas/guide-export.schema.json');

export function schemaGuidePublie(): Record<string, unknown> {
  return schemaJsonGuide();
}
