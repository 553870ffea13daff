import { TABLE } from '../constants';
import { colonnesStrapi, type Db, inserer, lireIso } from './sql';

export interface PieceLigne {
  id: number;
  dossierId: number;
  champ: string | null;
  nature: 'justificatif' | 'document';
  nom: string;
  type: string;
  taille: number;
  chemin: string;
  creeLe: string;
}

function versPiece(l: Record<string, unknown>): PieceLigne {
  return {
    id: Number(l.id),
    dossierId: Number(l.dossier_id),
    champ: (l.champ as string | null) ?? null,
    nature: l.nature as PieceLigne['nature'],
    nom: String(l.nom),
    type: String(l.type),
    taille: Number(l.taille),
    chemin: String(l.chemin),
    creeLe: lireIso(l.created_at)!,
  };
}

export async function listerPieces(db: Db, dossierId: number): Promise<PieceLigne[]> {
  return (await db(TABLE.pieces).where({ dossier_id: dossierId }).orderBy('id')).map(versPiece);
}

export async function trouverPiece(db: Db, dossierId: number, pieceId: number): Promise<PieceLigne | null> {
  const ligne = await db(TABLE.pieces).where({ dossier_id: dossierId, id: pieceId }).first();
  return ligne ? versPiece(ligne) : null;
}

export async function pieceDeCleOutbox(db: Db, cle: string): Promise<boolean> {
  return Boolean(await db(TABLE.pieces).select('id').where({ cle_outbox: cle }).first());
}

export async function insererPiece(
  db: Db,
  piece: Omit<PieceLigne, 'id' | 'creeLe'> & { empreinte: string; cleOutbox?: string },
  maintenant: Date,
): Promise<number> {
  return inserer(db, TABLE.pieces, {
    ...colonnesStrapi(maintenant),
    dossier_id: piece.dossierId,
    champ: piece.champ,
    nature: piece.nature,
    nom: piece.nom,
    type: piece.type,
    taille: piece.taille,
    chemin: piece.chemin,
    empreinte: piece.empreinte,
    cle_outbox: piece.cleOutbox ?? null,
  });
}

export async function supprimerPiece(db: Db, dossierId: number, pieceId: number): Promise<void> {
  await db(TABLE.pieces).where({ dossier_id: dossierId, id: pieceId }).delete();
}
