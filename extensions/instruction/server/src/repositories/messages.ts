/**
 * Reads and writes of a dossier's conversation (content-types/messages.ts), through the (dossier_id, id) and cle
 * indexes only: a conversation is read by dossier, a retried send is found by its key.
 */
import { TABLE_MESSAGES } from '../content-types/messages';
import { colonnesStrapi, type Db, inserer, lireDate } from './sql';

export type AuteurMessage = 'usager' | 'agent';

export interface MessageLigne {
  id: number;
  dossierId: number;
  auteur: AuteurMessage;
  auteurId: number;
  auteurNom: string;
  corps: string;
  envoyeLe: Date;
  luLe: Date | null;
}

export interface NouveauMessage {
  dossierId: number;
  auteur: AuteurMessage;
  auteurId: number;
  auteurNom: string;
  corps: string;
  cle: string | null;
}

function versMessage(l: Record<string, unknown>): MessageLigne {
  return {
    id: Number(l.id),
    dossierId: Number(l.dossier_id),
    auteur: l.auteur as AuteurMessage,
    auteurId: Number(l.auteur_id),
    auteurNom: String(l.auteur_nom ?? ''),
    corps: String(l.corps ?? ''),
    envoyeLe: lireDate(l.envoye_le)!,
    luLe: lireDate(l.lu_le),
  };
}

export async function insererMessage(db: Db, message: NouveauMessage, maintenant: Date): Promise<number> {
  return inserer(db, TABLE_MESSAGES, {
    ...colonnesStrapi(maintenant),
    dossier_id: message.dossierId,
    auteur: message.auteur,
    auteur_id: message.auteurId,
    auteur_nom: message.auteurNom,
    corps: message.corps,
    envoye_le: maintenant,
    lu_le: null,
    cle: message.cle,
  });
}

export async function trouverMessage(db: Db, dossierId: number, id: number): Promise<MessageLigne | null> {
  const ligne = await db(TABLE_MESSAGES).where({ dossier_id: dossierId, id }).first();
  return ligne ? versMessage(ligne) : null;
}

/** The message a retried send already created (the key is unique, and already scoped to its sender). */
export async function trouverMessageParCle(db: Db, cle: string): Promise<MessageLigne | null> {
  const ligne = await db(TABLE_MESSAGES).where({ cle }).first();
  return ligne ? versMessage(ligne) : null;
}

/** The `limite` latest messages, oldest first (the reading order of a conversation). */
export async function listerMessages(db: Db, dossierId: number, limite: number): Promise<MessageLigne[]> {
  const lignes = await db(TABLE_MESSAGES).where({ dossier_id: dossierId }).orderBy('id', 'desc').limit(limite);
  return lignes.map(versMessage).reverse();
}

/** The reader's side reads what the other side wrote: their unread messages get the reading date, once. */
export async function marquerLus(
  db: Db,
  dossierId: number,
  ecritPar: AuteurMessage,
  maintenant: Date,
): Promise<number> {
  const n = await db(TABLE_MESSAGES)
    .where({ dossier_id: dossierId, auteur: ecritPar })
    .whereNull('lu_le')
    .update({ lu_le: maintenant, updated_at: maintenant });
  return Number(n);
}

/** Unread messages written by one side, counted on the (dossier_id, id) index's rows of this dossier. */
export async function compterNonLus(db: Db, dossierId: number, ecritPar: AuteurMessage): Promise<number> {
  const [ligne] = await db(TABLE_MESSAGES)
    .where({ dossier_id: dossierId, auteur: ecritPar })
    .whereNull('lu_le')
    .count('* as n');
  return Number((ligne as { n?: unknown } | undefined)?.n ?? 0);
}
