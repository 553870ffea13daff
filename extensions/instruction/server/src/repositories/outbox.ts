import type { Effet } from '../../../domain';
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireJson } from './sql';

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

/** One row per effect, written in the transition's transaction; the key makes each delivery idempotent. */
export async function insererEffets(db: Db, historiqueId: number, effets: Effet[], maintenant: Date): Promise<void> {
  for (const effet of effets) {
    await inserer(db, TABLE.outbox, {
      ...colonnesStrapi(maintenant),
      cle: `${historiqueId}:${effet.ordre}`,
      dossier_id: effet.dossierId,
      historique_id: historiqueId,
      type: effet.type,
      payload: ecrireJson(effet),
      etat: 'a_traiter',
      tentatives: 0,
    });
  }
}

export async function trouverOutbox(db: Db, id: number): Promise<OutboxLigne | null> {
  const ligne = await db(TABLE.outbox).where({ id }).first();
  return ligne ? versOutbox(ligne) : null;
}

/** Rows waiting to be queued, plus queued rows whose job may have been lost (Redis flushed) after a delay. */
export async function listerATransmettre(db: Db, limite: number, fileOublieeAvant: Date): Promise<OutboxLigne[]> {
  const lignes = await db(TABLE.outbox)
    .where('etat', 'a_traiter')
    .orWhere((q) => q.where('etat', 'en_file').andWhere('mis_en_file_le', '<', fileOublieeAvant))
    .orderBy('id', 'asc')
    .limit(limite);
  return lignes.map(versOutbox);
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
