import type { Core } from '@strapi/strapi';
import { MODELE_MESSAGE_RECU } from '../repositories/messages-notification';

const UID_MODELE_COURRIEL = 'plugin::editique.modele-courriel';

/** The default text: the dossier's number and where to read the message, never the message itself. */
export const MODELE_MESSAGE_RECU_PAR_DEFAUT = {
  code: MODELE_MESSAGE_RECU,
  sujet: 'Nouveau message concernant votre dossier {{dossier.numero}}',
  corps: `Bonjour {{usager.prenom}} {{usager.nom}},

Vous avez reçu un message concernant votre dossier n° {{dossier.numero}} (« {{dispositif.titre}} »).

Pour le lire et y répondre, connectez-vous à votre espace personnel :
{{portail.url}}/compte/dossiers/{{dossier.numero}}

{{collectivite.nom}}

Ce message vous est envoyé automatiquement : merci de ne pas y répondre. Pour échanger avec le service, utilisez la messagerie de votre dossier.`,
};

/**
 * Makes sure the template the notification uses exists, so that the first message of a fresh installation is not
 * followed by a failed delivery. An existing template is never changed: the collectivité may have reworded it in the
 * Content Manager. Called before the message's transaction (on SQLite, the transaction holds the only connection).
 */
export async function assurerModeleMessageRecu(strapi: Core.Strapi): Promise<void> {
  const existant = await strapi.db
    .query(UID_MODELE_COURRIEL as never)
    .findOne({ select: ['id'], where: { code: MODELE_MESSAGE_RECU } });
  if (existant) return;
  try {
    await strapi.documents(UID_MODELE_COURRIEL as never).create({ data: MODELE_MESSAGE_RECU_PAR_DEFAUT } as never);
  } catch (erreur) {
    // Two first messages at once may both create it (harmless: the lookup takes one); anything else shows up as the
    // delivery's error in the dossier, where agents see it.
    strapi.log.warn(`Modèle de courriel ${MODELE_MESSAGE_RECU} non créé : ${(erreur as Error).message}`);
  }
}
