import type { Knex } from 'knex';
import { TABLE } from '../constants';
import { TABLE_DEMANDES } from '../content-types/demandes';
import { TABLE_MESSAGES } from '../content-types/messages';

/** Indexes for the lists we serve with our own SQL (Strapi's schema sync creates none for plain columns). */
const INDEX: Array<[nom: string, table: string, colonnes: string, unique?: boolean]> = [
  // Strapi's `unique: true` is checked by its query engine only: the database needs its own index, which also serves
  // every lookup by numero (a dossier's URL) and by outbox key (idempotent deliveries).
  ['instruction_dossiers_numero_idx', TABLE.dossiers, 'numero', true],
  ['instruction_outbox_cle_idx', TABLE.outbox, 'cle', true],
  ['instruction_pieces_cle_outbox_idx', TABLE.pieces, 'cle_outbox', true],
  ['instruction_dossiers_usager_idx', TABLE.dossiers, 'usager_id, id'],
  ['instruction_dossiers_dispositif_idx', TABLE.dossiers, 'dispositif_id, etat, id'],
  ['instruction_historiques_dossier_idx', TABLE.historiques, 'dossier_id, id'],
  ['instruction_outbox_etat_idx', TABLE.outbox, 'etat, id'],
  ['instruction_pieces_dossier_idx', TABLE.pieces, 'dossier_id, id'],
  ['instruction_demandes_dossier_idx', TABLE_DEMANDES, 'dossier_id'],
  ['instruction_demandes_cle_outbox_idx', TABLE_DEMANDES, 'cle_outbox', true],
  ['instruction_messages_dossier_idx', TABLE_MESSAGES, 'dossier_id, id'],
  ['instruction_messages_cle_idx', TABLE_MESSAGES, 'cle', true],
  // Rights and territories (ADR 0013): the agent scope's subqueries, and the dossiers' territoire / agent / parent.
  ['instruction_matrice_cellule_idx', TABLE.habilitations, 'profil_metier_id, dispositif_id', true],
  ['instruction_agents_profils_idx', TABLE.agentsProfils, 'admin_user_id, profil_metier_id', true],
  ['instruction_agents_perimetres_idx', TABLE.agentsPerimetres, 'admin_user_id, territoire_id'],
  ['instruction_dossiers_territoire_idx', TABLE.dossiers, 'territoire_id, id'],
  ['instruction_dossiers_agent_idx', TABLE.dossiers, 'agent_id, id'],
  ['instruction_dossiers_parent_idx', TABLE.dossiers, 'parent_id'],
  // The citizen's scope: their own dossiers, and those of the profils they are a member of (through their individu).
  ['instruction_dossiers_profil_idx', TABLE.dossiers, 'profil_id, id'],
  ['usagers_individus_usager_idx', TABLE.individus, 'usager_id'],
  ['usagers_membres_individu_idx', TABLE.membres, 'individu_id, profil_id'],
  ['instruction_journal_chaine_idx', TABLE.journal, 'dossier_id, sequence', true],
];

export async function creerIndex(knex: Knex): Promise<void> {
  for (const [nom, table, colonnes, unique] of INDEX) {
    await knex.raw(`CREATE ${unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${nom} ON ${table} (${colonnes})`);
  }
  await journalEnAjoutSeul(knex);
}

/** The journal is append-only at the database level too: UPDATE and DELETE are refused by a trigger. */
async function journalEnAjoutSeul(knex: Knex): Promise<void> {
  const message = 'Le journal est en ajout seul';
  const client = String(knex.client.config.client);
  if (['pg', 'postgres', 'postgresql'].includes(client)) {
    await knex.raw(`CREATE OR REPLACE FUNCTION instruction_journal_ajout_seul() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '${message}'; END; $$ LANGUAGE plpgsql`);
    await knex.raw(`DROP TRIGGER IF EXISTS instruction_journal_ajout_seul ON ${TABLE.journal}`);
    await knex.raw(`CREATE TRIGGER instruction_journal_ajout_seul BEFORE UPDATE OR DELETE ON ${TABLE.journal}
      FOR EACH ROW EXECUTE FUNCTION instruction_journal_ajout_seul()`);
    return;
  }
  for (const operation of ['UPDATE', 'DELETE']) {
    await knex.raw(`CREATE TRIGGER IF NOT EXISTS instruction_journal_sans_${operation.toLowerCase()} BEFORE ${operation} ON ${TABLE.journal}
      BEGIN SELECT RAISE(ABORT, '${message}'); END`);
  }
}
