import type { Core } from '@strapi/strapi';
import { rendreCourriel } from '../../../domain/rendre-courriel';
import { config } from '../config';
import { UID_MODELE_COURRIEL } from '../content-types';
import { ErreurEditique } from '../erreurs';

/** Au-delà, l'opérateur découpe en plus de 4 segments (facturés chacun) : un modèle si long est une erreur. */
export const LONGUEUR_SMS_MAX = 612;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Rend le texte d'un SMS. Il n'existe pas (encore) de type de contenu « modèle de SMS » : un SMS reprend la
   * version texte du corps du modèle de courriel `modeleCode` (le sujet est ignoré), espaces compactés.
   * Erreurs : MODELE_INTROUVABLE, COURRIEL_INVALIDE (texte vide ou trop long).
   */
  async rendre({ modeleCode, variables }: { modeleCode: string; variables: Record<string, unknown> }) {
    const modele = (await strapi.db
      .query(UID_MODELE_COURRIEL as never)
      .findOne({ select: ['id', 'corps'], where: { code: modeleCode } })) as { corps?: string } | null;
    if (!modele) throw new ErreurEditique('MODELE_INTROUVABLE', `Modèle de SMS introuvable : ${modeleCode}`);
    const { portailUrl } = config();
    const { texte } = rendreCourriel(
      { sujet: '', corps: modele.corps ?? '' },
      { portail: { url: portailUrl }, ...variables },
    );
    const compact = texte.replace(/\s+/g, ' ').trim();
    if (compact === '') throw new ErreurEditique('COURRIEL_INVALIDE', `Le modèle ${modeleCode} donne un SMS vide.`);
    if (compact.length > LONGUEUR_SMS_MAX) {
      throw new ErreurEditique(
        'COURRIEL_INVALIDE',
        `Le modèle ${modeleCode} donne un SMS de ${compact.length} caractères (${LONGUEUR_SMS_MAX} au plus).`,
      );
    }
    return { texte: compact };
  },
});
