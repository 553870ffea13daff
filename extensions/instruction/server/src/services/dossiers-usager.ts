import type { Core } from '@strapi/strapi';
import { donneesAEnregistrer, prechargerDonnees, validerDonnees, type TypeProfil } from '@guichet/formulaires';
import { formaterNumeroDossier, transition } from '../../../domain';
import { dossierIntrouvable, ErreurGuichet, versionPerimee } from '../erreurs';
import { trouverDispositif, trouverDispositifPublie, trouverDispositifs } from '../repositories/dispositifs';
import * as dossiers from '../repositories/dossiers';
import type { DossierLigne } from '../repositories/dossiers';
import { completerSansVersion } from '../repositories/operations';
import { listerPieces } from '../repositories/pieces';
import { listerProfilsDeUsager, profilsParIds, type ProfilUsager } from '../repositories/profils-usager';
import { enregistrerTransition } from '../repositories/transition';
import { nouveauDocumentId } from '../repositories/sql';
import { aujourdhuiEnFrance } from './calendrier';
import { modifierApresDepot } from './editions-usager';
import type { ModeleDossier } from './modeles';
import { detailUsager, dossierPourDomaine, resumeUsager } from './vues';

export interface UsagerActeur {
  id: number;
  nom: string;
}

/** A dossier filed for a profil is of that profil's kind (display conditions read it, `@profil`). */
const TYPE_DOSSIER_DU_PROFIL: Record<ProfilUsager['type'], TypeProfil> = {
  famille: 'particulier',
  autre: 'particulier',
  association: 'association',
  entreprise: 'entreprise',
};

const erreursDeSaisie = (erreurs: unknown) =>
  new ErreurGuichet(422, 'SAISIE_INVALIDE', 'Certaines informations sont à corriger.', { erreurs });

