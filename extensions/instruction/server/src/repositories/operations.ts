import { lireClassification, type NoeudClassification } from '../../../domain/classification';
import type { Knex } from 'knex';
import { TABLE } from '../constants';
import { type Db, ecrireJson, lireJson } from './sql';

/** The settings of a dispositif the agents' operations read (the engine's DispositifLigne does not carry them). */
export interface ReglagesDispositif {
  id: number;
  slug: string;
  publie: boolean;
  classification: NoeudClassification[];
  creationAnonyme: boolean;
  depotHorsCompte: boolean;
  affectationAuto: 'aucune' | 'territoire' | 'agent';
  editionsRepetees: { seuil: number; periodeHeures: number; statut: string } | null;
}

function versReglages(l: Record<string, unknown>): ReglagesDispositif {
  const editions = lireJson<Record<string, unknown> | null>(l.editions_repetees ?? null);
  const valide =
    editions &&
    Number.isInteger(editions.seuil) &&
    Number(editions.seuil) > 0 &&
    Number(editions.periodeHeures) > 0 &&
    typeof editions.statut === 'string';
  return {
    id: Number(l.id),
    slug: String(l.slug),
    publie: Boolean(l.publie),
    classification: lireClassification(lireJson<unknown>(l.classification ?? null)),
    creationAnonyme: Boolean(l.creation_anonyme),
    depotHorsCompte: Boolean(l.depot_hors_compte),
    affectationAuto: (l.affectation_auto as ReglagesDispositif['affectationAuto'] | null) ?? 'aucune',
    editionsRepetees: valide
      ? {
          seuil: Number(editions.seuil),
          periodeHeures: Number(editions.periodeHeures),
          statut: String(editions.statut),
        }
      : null,
  };
}

const COLONNES_REGLAGES = [
  'id',
  'slug',
  'publie',
  'classification',
  'creation_anonyme',
  'depot_hors_compte',
  'affectation_auto',
  'editions_repetees',
];

export async function reglagesDispositif(db: Db, id: number): Promise<ReglagesDispositif | null> {
  const ligne = await db(TABLE.dispositifs).select(COLONNES_REGLAGES).where({ id }).first();
  return ligne ? versReglages(ligne) : null;
}

export async function reglagesDispositifParSlug(db: Db, slug: string): Promise<ReglagesDispositif | null> {
  const ligne = await db(TABLE.dispositifs).select(COLONNES_REGLAGES).where({ slug }).first();
  return ligne ? versReglages(ligne) : null;
}

/** The columns the agents' operations write (never the form data nor the statut: those go through the engine). */
export interface ColonnesOperation {
  agentId?: number | null;
  territoireId?: number | null;
  secteurId?: number | null;
  classement?: string[];
  drapeaux?: string[];
  parentId?: number | null;
  supprimeLe?: Date;
  supprimeParAgentId?: number;
  motifSuppression?: string;
  individuId?: number | null;
  profilId?: number | null;
  creeParAgentId?: number;
}

function colonnesSql(c: ColonnesOperation): Record<string, unknown> {
  const sql: Record<string, unknown> = {};
  if (c.agentId !== undefined) sql.agent_id = c.agentId;
  if (c.territoireId !== undefined) sql.territoire_id = c.territoireId;
  if (c.secteurId !== undefined) sql.secteur_id = c.secteurId;
  if (c.classement !== undefined) sql.classement = ecrireJson(c.classement);
  if (c.drapeaux !== undefined) sql.drapeaux = ecrireJson(c.drapeaux);
  if (c.parentId !== undefined) sql.parent_id = c.parentId;
  if (c.supprimeLe !== undefined) sql.supprime_le = c.supprimeLe;
  if (c.supprimeParAgentId !== undefined) sql.supprime_par_agent_id = c.supprimeParAgentId;
  if (c.motifSuppression !== undefined) sql.motif_suppression = c.motifSuppression;
  if (c.individuId !== undefined) sql.individu_id = c.individuId;
  if (c.profilId !== undefined) sql.profil_id = c.profilId;
  if (c.creeParAgentId !== undefined) sql.cree_par_agent_id = c.creeParAgentId;
  return sql;
}

/** Compare-and-set on the version (stale → false → 409), like every agent write on a dossier. */
export async function modifierSiVersion(
  db: Db,
  id: number,
  versionAttendue: number,
  colonnes: ColonnesOperation,
  maintenant: Date,
): Promise<boolean> {
  const modifies = await db(TABLE.dossiers)
    .where({ id, version: versionAttendue })
    .whereNull('supprime_le')
    .update({ ...colonnesSql(colonnes), version: versionAttendue + 1, updated_at: maintenant });
  return Number(modifies) === 1;
}

/**
 * Written as part of another write that already bumped the version (automatic assignment inside the deposit): the
 * caller holds the row and the version it wrote, so no second compare-and-set.
 */
