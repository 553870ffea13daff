/**
 * Idempotency of the actions that change the dossier, through the journal: each change is written with a journal
 * entry carrying the outbox key (`details.cle`) in ONE transaction, and a retried row that finds its key does nothing.
 * Deliveries (email, SMS, webhook) are not journaled (they change nothing on the dossier): they are at least once,
 * and SMS and webhook carry the key so that the receiver drops a copy.
 */
import type { ActionJournal, DetailsJournal } from '../../../../domain';
import { versionPerimee } from '../../erreurs';
import { type ChangementsAction, cleJournalisee, mettreAJourParAction } from '../../repositories/dossiers-actions';
import { type DossierLigne, trouverDossierParId } from '../../repositories/dossiers';
import { journaliser, verrouillerDossier } from '../../repositories/journal';
import type { Db } from '../../repositories/sql';
import { ACTEUR_ACTIONS, type ContexteEffet } from './types';

export interface ModificationDossier {
  changements: ChangementsAction;
  action: ActionJournal;
  details: DetailsJournal;
}

/**
 * Locks the dossier, skips if this row already wrote it, lets `decider` compute the change from the fresh row (null:
 * nothing to change), then writes it with a version bump (agents holding the old version get 409) and the journal
 * entry carrying the outbox key, in one transaction. `decider` must only query through `trx` (SQLite: one connection).
 */
export async function modifierDossier(
  ctx: ContexteEffet,
  decider: (trx: Db, dossier: DossierLigne) => Promise<ModificationDossier | null> | ModificationDossier | null,
): Promise<void> {
  const { strapi, ligne } = ctx;
  await strapi.db.connection.transaction(async (trx) => {
    await verrouillerDossier(trx, ligne.dossierId);
    if (await cleJournalisee(trx, ligne.dossierId, ligne.cle)) return;
    const dossier = await trouverDossierParId(trx, ligne.dossierId);
    if (!dossier || dossier.supprimeLe) return;
    const modification = await decider(trx, dossier);
    if (!modification) return;
    const maintenant = new Date();
    if (!(await mettreAJourParAction(trx, dossier.id, dossier.version, modification.changements, maintenant))) {
      throw versionPerimee();
    }
    await journaliser(trx, {
      dossierId: dossier.id,
      date: maintenant,
      acteur: ACTEUR_ACTIONS,
      action: modification.action,
      details: { ...modification.details, cle: ligne.cle },
    });
  });
}

/**
 * Journals why part of an action was not carried out (a recipient that cannot be reached), once per row: the row is
 * then delivered, and the note tells the agents what did not happen.
 */
export async function noterNonExecute(ctx: ContexteEffet, motif: string): Promise<void> {
  const { strapi, ligne } = ctx;
  await strapi.db.connection.transaction(async (trx) => {
    await verrouillerDossier(trx, ligne.dossierId);
    if (await cleJournalisee(trx, ligne.dossierId, ligne.cle, { action: 'action.non_executee' })) return;
    await journaliser(trx, {
      dossierId: ligne.dossierId,
      date: new Date(),
      acteur: ACTEUR_ACTIONS,
      action: 'action.non_executee',
      details: { type: ligne.type, motif, cle: ligne.cle },
    });
  });
}
