/**
 * Writes and reads of the statuts' actions (services/effets/*): the dossier columns they change, the outbox keys they
 * already journaled (their idempotency), the linked dossiers and the duplicates they look for.
 */
import type { Donnees } from '@guichet/formulaires';
import type { ActionJournal } from '../../../domain';
import { TABLE } from '../constants';
import { ecrireJson, lireDate, lireJson, type Db } from './sql';

export interface ChangementsAction {
  agentId?: number;
  territoireId?: number;
  secteurId?: number | null;
  donnees?: Donnees;
  onglets?: Record<string, Record<string, string>>;
  conversationOuverte?: boolean;
}

/** Compare-and-set on the version, like mettreAJourSiVersion: agents holding the version read before get 409. */
export async function mettreAJourParAction(
  db: Db,
  id: number,
  versionAttendue: number,
  changements: ChangementsAction,
  maintenant: Date,
): Promise<boolean> {
  const colonnes: Record<string, unknown> = { version: versionAttendue + 1, updated_at: maintenant };
  if (changements.agentId !== undefined) colonnes.agent_id = changements.agentId;
  if (changements.territoireId !== undefined) colonnes.territoire_id = changements.territoireId;
  if (changements.secteurId !== undefined) colonnes.secteur_id = changements.secteurId;
  if (changements.donnees !== undefined) colonnes.donnees = ecrireJson(changements.donnees);
  if (changements.onglets !== undefined) colonnes.onglets = ecrireJson(changements.onglets);
  if (changements.conversationOuverte !== undefined) colonnes.conversation_ouverte = changements.conversationOuverte;
  const n = await db(TABLE.dossiers).where({ id, version: versionAttendue }).update(colonnes);
  return Number(n) === 1;
}

/**
 * Whether an entry of the dossier's journal carries this outbox key (details.cle), optionally for one action. Read in JavaScript rather than with JSON operators, which differ between SQLite and Postgres; a dossier's
 * journal is short.
 */
export async function cleJournalisee(
  db: Db,
  dossierId: number,
  cle: string,
  filtre: { action?: ActionJournal } = {},
): Promise<boolean> {
  const requete = db(TABLE.journal).select(['action', 'details']).where({ dossier_id: dossierId });
  if (filtre.action) requete.where('action', filtre.action);
  const lignes = (await requete) as Array<{ details: unknown }>;
  return lignes.some((l) => {
    const details = lireJson<Record<string, unknown> | null>(l.details) ?? {};
    return details.cle === cle;
  });
}

/** The parent, or the children, of a dossier: ids in id order (so that writers lock rows in the same order). */
export async function idsDossiersLies(
  db: Db,
  dossier: { id: number; parentId: number | null },
  lien: 'parent' | 'enfants',
): Promise<number[]> {
  if (lien === 'parent') return dossier.parentId === null ? [] : [dossier.parentId];
  const lignes = await db(TABLE.dossiers)
    .select('id')
    .where({ parent_id: dossier.id })
    .whereNull('supprime_le')
    .orderBy('id', 'asc');
  return lignes.map((l: { id: unknown }) => Number(l.id));
}

/**
 * Numeros of the other submitted, non-deleted dossiers of the dispositif with the same applicant (usager) and/or the
 * same beneficiary (individu). No beneficiary recorded → no duplicate on that criterion: absence proves nothing.
 */
export async function numerosDoublons(
  db: Db,
  dossier: { id: number; dispositifId: number; usagerId: number; individuId: number | null },
  critere: 'demandeur' | 'beneficiaire' | 'les_deux',
): Promise<string[]> {
  if (critere !== 'demandeur' && dossier.individuId === null) return [];
  const requete = db(TABLE.dossiers)
    .select('numero')
    .where('dispositif_id', dossier.dispositifId)
    .whereNot('id', dossier.id)
    .whereNot('etat', 'brouillon')
    .whereNull('supprime_le')
    .orderBy('id', 'asc')
    .limit(20);
  if (critere !== 'beneficiaire') requete.where('usager_id', dossier.usagerId);
  if (critere !== 'demandeur') requete.where('individu_id', dossier.individuId);
  return (await requete).map((l: { numero: unknown }) => String(l.numero));
}

/** The history line an outbox row comes from: which statut was entered, on which étape, when. */
export async function evenementDeLigne(
  db: Db,
  historiqueId: number,
): Promise<{ statut: string; etape: string; date: Date } | null> {
  const l = await db(TABLE.historiques).select(['vers', 'etape_vers', 'date']).where({ id: historiqueId }).first();
  return l ? { statut: String(l.vers), etape: String(l.etape_vers), date: lireDate(l.date)! } : null;
}
