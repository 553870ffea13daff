/** Reads and writes of the justificatifs asked after deposit (content-types/demandes.ts), always for one dossier. */
import { ETATS_DEMANDE, TABLE_DEMANDES } from '../content-types/demandes';
import { colonnesStrapi, type Db, inserer, lireIso } from './sql';

export type EtatDemande = (typeof ETATS_DEMANDE)[number];

export interface DemandeLigne {
  id: number;
  dossierId: number;
  typeDocument: string;
  message: string;
  etat: EtatDemande;
  demandeLe: string;
  fournieLe: string | null;
  annuleeLe: string | null;
  pieceId: number | null;
}

function versDemande(l: Record<string, unknown>): DemandeLigne {
  return {
    id: Number(l.id),
    dossierId: Number(l.dossier_id),
    typeDocument: String(l.type_document),
    message: String(l.message),
    etat: l.etat as EtatDemande,
    demandeLe: lireIso(l.demande_le)!,
    fournieLe: lireIso(l.fournie_le),
    annuleeLe: lireIso(l.annulee_le),
    pieceId: l.piece_id === null || l.piece_id === undefined ? null : Number(l.piece_id),
  };
}

export async function listerDemandes(db: Db, dossierId: number): Promise<DemandeLigne[]> {
  return (await db(TABLE_DEMANDES).where({ dossier_id: dossierId }).orderBy('id')).map(versDemande);
}

/** A request of THIS dossier: an id of another dossier's request is as unknown as an absent one. */
export async function trouverDemande(db: Db, dossierId: number, id: number): Promise<DemandeLigne | null> {
  const ligne = await db(TABLE_DEMANDES).where({ dossier_id: dossierId, id }).first();
  return ligne ? versDemande(ligne) : null;
}

export async function demandeDeCleOutbox(db: Db, cle: string): Promise<boolean> {
  return Boolean(await db(TABLE_DEMANDES).select('id').where({ cle_outbox: cle }).first());
}

export async function insererDemande(
  db: Db,
  demande: { dossierId: number; typeDocument: string; message: string; cleOutbox: string },
  maintenant: Date,
): Promise<number> {
  return inserer(db, TABLE_DEMANDES, {
    ...colonnesStrapi(maintenant),
    dossier_id: demande.dossierId,
    type_document: demande.typeDocument,
    message: demande.message,
    etat: 'en_attente',
    cle_outbox: demande.cleOutbox,
    demande_le: maintenant,
  });
}

/**
 * Closes a pending request (compare-and-set on its state): false when it was no longer pending, so that two answers
 * racing each other cannot both win.
 */
export async function cloreDemande(
  db: Db,
  id: number,
  cloture: { etat: 'fournie'; pieceId: number } | { etat: 'annulee' },
  maintenant: Date,
): Promise<boolean> {
  const colonnes =
    cloture.etat === 'fournie'
      ? { etat: 'fournie', piece_id: cloture.pieceId, fournie_le: maintenant }
      : { etat: 'annulee', annulee_le: maintenant };
  const n = await db(TABLE_DEMANDES)
    .where({ id, etat: 'en_attente' })
    .update({ ...colonnes, updated_at: maintenant });
  return Number(n) === 1;
}
