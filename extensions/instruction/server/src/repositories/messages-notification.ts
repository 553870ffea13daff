/**
 * The e-mail that tells a citizen an agent wrote to them: one outbox row per message, written in the message's
 * transaction, run by the `courriel` executor (services/effets/courriel.ts) like a statut's e-mail. Its payload names
 * the template and the recipient only: the message's text never leaves the database (personal data).
 */
import type { Effet } from '../../../domain';
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer } from './sql';

/** Template code of the editique plugin; created with a default text if absent (services/messages-modele.ts). */
export const MODELE_MESSAGE_RECU = 'message_recu';

/** Not a statut's action, so no history line: 0, and a key of its own kind that no `historique:ordre` key can take. */
export const cleNotification = (messageId: number) => `message:${messageId}`;

export async function insererNotificationMessage(
  db: Db,
  dossierId: number,
  messageId: number,
  maintenant: Date,
): Promise<void> {
  const effet: Effet = {
    type: 'courriel',
    modele: MODELE_MESSAGE_RECU,
    destinataires: ['usager'],
    ordre: 0,
    dossierId,
  };
  await inserer(db, TABLE.outbox, {
    ...colonnesStrapi(maintenant),
    cle: cleNotification(messageId),
    dossier_id: dossierId,
    historique_id: 0,
    type: effet.type,
    payload: ecrireJson(effet),
    etat: 'a_traiter',
    tentatives: 0,
  });
}
