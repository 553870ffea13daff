import type { Knex } from 'knex';
import { TABLE } from '../constants';

/**
 * Unique indexes Strapi does not create (its `unique` is checked by the document service only, and we write with
 * knex): they turn a race between two administrators into a 409 instead of a duplicate.
 */
const INDEX: Array<[nom: string, table: string, colonnes: string, unique?: boolean]> = [
  ['formulaires_modeles_code_uniq', TABLE.modeles, 'code', true],
  ['formulaires_versions_modele_numero_uniq', TABLE.versions, 'modele_id, numero', true],
  ['formulaires_referentiel_champs_code_uniq', TABLE.entrees, 'code', true],
  ['formulaires_referentiels_code_uniq', TABLE.referentiels, 'code', true],
];

export async function creerIndex(knex: Knex): Promise<void> {
  for (const [nom, table, colonnes, unique] of INDEX) {
    await knex.raw(`CREATE ${unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${nom} ON ${table} (${colonnes})`);
  }
}
