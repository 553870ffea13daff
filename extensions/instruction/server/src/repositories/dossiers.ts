import type { Donnees, TypeProfil } from '@guichet/formulaires';
import type { EtatDossier } from '../../../domain';
import type { Knex } from 'knex';
import { TABLE } from '../constants';
import { profilsDeUsager } from './profils-usager';
import { restreindreAuPerimetreAgent } from './perimetre-agent';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireDate, lireJson } from './sql';

export interface DossierLigne {
  id: number;
  numero: string;
  dispositifId: number;
  usagerId: number;
  etat: EtatDossier;
  statut: string | null;
  etape: string | null;
  donnees: Donnees;
  modeleVersionId: number;
  typeProfil: TypeProfil;
  version: number;
  creeLe: Date;
  deposeLe: Date | null;
  entreeEtapeLe: Date | null;
  cleDepot: string | null;
  agentId: number | null;
  territoireId: number | null;
  secteurId: number | null;
  individuId: number | null;
  profilId: number | null;
  classement: string[];
  drapeaux: string[];
  parentId: number | null;
  onglets: Record<string, Record<string, string>>;
  conversationOuverte: boolean;
  creeParAgentId: number | null;
  supprimeLe: Date | null;
  dispositifSlug: string;
  dispositifTitre: string;
}

const COLONNES = [
  'd.id',
  'd.numero',
  'd.dispositif_id',
  'd.usager_id',
  'd.etat',
  'd.statut',
  'd.etape',
  'd.donnees',
  'd.modele_version_id',
  'd.type_profil',
  'd.version',
  'd.created_at',
  'd.depose_le',
  'd.entree_etape_le',
  'd.cle_depot',
  'd.agent_id',
  'd.territoire_id',
  'd.secteur_id',
  'd.individu_id',
  'd.profil_id',
  'd.classement',
  'd.drapeaux',
  'd.parent_id',
  'd.onglets',
  'd.conversation_ouverte',
  'd.cree_par_agent_id',
  'd.supprime_le',
  'disp.slug as dispositif_slug',
  'disp.titre as dispositif_titre',
];

function versDossier(l: Record<string, unknown>): DossierLigne {
  return {
    id: Number(l.id),
    numero: String(l.numero),
    dispositifId: Number(l.dispositif_id),
    usagerId: Number(l.usager_id),
    etat: l.etat as EtatDossier,
    statut: (l.statut as string | null) ?? null,
    etape: (l.etape as string | null) ?? null,
    donnees: lireJson<Donnees>(l.donnees) ?? {},
    modeleVersionId: Number(l.modele_version_id),
    typeProfil: (l.type_profil as TypeProfil | null) ?? 'particulier',
    version: Number(l.version),
    creeLe: lireDate(l.created_at)!,
    deposeLe: lireDate(l.depose_le),
    entreeEtapeLe: lireDate(l.entree_etape_le),
    cleDepot: (l.cle_depot as string | null) ?? null,
    agentId: entierOuNull(l.agent_id),
    territoireId: entierOuNull(l.territoire_id),
    secteurId: entierOuNull(l.secteur_id),
    individuId: entierOuNull(l.individu_id),
    profilId: entierOuNull(l.profil_id),
    classement: lireJson<string[]>(l.classement) ?? [],
    drapeaux: lireJson<string[]>(l.drapeaux) ?? [],
    parentId: entierOuNull(l.parent_id),
    onglets: lireJson<Record<string, Record<string, string>>>(l.onglets) ?? {},
    // SQLite stores booleans as 0/1; null on rows written before the column existed means open.
    conversationOuverte:
      l.conversation_ouverte === null || l.conversation_ouverte === undefined ? true : Boolean(l.conversation_ouverte),
    creeParAgentId: entierOuNull(l.cree_par_agent_id),
    supprimeLe: lireDate(l.supprime_le),
    dispositifSlug: String(l.dispositif_slug),
    dispositifTitre: String(l.dispositif_titre),
  };
}

const entierOuNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function base(db: Db) {
  return db(`${TABLE.dossiers} as d`)
    .join(`${TABLE.dispositifs} as disp`, 'disp.id', 'd.dispositif_id')
    .select(COLONNES);
}

/** Every scoped read: a soft-deleted dossier no longer exists for citizens nor agents (only the purge sees it). */
function vivants(db: Db) {
  return base(db).whereNull('d.supprime_le');
}

/**
 * The citizen's scope: the dossiers they filed, and those filed for a profil they are a member of (DESIGN rule 1).
 * Out of scope → null → 404. The profils are resolved first (one indexed query) so that the dossiers are found by
 * two index ranges (usager_id, profil_id) rather than a correlated subquery on every row.
 */
function portefeuilleUsager(db: Db, usagerId: number, profils: readonly number[]) {
  return vivants(db).where((q) => {
    q.where('d.usager_id', usagerId);
    if (profils.length > 0) q.orWhereIn('d.profil_id', [...profils]);
  });
}

/**
 * The agent's scope, in ONE query (DESIGN rule 1): dossiers of the dispositifs on which one of their profils métiers
 * holds « voir », AND — when the agent is limited to territoires — whose territoire is one of them. A dossier without
 * territoire is seen only by agents without territorial limit: an agent limited to « Nord » has no reason to see a
 * dossier nobody has sectorised yet (ADR 0013). The predicate and why it is uncorrelated: repositories/perimetre-agent.ts.
 */
