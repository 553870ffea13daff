import type { Knex } from 'knex';
import { TABLE } from '../constants';

/** Indexes for the lists we serve with our own SQL (Strapi's schema sync creates none for plain columns). */
const INDEX: Array<[nom: string, table: string, colonnes: string]> = [
  ['instruction_dossiers_usager_idx', TABLE.dossiers, 'usager_id, id'],
  ['instruction_dossiers_dispositif_idx', TABLE.dossiers, 'dispositif_id, etat, id'],
  ['instruction_historiques_dossier_idx', TABLE.historiques, 'dossier_id, id'],
  ['instruction_outbox_etat_idx', TABLE.outbox, 'etat, id'],
  ['instruction_pieces_dossier_idx', TABLE.pieces, 'dossier_id, id'],
  ['instruction_habilitations_agent_idx', TABLE.habilitations, 'admin_user_id, dispositif_id'],
];

export async function creerIndex(knex: Knex): Promise<void> {
  for (const [nom, table, colonnes] of INDEX) {
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${nom} ON ${table} (${colonnes})`);
  }
}