/** What a citizen does with their own dossiers. Every read goes through their scope: out of scope is 404. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const jobs = () => strapi.plugin('instruction').service('jobs');
  const modeles = () => strapi.plugin('instruction').service('modeles');
  const geocodage = () => strapi.plugin('instruction').service('geocodage');

  async function charger(numero: string, usagerId: number) {
    const dossier = await dossiers.trouverDossierUsager(knex(), numero, usagerId);
    if (!dossier) throw dossierIntrouvable();
    const dispositif = (await trouverDispositif(knex(), dossier.dispositifId))!;
    const formulaire: ModeleDossier = await modeles().duDossier(dossier);
    return { dossier, dispositif, formulaire };
  }

  async function detail(numero: string, usagerId: number) {
    const { dossier, dispositif, formulaire } = await charger(numero, usagerId);
    const profil =
      dossier.profilId === null ? undefined : (await profilsParIds(knex(), [dossier.profilId])).get(dossier.profilId);
    return {
      ...detailUsager(dossier, dispositif, formulaire, await listerPieces(knex(), dossier.id)),
      // Who the dossier is filed for, when it is a profil of its members (null: the citizen who filed it).
      profil: profil ?? null,
      ...(await strapi.plugin('instruction').service('demandes').pourUsager(dossier.id)),
      ...(await strapi.plugin('instruction').service('messages').pourUsager(dossier.id)),
    };
  }

  /** The validation options of this dossier: its model version's lists, its profil, today. */
  function optionsDe(dossier: DossierLigne, formulaire: ModeleDossier) {
    return {
      vue: 'usager' as const,
      aujourdhui: aujourdhuiEnFrance(),
      profil: dossier.typeProfil,
      referentiels: formulaire.referentiels,
      donneesExistantes: dossier.donnees,
    };
  }

  /** What the administration already knows about the citizen, for fields that ask to be prefilled. */
  async function sourcesPrechargement(usagerId: number) {
    const usager = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: usagerId } });
    if (!usager) return {};
    return {
      'individu.nom': usager.nom ?? null,
      'individu.prenom': usager.prenom ?? null,
      'individu.email': usager.email,
    };
  }

  async function piecesParChamp(dossierId: number): Promise<Record<string, number>> {
    const compte: Record<string, number> = {};
    for (const piece of await listerPieces(knex(), dossierId)) {
      if (piece.nature === 'justificatif' && piece.champ) compte[piece.champ] = (compte[piece.champ] ?? 0) + 1;
    }
    return compte;
  }

  return {
    detail,
    charger,

    async lister(usagerId: number) {
      const lignes = await dossiers.listerDossiersUsager(knex(), usagerId);
      // Their dispositifs in one query: the list costs the same whatever the number of dispositifs it spans.
      const dispositifs = await trouverDispositifs(
        knex(),
        lignes.map((l) => l.dispositifId),
      );
      const profils = await profilsParIds(
        knex(),
        lignes.map((l) => l.profilId),
      );
      return lignes.map((ligne) => ({
        ...resumeUsager(ligne, dispositifs.get(ligne.dispositifId)!.guide),
        profil: ligne.profilId === null ? null : (profils.get(ligne.profilId) ?? null),
      }));
    },

    /** The profils (association, famille, entreprise) the citizen belongs to and may file a dossier for. */
    profils: (usagerId: number) => listerProfilsDeUsager(knex(), usagerId),

    /**
     * A new brouillon of the dispositif, filed for the citizen themself or for one of their profils (`profilId`):
     * then every citizen member of that profil sees and completes it too, and its type follows the profil's.
     */
    async creerBrouillon(slug: string, usagerId: number, typeDemande?: TypeProfil, profilId?: number) {
      const dispositif = await trouverDispositifPublie(knex(), slug);
      if (!dispositif) throw new ErreurGuichet(404, 'INTROUVABLE', 'Ce dispositif est introuvable.');
      const profil =
        profilId === undefined
          ? undefined
          : (await listerProfilsDeUsager(knex(), usagerId)).find((p) => p.id === profilId);
      if (profilId !== undefined && !profil) {
        const message = 'Vous ne faites pas partie de ce profil : choisissez-en un autre ou déposez en votre nom.';
        throw erreursDeSaisie([{ champ: 'profil', code: 'PROFIL_INCONNU', message }]);
      }
      const typeProfil: TypeProfil = typeDemande ?? (profil ? TYPE_DOSSIER_DU_PROFIL[profil.type] : 'particulier');
      const formulaire: ModeleDossier = await modeles().courant(dispositif);
      const prechargees = prechargerDonnees(formulaire.modele, await sourcesPrechargement(usagerId), {
        referentiels: formulaire.referentiels,
        aujourdhui: aujourdhuiEnFrance(),
        calculer: () => null,
      });
      const maintenant = new Date();
      const numero = await knex().transaction(async (trx) => {
        const id = await dossiers.insererBrouillon(trx, {
          dispositifId: dispositif.id,
          usagerId,
          numeroProvisoire: `provisoire-${nouveauDocumentId()}`,
          maintenant,
          modeleVersionId: formulaire.versionId,
          typeProfil,
          donnees: prechargees,
        });
        const definitif = formaterNumeroDossier(maintenant.getUTCFullYear(), id);
        await dossiers.fixerNumero(trx, id, definitif);
        if (profil) await completerSansVersion(trx, id, { profilId: profil.id });
        return definitif;
      });
      return detail(numero, usagerId);
    },

    async enregistrerBrouillon(
      numero: string,
      usagerId: number,
      corps: { version: number; donnees: Record<string, unknown> },
    ) {
      const contexte = await charger(numero, usagerId);
      const { dossier, formulaire } = contexte;
      if (dossier.etat !== 'brouillon') {
        // After deposit, only through the onglets a statut opened to the citizen (a correction asked by the agents).
        const { effets } = await modifierApresDepot(
          knex(),
          contexte,
          usagerId,
          corps,
          await piecesParChamp(dossier.id),
        );
        if (effets > 0) jobs().signaler();
        return detail(numero, usagerId);
      }
      if (dossier.version !== corps.version) throw versionPerimee();
      const resultat = validerDonnees(formulaire.modele, corps.donnees, {
        ...optionsDe(dossier, formulaire),
        mode: 'brouillon',
      });
      if (!resultat.valide) throw erreursDeSaisie(resultat.erreurs);
      const donnees = await geocodage().completer(
        formulaire.modele,
        donneesAEnregistrer(formulaire.modele, 'usager', dossier.donnees, resultat.donnees),
      );
      const ok = await dossiers.mettreAJourSiVersion(knex(), dossier.id, corps.version, { donnees }, new Date());
      if (!ok) throw versionPerimee();
      return detail(numero, usagerId);
    },

    /**
     * Submission: validated against the model with the uploaded pièces, then state + history + outbox in one
     * transaction. The Idempotency-Key makes a retried submission (double click, network retry) answer the same.
     */
    async deposer(
      numero: string,
      usager: UsagerActeur,
      corps: { version: number; donnees: Record<string, unknown> },
      cle: string,
    ) {
      const { dossier, dispositif, formulaire } = await charger(numero, usager.id);
      if (dossier.etat !== 'brouillon' && dossier.cleDepot === cle) return detail(numero, usager.id);
      if (dossier.etat !== 'brouillon') throw new ErreurGuichet(409, 'DEJA_DEPOSE', 'Ce dossier est déjà déposé.');
      if (dossier.version !== corps.version) throw versionPerimee();

      const saisie = validerDonnees(formulaire.modele, corps.donnees, {
        ...optionsDe(dossier, formulaire),
        mode: 'depot',
        piecesParChamp: await piecesParChamp(dossier.id),
      });
      if (!saisie.valide) throw erreursDeSaisie(saisie.erreurs);
      // Outside the transaction: a slow address service must not hold a database connection.
      const donnees = await geocodage().completer(
        formulaire.modele,
        donneesAEnregistrer(formulaire.modele, 'usager', dossier.donnees, saisie.donnees),
      );

      const maintenant = new Date();
      const acteur = { type: 'usager' as const, id: usager.id, nom: usager.nom };
      const resultat = transition(
        dispositif.guide,
        dossierPourDomaine(dossier),
        { type: 'deposer' },
        { now: maintenant, acteur },
      );
      if (!resultat.ok) throw new ErreurGuichet(409, resultat.error.code, resultat.error.message);

      try {
        await knex().transaction(async (trx) => {
          await enregistrerTransition(
            trx,
            dossier.version,
            resultat.value,
            { action: 'dossier.depose', details: { statut: resultat.value.dossier.statut } },
            {
              donnees,
              deposeLe: maintenant,
              cleDepot: cle,
            },
          );
          // Part of the same write: the dossier never exists deposited without its automatic assignment.
          await strapi.plugin('instruction').service('affectation').affecterAuDepot(trx, dossier.id, maintenant);
        });
      } catch (erreur) {
        // Two submissions with the same key raced (double click): the loser answers like a replay.
        const apres = await dossiers.trouverDossierUsager(knex(), numero, usager.id);
        if (apres?.cleDepot === cle) return detail(numero, usager.id);
        throw erreur;
      }
      jobs().signaler();
      return detail(numero, usager.id);
    },
  };
};
