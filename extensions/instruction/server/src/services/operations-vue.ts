import { DROIT_CORRECTION } from '../../../domain';
import type { DossierLigne } from '../repositories/dossiers';
import { enfants, nomsAgents, numeroDe, reglagesDispositif } from '../repositories/operations';
import type { Db } from '../repositories/sql';

/** What the operations panel of the agent's dossier page shows: assignment, classement, flags, links, deletion. */
export async function operationsVue(db: Db, dossier: DossierLigne, droits: readonly string[]) {
  const reglages = await reglagesDispositif(db, dossier.dispositifId);
  const noms = await nomsAgents(db, dossier.agentId === null ? [] : [dossier.agentId]);
  return {
    agentId: dossier.agentId,
    agentNom: dossier.agentId === null ? null : (noms.get(dossier.agentId) ?? null),
    territoireId: dossier.territoireId,
    secteurId: dossier.secteurId,
    classement: dossier.classement,
    classification: reglages?.classification ?? [],
    drapeaux: dossier.drapeaux,
    parent: dossier.parentId === null ? null : await numeroDe(db, dossier.parentId),
    enfants: await enfants(db, dossier.id),
    creeParAgent: dossier.creeParAgentId !== null,
    // Soft deletion needs « décider », like a correction (the server checks it again).
    peutSupprimer: droits.includes(DROIT_CORRECTION),
  };
}
