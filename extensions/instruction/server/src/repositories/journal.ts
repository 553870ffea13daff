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

/**
 * Appends to a dossier's chain. Callers hold the dossier row (the compare-and-set UPDATE of a transition, or
 * verrouillerDossier for a read); the unique (dossier_id, sequence) index refuses a fork all the same.
 */
export async function journaliser(
  db: Db,
  entree: { dossierId: number; date: Date; acteur: Acteur; action: ActionJournal; details: DetailsJournal },
): Promise<void> {
  const derniere = await db(TABLE.journal)
    .select(['sequence', 'empreinte'])
    .where({ dossier_id: entree.dossierId })
    .orderBy('sequence', 'desc')
    .first();
  const complete = {
    ...entree,
    sequence: derniere ? Number(derniere.sequence) + 1 : 1,
    empreintePrecedente: derniere ? String(derniere.empreinte) : EMPREINTE_INITIALE,
  };
  await inserer(db, TABLE.journal, {
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
  });
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
