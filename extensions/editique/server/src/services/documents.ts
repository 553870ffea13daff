import type { Core } from '@strapi/strapi';
import { UID_MODELE_DOCUMENT } from '../content-types';
import { genererDocx } from '../documents/generateur';
import { ErreurEditique } from '../erreurs';
import { obtenirConvertisseur } from '../ressources';

export interface DemandeDocument {
  modeleCode: string;
  donnees: object;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Remplit le modèle DOCX `modeleCode` puis le convertit en PDF. Erreurs : MODELE_INTROUVABLE, GENERATION_ECHEC, CONVERSION_*. */
  async generer({ modeleCode, donnees }: DemandeDocument): Promise<{ pdf: Buffer; docx: Buffer }> {
    const modele = (await strapi.db
      .query(UID_MODELE_DOCUMENT as never)
      .findOne({ select: ['id', 'code', 'fichier'], where: { code: modeleCode } })) as {
      fichier?: string | null;
    } | null;
    if (!modele?.fichier) {
      throw new ErreurEditique('MODELE_INTROUVABLE', `Modèle de document introuvable : ${modeleCode}`);
    }
    const docx = await genererDocx(Buffer.from(modele.fichier, 'base64'), donnees);
    const pdf = await obtenirConvertisseur().convertir(docx);
    return { pdf, docx };
  },
});
