import type { Knex } from 'knex';
import type { Effet } from '../../../domain';
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireDate, lireJson } from './sql';

export type EtatOutbox = 'a_traiter' | 'en_file' | 'en_cours' | 'livre' | 'echec';

export interface OutboxLigne {
  id: number;
  cle: string;
  dossierId: number;
  historiqueId: number;
  type: Effet['type'];
  payload: Effet;
  etat: EtatOutbox;
  tentatives: number;
}

function versOutbox(l: Record<string, unknown>): OutboxLigne {
  return {
    id: Number(l.id),
    cle: String(l.cle),
    dossierId: Number(l.dossier_id),
    historiqueId: Number(l.historique_id),
    type: l.type as Effet['type'],
    payload: lireJson<Effet>(l.payload),
    etat: l.etat as EtatOutbox,
    tentatives: Number(l.tentatives ?? 0),
  };
}

/** Rows per multi-row INSERT: far below the bound-parameter limits of both dialects (11 columns each). */
const TAILLE_INSERT = 1000;

function ligneOutbox(historiqueId: number, effet: Effet, maintenant: Date): Record<string, unknown> {
  return {
    ...colonnesStrapi(maintenant),
    cle: `${historiqueId}:${effet.ordre}`,
    dossier_id: effet.dossierId,
    historique_id: historiqueId,
    type: effet.type,
    payload: ecrireJson(effet),
    etat: 'a_traiter',
    tentatives: 0,
  };
}

/** One row per effect, written in the transition's transaction; the key makes each delivery idempotent. */
export async function insererEffets(db: Db, historiqueId: number, effets: Effet[], maintenant: Date): Promise<void> {
  for (const effet of effets) await inserer(db, TABLE.outbox, ligneOutbox(historiqueId, effet, maintenant));
}

/** insererEffets for many history lines in one INSERT per TAILLE_INSERT rows (instruction en masse). */
export async function insererEffetsEnLot(
  db: Db,
  lots: { historiqueId: number; effets: Effet[]; maintenant: Date }[],
): Promise<void> {
  const lignes = lots.flatMap((l) => l.effets.map((e) => ligneOutbox(l.historiqueId, e, l.maintenant)));
  for (let debut = 0; debut < lignes.length; debut += TAILLE_INSERT) {
    await db(TABLE.outbox).insert(lignes.slice(debut, debut + TAILLE_INSERT));
  }
}

export async function trouverOutbox(db: Db, id: number): Promise<OutboxLigne | null> {
  const ligne = await db(TABLE.outbox).where({ id }).first();
  return ligne ? versOutbox(ligne) : null;
}

/** Rows waiting to be queued, plus queued rows whose job may have been lost (Redis flushed) after a delay. */
export async function listerATransmettre(db: Db, limite: number, fileOublieeAvant: Date): Promise<OutboxLigne[]> {
  const lignes = await aTransmettre(db(TABLE.outbox), fileOublieeAvant).orderBy('id', 'asc').limit(limite);
  return lignes.map(versOutbox);
}

function aTransmettre(q: Knex.QueryBuilder, fileOublieeAvant: Date): Knex.QueryBuilder {
  return q.where((w) =>
    w
      .where('etat', 'a_traiter')
      .orWhere((o) => o.where('etat', 'en_file').andWhere('mis_en_file_le', '<', fileOublieeAvant)),
  );
}

/**
 * The relay's claim on a page of rows, in ONE UPDATE: only the rows still waiting (another relay, in another
 * process, may have taken some meanwhile) move to `en_file`; returns the ids claimed, which are this relay's to queue.
 */
export async function mettreEnFile(db: Db, ids: number[], maintenant: Date, fileOublieeAvant: Date): Promise<number[]> {
  if (ids.length === 0) return [];
  const lignes: Record<string, unknown>[] = await aTransmettre(db(TABLE.outbox).whereIn('id', ids), fileOublieeAvant)
    .update({ etat: 'en_file', mis_en_file_le: maintenant, updated_at: maintenant })
    .returning(['id']);
  return lignes.map((l) => Number(l.id));
}

/** Rows the relay claimed but could not queue (Redis down) go back to the outbox: they are relayed later. */
export async function rendreALOutbox(db: Db, ids: number[], maintenant: Date): Promise<void> {
  if (ids.length === 0) return;
  await db(TABLE.outbox)
    .whereIn('id', ids)
    .where('etat', 'en_file')
    .update({ etat: 'a_traiter', updated_at: maintenant });
}

