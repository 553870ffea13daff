import { insererPiece, pieceDeCleOutbox } from '../../repositories/pieces';
import type { Executeur } from './types';
import { variablesModeles } from './variables';

/** Generates a letter from an editique template and files it as a pièce of the dossier. */
export const executerDocument: Executeur<'document'> = async (effet, ctx) => {
  const { strapi, ligne, dossier } = ctx;
  const knex = strapi.db.connection;
  // A retried job must not attach the same letter twice: the outbox key is unique on pièces.
  if (await pieceDeCleOutbox(knex, ligne.cle)) return;
  const { pdf } = await strapi
    .plugin('editique')
    .service('documents')
    .generer({ modeleCode: effet.modele, donnees: await variablesModeles(ctx) });
  const stockage = strapi.plugin('instruction').service('stockage');
  const maintenant = new Date();
  const { chemin, empreinte } = await stockage.ecrire(pdf, maintenant);
  try {
    await insererPiece(
      knex,
      {
        dossierId: dossier.id,
        champ: null,
        nature: 'document',
        nom: effet.nomFichier,
        type: 'application/pdf',
        taille: pdf.length,
        chemin,
        empreinte,
        cleOutbox: ligne.cle,
      },
      maintenant,
    );
  } catch (erreur) {
    await stockage.supprimer(chemin);
    if (!(await pieceDeCleOutbox(knex, ligne.cle))) throw erreur;
  }
};
