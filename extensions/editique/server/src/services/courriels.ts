import type { Core } from '@strapi/strapi';
import { rendreCourriel } from '../../../domain/rendre-courriel';
import { config } from '../config';
import { UID_MODELE_COURRIEL } from '../content-types';
import type { PieceJointe } from '../courriels/expediteur';
import { ErreurEditique } from '../erreurs';
import { obtenirExpediteur } from '../ressources';

export interface DemandeCourriel {
  modeleCode: string;
  a: string[];
  variables: Record<string, unknown>;
  piecesJointes?: PieceJointe[];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Rend le modèle de courriel `modeleCode` avec `variables` et l'envoie. `portail.url` vaut PORTAL_URL si
   * l'appelant ne le fournit pas ; seules les URL du portail deviennent des liens dans la version HTML.
   * Erreurs : MODELE_INTROUVABLE, COURRIEL_INVALIDE, COURRIEL_ECHEC.
   */
  async envoyer({ modeleCode, a, variables, piecesJointes }: DemandeCourriel): Promise<{ messageId: string }> {
    const modele = (await strapi.db
      .query(UID_MODELE_COURRIEL as never)
      .findOne({ select: ['id', 'code', 'sujet', 'corps'], where: { code: modeleCode } })) as {
      sujet?: string;
      corps?: string;
    } | null;
    if (!modele) {
      throw new ErreurEditique('MODELE_INTROUVABLE', `Modèle de courriel introuvable : ${modeleCode}`);
    }
    const { portailUrl } = config();
    const rendu = rendreCourriel(
      { sujet: modele.sujet ?? '', corps: modele.corps ?? '' },
      { portail: { url: portailUrl }, ...variables },
      { liensAutorises: [portailUrl] },
    );
    return obtenirExpediteur().envoyer({ a, ...rendu, piecesJointes });
  },
});