function portefeuilleAgent(db: Db, adminUserId: number) {
  return restreindreAuPerimetreAgent(vivants(db), db, adminUserId);
}

export async function trouverDossierUsager(db: Db, numero: string, usagerId: number): Promise<DossierLigne | null> {
  const profils = await profilsDeUsager(db, usagerId);
  const ligne = await portefeuilleUsager(db, usagerId, profils).where('d.numero', numero).first();
  return ligne ? versDossier(ligne) : null;
}

export async function listerDossiersUsager(db: Db, usagerId: number, limite = 100): Promise<DossierLigne[]> {
  const profils = await profilsDeUsager(db, usagerId);
  const lignes = await portefeuilleUsager(db, usagerId, profils).orderBy('d.id', 'desc').limit(limite);
  return lignes.map(versDossier);
}

export async function trouverDossierAgent(db: Db, numero: string, adminUserId: number): Promise<DossierLigne | null> {
  const ligne = await portefeuilleAgent(db, adminUserId)
    .where('d.numero', numero)
    .whereNot('d.etat', 'brouillon')
    .first();
  return ligne ? versDossier(ligne) : null;
}

/**
 * Several dossiers through the agent's scope in ONE query (instruction en masse), ordered by id so that concurrent
 * bulk writers lock rows in the same order. Numeros out of scope, unknown or still drafts are simply absent.
 */
export async function trouverDossiersAgent(
  db: Db,
  numeros: readonly string[],
  adminUserId: number,
): Promise<DossierLigne[]> {
  if (numeros.length === 0) return [];
  const lignes = await portefeuilleAgent(db, adminUserId)
    .whereIn('d.numero', [...numeros])
    .whereNot('d.etat', 'brouillon')
    .orderBy('d.id', 'asc');
  return lignes.map(versDossier);
}

/** Keyset pagination on id: constant cost whatever the page. Drafts are the citizen's business, not the agent's. */
export async function listerDossiersAgent(
  db: Db,
  adminUserId: number,
  options: { limite: number; avant?: number; filtrer?: (requete: Knex.QueryBuilder) => void },
): Promise<DossierLigne[]> {
  const requete = portefeuilleAgent(db, adminUserId)
    .whereNot('d.etat', 'brouillon')
    .orderBy('d.id', 'desc')
    .limit(options.limite);
  if (options.avant) requete.where('d.id', '<', options.avant);
  // Narrows the scoped query (the list's filters, see repositories/operations.ts): never widens it.
  options.filtrer?.(requete);
  return (await requete).map(versDossier);
}

export async function trouverDossierParId(db: Db, id: number): Promise<DossierLigne | null> {
  const ligne = await base(db).where('d.id', id).first();
  return ligne ? versDossier(ligne) : null;
}

export async function insererBrouillon(
  db: Db,
  donnees: {
    dispositifId: number;
    usagerId: number;
    numeroProvisoire: string;
    maintenant: Date;
    modeleVersionId: number;
    typeProfil: TypeProfil;
    donnees: Donnees;
  },
): Promise<number> {
  return inserer(db, TABLE.dossiers, {
    ...colonnesStrapi(donnees.maintenant),
    numero: donnees.numeroProvisoire,
    dispositif_id: donnees.dispositifId,
    usager_id: donnees.usagerId,
    etat: 'brouillon',
    donnees: ecrireJson(donnees.donnees),
    modele_version_id: donnees.modeleVersionId,
    type_profil: donnees.typeProfil,
    version: 1,
  });
}

export async function fixerNumero(db: Db, id: number, numero: string): Promise<void> {
  await db(TABLE.dossiers).where({ id }).update({ numero });
}

/**
 * Compare-and-set on the version column: returns false when another writer got there first, so the caller
 * answers 409 instead of overwriting (DESIGN rule 4).
 */
export async function mettreAJourSiVersion(
  db: Db,
  id: number,
  versionAttendue: number,
  changements: Partial<{
    etat: string;
    statut: string | null;
    etape: string | null;
    donnees: Donnees;
    deposeLe: Date;
    entreeEtapeLe: Date;
    cleDepot: string;
  }>,
  maintenant: Date,
): Promise<boolean> {
  const colonnes: Record<string, unknown> = { version: versionAttendue + 1, updated_at: maintenant };
  if (changements.etat !== undefined) colonnes.etat = changements.etat;
  if (changements.statut !== undefined) colonnes.statut = changements.statut;
  if (changements.etape !== undefined) colonnes.etape = changements.etape;
  if (changements.donnees !== undefined) colonnes.donnees = ecrireJson(changements.donnees);
  if (changements.deposeLe !== undefined) colonnes.depose_le = changements.deposeLe;
  if (changements.entreeEtapeLe !== undefined) colonnes.entree_etape_le = changements.entreeEtapeLe;
  if (changements.cleDepot !== undefined) colonnes.cle_depot = changements.cleDepot;
  const modifies = await db(TABLE.dossiers).where({ id, version: versionAttendue }).update(colonnes);
  return Number(modifies) === 1;
}
