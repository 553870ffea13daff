import type { Core } from '@strapi/strapi';
import { champsDeVue, TYPES_SANS_VALEUR, valeurLisible } from '@guichet/formulaires';
import { trouverStatut } from '../../../domain';
import { trouverDispositif, type DispositifLigne } from '../repositories/dispositifs';
import { type DossierLigne, trouverDossierParId } from '../repositories/dossiers';
import type { OutboxLigne } from '../repositories/outbox';
import type { ModeleDossier } from './modeles';
import { insererPiece, pieceDeCleOutbox } from '../repositories/pieces';

interface UsagerLigne {
  email: string;
  prenom?: string | null;
  nom?: string | null;
}

/** The data templates see: the same for emails and documents, French-formatted. */
function variablesModeles(
  dossier: DossierLigne,
  dispositif: DispositifLigne,
  usager: UsagerLigne,
  formulaire: ModeleDossier,
) {
  const statut = dossier.statut ? trouverStatut(dispositif.guide, dossier.statut)?.statut : undefined;
  return {
    usager: { prenom: usager.prenom ?? '', nom: usager.nom ?? '', email: usager.email },
    dossier: { numero: dossier.numero, dateDepot: dossier.deposeLe?.toISOString() ?? '' },
    dispositif: { titre: dispositif.titre },
    statut: { code: dossier.statut ?? '', libelle: statut?.libelle ?? '' },
    portail: { url: process.env.PORTAL_URL || 'http://localhost:4321' },
    collectivite: { nom: process.env.ORGANISATION_NOM || 'Département de démonstration' },
    // What the citizen answered, in their reading order; fields without an answer of their own are left out.
    champs: champsDeVue(formulaire.modele, 'usager')
      .filter((c) => !TYPES_SANS_VALEUR.includes(c.type))
      .map((c) => ({
        libelle: c.libelle,
        valeur: valeurLisible(c, dossier.donnees[c.code], { referentiels: formulaire.referentiels }) ?? '—',
      })),
  };
}

/** Action types of the guide that this server does not execute yet: the row fails visibly instead of doing nothing. */
function actionNonPriseEnCharge(type: string): Error {
  return new Error(`Action « ${type} » non prise en charge par ce serveur pour le moment.`);
}

/** Runs one outbox row. Called by the job runner; must be safe to call again for the same row. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const editique = () => strapi.plugin('editique');

  return {
    async executer(ligne: OutboxLigne) {
      const dossier = await trouverDossierParId(knex(), ligne.dossierId);
      if (!dossier) return;
      const dispositif = (await trouverDispositif(knex(), dossier.dispositifId))!;
      const usager = (await strapi.db
        .query('plugin::users-permissions.user')
        .findOne({ where: { id: dossier.usagerId } })) as UsagerLigne;
      const formulaire = await strapi.plugin('instruction').service('modeles').duDossier(dossier);
      const variables = variablesModeles(dossier, dispositif, usager, formulaire);
      const effet = ligne.payload;

      if (effet.type === 'courriel') {
        // Other recipients and attached justificatifs come with assignment and the justificatifs review.
        if (effet.joindreJustificatifs || effet.destinataires.some((d) => d !== 'usager')) {
          throw actionNonPriseEnCharge('courriel (destinataires autres que l’usager ou justificatifs joints)');
        }
        await editique()
          .service('courriels')
          .envoyer({ modeleCode: effet.modele, a: [usager.email], variables });
        return;
      }
      if (effet.type !== 'document') throw actionNonPriseEnCharge(effet.type);
      // A retried job must not attach the same letter twice: the outbox key is unique on pièces.
      if (await pieceDeCleOutbox(knex(), ligne.cle)) return;
      const { pdf } = await editique().service('documents').generer({ modeleCode: effet.modele, donnees: variables });
      const stockage = strapi.plugin('instruction').service('stockage');
      const maintenant = new Date();
      const { chemin, empreinte } = await stockage.ecrire(pdf, maintenant);
      try {
        await insererPiece(
          knex(),
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
        if (!(await pieceDeCleOutbox(knex(), ligne.cle))) throw erreur;
      }
    },
  };
};
