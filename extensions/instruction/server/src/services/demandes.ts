import type { Core } from '@strapi/strapi';
import { dossierIntrouvable, ErreurGuichet, versionPerimee } from '../erreurs';
import { type DemandeLigne, cloreDemande, listerDemandes, trouverDemande } from '../repositories/demandes';
import { mettreAJourParAction } from '../repositories/dossiers-actions';
import { trouverDossierParId } from '../repositories/dossiers';
import { droitsAgent } from '../repositories/habilitations';
import { journaliser, verrouillerDossier } from '../repositories/journal';
import { insererPiece, listerPieces } from '../repositories/pieces';
import type { Db } from '../repositories/sql';
import type { Agent } from './dossiers-agent';
import type { UsagerActeur } from './dossiers-usager';
import { detecterType, type FichierRecu, nomSur } from './justificatifs';
import { operer } from './operer';
import { pieceVue } from './vues';

/** Formats a requested justificatif may take (the magic bytes decide, never the declared type). */
export const FORMATS_DEMANDE = ['application/pdf', 'image/png', 'image/jpeg'];
/** The same bound as formidable's, which already cuts a larger upload off while it streams (config/middlewares). */
const TAILLE_MAX = Number(process.env.PIECE_TAILLE_MAX) || 10 * 1024 * 1024;

const demandeIntrouvable = () => new ErreurGuichet(404, 'INTROUVABLE', 'Cette demande de pièce est introuvable.');
const refusFichier = (code: string, message: string, status = 422) =>
  new ErreurGuichet(status, code, message, { erreurs: [{ champ: 'fichier', code, message }] });

/** Closed requests answer 409 in French: a double submit never attaches a second file. */
function dejaClose(demande: DemandeLigne): ErreurGuichet {
  return demande.etat === 'fournie'
    ? new ErreurGuichet(409, 'DEMANDE_DEJA_FOURNIE', 'Vous avez déjà envoyé la pièce demandée.')
    : new ErreurGuichet(409, 'DEMANDE_ANNULEE', 'Cette demande de pièce a été annulée par le service instructeur.');
}

/** The citizen's view: open requests only, without internal keys. */
const vueUsager = (d: DemandeLigne) => ({
  id: d.id,
  typeDocument: d.typeDocument,
  message: d.message,
  demandeLe: d.demandeLe,
  formats: FORMATS_DEMANDE,
  tailleMax: TAILLE_MAX,
});

/**
 * Justificatifs asked after deposit (the `demander_justificatif` action creates them, services/effets): shown in both
 * detail projections, answered by the citizen with a file, cancelled by an agent. Each change is journaled in the
 * transaction that makes it, with a version bump (agents holding the old version get 409).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const stockage = () => strapi.plugin('instruction').service('stockage');
  const dossiersUsager = () => strapi.plugin('instruction').service('dossiersUsager');
  const dossiersAgent = () => strapi.plugin('instruction').service('dossiersAgent');

  return {
    /** Spread into the citizen's detail (services/dossiers-usager.ts). */
    async pourUsager(dossierId: number) {
      const demandes = await listerDemandes(knex(), dossierId);
      return { demandes: demandes.filter((d) => d.etat === 'en_attente').map(vueUsager) };
    },

    /** Spread into the agent's detail (services/dossiers-agent.ts): every request, with its state. */
    async pourAgent(dossierId: number) {
      return { demandes: await listerDemandes(knex(), dossierId) };
    },

    /** The citizen answers a request with one file: stored, attached to the dossier as a justificatif, journaled. */
    async repondre(numero: string, usager: UsagerActeur, demandeId: number, fichier: FichierRecu) {
      const { dossier } = await dossiersUsager().charger(numero, usager.id);
      const demande = Number.isInteger(demandeId) ? await trouverDemande(knex(), dossier.id, demandeId) : null;
      if (!demande) throw demandeIntrouvable();
      if (demande.etat !== 'en_attente') throw dejaClose(demande);
      if (fichier.taille === 0) throw refusFichier('FICHIER_VIDE', 'Le fichier choisi est vide.');
      if (fichier.taille > TAILLE_MAX) {
        throw refusFichier('TROP_VOLUMINEUX', `Le fichier dépasse ${Math.floor(TAILLE_MAX / 1024 / 1024)} Mo.`, 413);
      }
      const type = await detecterType(fichier.cheminTemporaire);
      if (!type || !FORMATS_DEMANDE.includes(type)) {
        throw refusFichier('FORMAT_REFUSE', 'Le fichier doit être au format PDF, PNG ou JPEG.');
      }
      // Copied before the transaction (no file I/O while holding the dossier row); removed again if it fails.
      const maintenant = new Date();
      const { chemin, empreinte } = await stockage().copierDepuis(fichier.cheminTemporaire, maintenant);
      try {
        const pieceId = await knex().transaction(async (trx: Db) => {
          await verrouillerDossier(trx, dossier.id);
          const courante = await trouverDemande(trx, dossier.id, demande.id);
          if (!courante) throw demandeIntrouvable();
          if (courante.etat !== 'en_attente') throw dejaClose(courante);
          const frais = await trouverDossierParId(trx, dossier.id);
          if (!frais || frais.supprimeLe) throw dossierIntrouvable();
          const nom = nomSur(fichier.nom);
          const id = await insererPiece(
            trx,
            {
              dossierId: dossier.id,
              champ: null,
              nature: 'justificatif',
              nom,
              type,
              taille: fichier.taille,
              chemin,
              empreinte,
            },
            maintenant,
          );
          if (!(await cloreDemande(trx, demande.id, { etat: 'fournie', pieceId: id }, maintenant)))
            throw dejaClose(courante);
          if (!(await mettreAJourParAction(trx, dossier.id, frais.version, {}, maintenant))) throw versionPerimee();
          await journaliser(trx, {
            dossierId: dossier.id,
            date: maintenant,
            acteur: { type: 'usager', id: usager.id, nom: usager.nom },
            action: 'dossier.justificatif_fourni',
            details: { demandeId: demande.id, typeDocument: demande.typeDocument, pieceId: id, nom },
          });
          return id;
        });
        return (await listerPieces(knex(), dossier.id)).filter((p) => p.id === pieceId).map(pieceVue)[0]!;
      } catch (erreur) {
        await stockage().supprimer(chemin);
        throw erreur;
      }
    },

    /** An agent holding « instruire » on the dispositif cancels a pending request (scope → 404, version → 409). */
    async annuler(numero: string, agent: Agent, demandeId: number, version: number) {
      await operer(knex(), numero, agent, version, async (trx, dossier, maintenant) => {
        if (!(await droitsAgent(trx, agent.id, dossier.dispositifId)).includes('instruire')) {
          throw new ErreurGuichet(
            403,
            'DROITS_INSUFFISANTS',
            'Annuler une demande de pièce demande le droit « instruire » sur ce dispositif.',
          );
        }
        const demande = Number.isInteger(demandeId) ? await trouverDemande(trx, dossier.id, demandeId) : null;
        if (!demande) throw demandeIntrouvable();
        if (!(await cloreDemande(trx, demande.id, { etat: 'annulee' }, maintenant))) throw dejaClose(demande);
        return {
          colonnes: {},
          action: 'dossier.justificatif_annule',
          details: { demandeId: demande.id, typeDocument: demande.typeDocument },
        };
      });
      return dossiersAgent().detail(numero, agent.id);
    },
  };
};
