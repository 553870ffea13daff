import { modifierDossier } from './trace';
import type { Executeur } from './types';

/** Opens or closes the conversation between the citizen and the agents (shown in both detail projections). */
export const executerConversation: Executeur<'conversation'> = async (effet, ctx) => {
  const ouverte = effet.etat === 'ouverte';
  await modifierDossier(ctx, (_trx, dossier) =>
    dossier.conversationOuverte === ouverte
      ? null
      : {
          changements: { conversationOuverte: ouverte },
          action: 'dossier.conversation_modifiee',
          details: { etat: effet.etat },
        },
  );
};