export async function completerSansVersion(db: Db, id: number, colonnes: ColonnesOperation): Promise<void> {
  await db(TABLE.dossiers).where({ id }).update(colonnesSql(colonnes));
}

export interface AgentResume {
  id: number;
  nom: string;
}

/** Active admin users, by id (candidates for an assignment; rights are checked by the caller). */
export async function agentsActifs(db: Db, limite = 500): Promise<AgentResume[]> {
  const lignes = await db('admin_users')
    .select(['id', 'firstname', 'lastname', 'email'])
    .where({ is_active: true })
    .orderBy('id', 'asc')
    .limit(limite);
  return lignes.map((l: Record<string, unknown>) => ({
    id: Number(l.id),
    nom: [l.firstname, l.lastname].filter(Boolean).join(' ') || String(l.email),
  }));
}

export async function agentActif(db: Db, id: number): Promise<AgentResume | null> {
  const l = await db('admin_users')
    .select(['id', 'firstname', 'lastname', 'email'])
    .where({ id, is_active: true })
    .first();
  return l ? { id: Number(l.id), nom: [l.firstname, l.lastname].filter(Boolean).join(' ') || String(l.email) } : null;
}

/** Display names of agents by id, in one query (the agent list shows who each dossier is assigned to). */
export async function nomsAgents(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const lignes = await db('admin_users')
    .select(['id', 'firstname', 'lastname', 'email'])
    .whereIn('id', [...new Set(ids)]);
  return new Map(
    lignes.map((l: Record<string, unknown>) => [
      Number(l.id),
      [l.firstname, l.lastname].filter(Boolean).join(' ') || String(l.email),
    ]),
  );
}

/** Open (deposited, not deleted) dossiers assigned to each of the given agents, in one grouped query. */
export async function chargesAgents(db: Db, agentIds: readonly number[]): Promise<Map<number, number>> {
  const charges = new Map(agentIds.map((id) => [id, 0]));
  if (agentIds.length === 0) return charges;
  const lignes = await db(TABLE.dossiers)
    .select('agent_id')
    .count('* as n')
    .whereIn('agent_id', [...agentIds])
    .where('etat', 'depose')
    .whereNull('supprime_le')
    .groupBy('agent_id');
  for (const l of lignes as Array<Record<string, unknown>>) charges.set(Number(l.agent_id), Number(l.n));
  return charges;
}

/** Journal entries of one action on a dossier since a date (repeated edits are counted in the journal). */
export async function compterJournal(db: Db, dossierId: number, action: string, depuis?: Date): Promise<number> {
  const requete = db(TABLE.journal).where({ dossier_id: dossierId, action });
  if (depuis) requete.where('date', '>=', depuis);
  const [ligne] = await requete.count('* as n');
  return Number((ligne as Record<string, unknown>).n);
}

/** The ancestors' ids of a dossier, nearest first (cycle check when linking; bounded against corrupted data). */
export async function ancetres(db: Db, parentId: number | null, limite = 100): Promise<number[]> {
  const vus: number[] = [];
  let courant = parentId;
  while (courant !== null && vus.length < limite && !vus.includes(courant)) {
    vus.push(courant);
    const ligne = await db(TABLE.dossiers).select('parent_id').where({ id: courant }).first();
    courant = ligne?.parent_id === null || ligne?.parent_id === undefined ? null : Number(ligne.parent_id);
  }
  return vus;
}

/** Numeros of a dossier's live children (shown on the agent's detail). */
export async function enfants(db: Db, parentId: number): Promise<string[]> {
  const lignes = await db(TABLE.dossiers)
    .select('numero')
    .where({ parent_id: parentId })
    .whereNull('supprime_le')
    .whereNot('etat', 'brouillon')
    .orderBy('id', 'asc')
    .limit(200);
  return lignes.map((l: Record<string, unknown>) => String(l.numero));
}

export async function numeroDe(db: Db, id: number): Promise<string | null> {
  const ligne = await db(TABLE.dossiers).select('numero').where({ id }).whereNull('supprime_le').first();
  return ligne ? String(ligne.numero) : null;
}

/**
 * The agent list's filters, applied to the scoped query (they only narrow it). Flags are matched on the JSON text
 * (`"urgent"` with its quotes), the same on Postgres jsonb and SQLite text; the value is one of DRAPEAUX.
 */
export function filtresListe(filtres: { agentId?: number | null; drapeau?: string }) {
  return (requete: Knex.QueryBuilder) => {
    if (filtres.agentId === null) requete.whereNull('d.agent_id');
    else if (filtres.agentId !== undefined) requete.where('d.agent_id', filtres.agentId);
    if (filtres.drapeau) requete.whereRaw('CAST(d.drapeaux AS TEXT) LIKE ?', [`%"${filtres.drapeau}"%`]);
  };
}
