import type { ActionJournal, DetailsJournal } from '../../../domain';
import { dossierIntrouvable, versionPerimee } from '../erreurs';
import { type DossierLigne, trouverDossierAgent } from '../repositories/dossiers';
import { journaliser } from '../repositories/journal';
import { type ColonnesOperation, modifierSiVersion } from '../repositories/operations';
import type { Db } from '../repositories/sql';
import type { Agent } from './dossiers-agent';

/** What an operation decided: the columns to write and its journal entry; `apres` writes on linked dossiers. */
export interface Operation {
  colonnes: ColonnesOperation;
  action: ActionJournal;
  details: DetailsJournal;
  apres?: (trx: Db) => Promise<void>;
}

export const acteurAgent = (agent: Agent) => ({ type: 'agent' as const, id: agent.id, nom: agent.nom });

/**
 * The common shape of an agent's operation on one dossier, in ONE transaction: load through the agent's scope (out of
 * scope or deleted → 404), check the version read (stale → 409), let `decider` check and compute (it throws the
 * French 403/422), then compare-and-set the columns and journal the operation.
 */
export async function operer(
  db: Db,
  numero: string,
  agent: Agent,
  version: number,
  decider: (trx: Db, dossier: DossierLigne, maintenant: Date) => Promise<Operation>,
): Promise<void> {
  const maintenant = new Date();
  await db.transaction(async (trx) => {
    const dossier = await trouverDossierAgent(trx, numero, agent.id);
    if (!dossier) throw dossierIntrouvable();
    if (dossier.version !== version) throw versionPerimee();
    const operation = await decider(trx, dossier, maintenant);
    if (!(await modifierSiVersion(trx, dossier.id, version, operation.colonnes, maintenant))) throw versionPerimee();
    await journaliser(trx, {
      dossierId: dossier.id,
      date: maintenant,
      acteur: acteurAgent(agent),
      action: operation.action,
      details: operation.details,
    });
    await operation.apres?.(trx);
  });
}
