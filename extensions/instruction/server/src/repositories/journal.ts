import { createHash } from 'node:crypto';
import {
  type Acteur,
  type ActionJournal,
  contenuAEmpreindre,
  type DetailsJournal,
  EMPREINTE_INITIALE,
  type EntreeScellee,
  verifierChaine,
} from '../../../domain';
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireDate, lireJson } from './sql';

const sha256 = (contenu: string) => createHash('sha256').update(contenu).digest('hex');

type NouvelleEntree = { dossierId: number; date: Date; acteur: Acteur; action: ActionJournal; details: DetailsJournal };
type Derniere = { sequence: number; empreinte: string } | undefined;

/** The row that seals one entry after the dossier's last one: the chain format lives here, once. */
function ligneScellee(entree: NouvelleEntree, derniere: Derniere): Record<string, unknown> {
  const complete = {
    ...entree,
    sequence: derniere ? derniere.sequence + 1 : 1,
    empreintePrecedente: derniere ? derniere.empreinte : EMPREINTE_INITIALE,
  };
  return {
    ...colonnesStrapi(entree.date),
    dossier_id: complete.dossierId,
    sequence: complete.sequence,
    date: complete.date,
    acteur_type: complete.acteur.type,
    acteur_id: complete.acteur.id,
    acteur_nom: complete.acteur.nom ?? null,
    action: complete.action,
    details: ecrireJson(complete.details),
    empreinte_precedente: complete.empreintePrecedente,
    empreinte: sha256(contenuAEmpreindre(complete)),
  };
}

/**
 * Appends to a dossier's chain. Callers hold the dossier row (the compare-and-set UPDATE of a transition, or
 * verrouillerDossier for a read); the unique (dossier_id, sequence) index refuses a fork all the same.
 */
export async function journaliser(db: Db, entree: NouvelleEntree): Promise<void> {
  const derniere = await db(TABLE.journal)
    .select(['sequence', 'empreinte'])
    .where({ dossier_id: entree.dossierId })
    .orderBy('sequence', 'desc')
    .first();
  await inserer(
    db,
    TABLE.journal,
    ligneScellee(
      entree,
      derniere ? { sequence: Number(derniere.sequence), empreinte: String(derniere.empreinte) } : undefined,
    ),
  );
}

/**
 * journaliser for many dossiers at once (instruction en masse): their last entries in one query, the new entries in
 * one INSERT. Same rows, same chain as one journaliser per dossier; at most one entry per dossier per call, and the
 * caller holds every dossier row (the batch's compare-and-set UPDATE).
 */
export async function journaliserEnLot(db: Db, entrees: NouvelleEntree[]): Promise<void> {
  if (entrees.length === 0) return;
  const ids = entrees.map((e) => e.dossierId);
  if (new Set(ids).size !== ids.length) throw new Error('journaliserEnLot : une seule entrée par dossier et par appel');
  const dernieres = await db(`${TABLE.journal} as j`)
    .join(
      db(TABLE.journal)
        .select('dossier_id')
        .max({ s: 'sequence' })
        .whereIn('dossier_id', ids)
        .groupBy('dossier_id')
        .as('m'),
      (on) => on.on('j.dossier_id', 'm.dossier_id').andOn('j.sequence', 'm.s'),
    )
    .select(['j.dossier_id', 'j.sequence', 'j.empreinte']);
  const parDossier = new Map<number, Derniere>(
    dernieres.map((l: Record<string, unknown>) => [
      Number(l.dossier_id),
      { sequence: Number(l.sequence), empreinte: String(l.empreinte) },
    ]),
  );
  await db(TABLE.journal).insert(entrees.map((e) => ligneScellee(e, parDossier.get(e.dossierId))));
}

/** Serialises writers on one dossier for operations that do not update it (a read that is journaled). */
export async function verrouillerDossier(db: Db, dossierId: number): Promise<void> {
  await db(TABLE.dossiers).select('id').where({ id: dossierId }).forUpdate().first();
}

export async function lireJournal(db: Db, dossierId: number): Promise<EntreeScellee[]> {
  const lignes = await db(TABLE.journal).where({ dossier_id: dossierId }).orderBy('sequence', 'asc');
  return lignes.map((l: Record<string, unknown>) => ({
    dossierId: Number(l.dossier_id),
    sequence: Number(l.sequence),
    date: lireDate(l.date)!,
    acteur: {
      type: l.acteur_type as Acteur['type'],
      id: Number(l.acteur_id),
      ...(l.acteur_nom ? { nom: String(l.acteur_nom) } : {}),
    },
    action: l.action as ActionJournal,
    details: lireJson<DetailsJournal>(l.details),
    empreintePrecedente: String(l.empreinte_precedente),
    empreinte: String(l.empreinte),
  }));
}

export async function verifierJournal(db: Db, dossierId: number) {
  return verifierChaine(await lireJournal(db, dossierId), sha256);
}