/**
 * Workers' claims on rows, in ONE statement for the jobs that start together: each row moves to `en_cours` (counting
 * the attempt) unless it is already delivered, and comes back as claimed (tentatives already counted). A row absent
 * from the answer has nothing left to do (delivered meanwhile).
 */
export async function prendreOutbox(db: Db, ids: number[], maintenant: Date): Promise<Map<number, OutboxLigne>> {
  const lignes: Record<string, unknown>[] = await db(TABLE.outbox)
    .whereIn('id', ids)
    .whereIn('etat', ['a_traiter', 'en_file', 'en_cours', 'echec'])
    .update({ etat: 'en_cours', updated_at: maintenant, tentatives: db.raw('coalesce(tentatives, 0) + 1') })
    .returning('*');
  return new Map(lignes.map((l) => [Number(l.id), versOutbox(l)]));
}

/**
 * A batch job's claim on its rows, in ONE statement: the rows still waiting move to `en_cours` (counting the attempt)
 * and come back; a delivered row, a row given up (`echec`) or a row another job holds is left alone. `reprise` (the
 * job ran before: its worker died, or it failed and BullMQ runs it again) also takes back rows left `en_cours`, which
 * only a dead worker leaves behind. A first run does not: when a row waited so long in the queue that the relay
 * queued it again, the later batch cannot run it while the earlier one is on it.
 */
export async function prendreLot(db: Db, ids: number[], maintenant: Date, reprise: boolean): Promise<OutboxLigne[]> {
  if (ids.length === 0) return [];
  const lignes: Record<string, unknown>[] = await db(TABLE.outbox)
    .whereIn('id', ids)
    .whereIn('etat', reprise ? ['a_traiter', 'en_file', 'en_cours'] : ['a_traiter', 'en_file'])
    .update({ etat: 'en_cours', updated_at: maintenant, tentatives: db.raw('coalesce(tentatives, 0) + 1') })
    .returning('*');
  return lignes.map(versOutbox).sort((a, b) => a.id - b.id);
}

/** What happened for each history line (statut and étape reached, date), read in ONE query for a batch of rows. */
export async function lireEvenements(
  db: Db,
  historiqueIds: number[],
): Promise<Map<number, { statut: string; etape: string; date: Date }>> {
  const lignes: Record<string, unknown>[] =
    historiqueIds.length === 0
      ? []
      : await db(TABLE.historiques).select(['id', 'vers', 'etape_vers', 'date']).whereIn('id', historiqueIds);
  return new Map(
    lignes.map((l) => [Number(l.id), { statut: String(l.vers), etape: String(l.etape_vers), date: lireDate(l.date)! }]),
  );
}

/** The rows whose action ran, marked delivered in ONE statement for the jobs that finish together. */
export async function marquerLivres(db: Db, ids: number[], maintenant: Date): Promise<void> {
  await db(TABLE.outbox)
    .whereIn('id', ids)
    .where('etat', 'en_cours')
    .update({ etat: 'livre', livre_le: maintenant, updated_at: maintenant, erreur: null });
}

/** Claims a row for one relay or worker; false when another process already moved it on. */
export async function changerEtat(
  db: Db,
  id: number,
  de: EtatOutbox[],
  vers: EtatOutbox,
  maintenant: Date,
  extra: { erreur?: string | null; incrementerTentatives?: boolean } = {},
): Promise<boolean> {
  const colonnes: Record<string, unknown> = { etat: vers, updated_at: maintenant };
  if (vers === 'en_file') colonnes.mis_en_file_le = maintenant;
  if (vers === 'livre') colonnes.livre_le = maintenant;
  if (extra.erreur !== undefined) colonnes.erreur = extra.erreur;
  if (extra.incrementerTentatives) colonnes.tentatives = db.raw('tentatives + 1');
  const n = await db(TABLE.outbox).where({ id }).whereIn('etat', de).update(colonnes);
  return Number(n) === 1;
}

export interface EtatLivraison {
  type: string;
  etat: EtatOutbox;
  tentatives: number;
  erreur: string | null;
}

export async function listerLivraisons(db: Db, dossierId: number): Promise<EtatLivraison[]> {
  const lignes = await db(TABLE.outbox)
    .select(['type', 'etat', 'tentatives', 'erreur'])
    .where({ dossier_id: dossierId })
    .orderBy('id');
  return lignes.map((l: Record<string, unknown>) => ({
    type: String(l.type),
    etat: l.etat as EtatOutbox,
    tentatives: Number(l.tentatives ?? 0),
    erreur: (l.erreur as string | null) ?? null,
  }));
}
