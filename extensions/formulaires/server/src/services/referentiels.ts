/**
 * The référentiel des champs (reusable field definitions) and the administrator lists used by « liste sur
 * référentiel » fields. A list's options are read when a dossier is validated, so editing a list takes effect for
 * every model using it, published versions included; a field taken from the référentiel is a copy (`origine` keeps
 * where it came from), so editing an entry changes no model.
 */
import type { Core } from '@strapi/strapi';
import type { EntreeReferentielChamps, ListeReferentiel } from '../../../contracts/admin-api';
import { LIMITES } from '../constants';
import { estViolationUnicite } from '../erreurs';
import { erreurs, messages } from '../messages';
import * as entrees from '../repositories/referentiel-champs';
import * as listes from '../repositories/referentiels';
import { lireEntree, lireListe } from '../validation/contenu';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  /** Unique indexes turn a race on a code into the same 409 as the check before it. */
  async function sansDoublon<T>(message: string, ecrire: () => Promise<T>): Promise<T> {
    try {
      return await ecrire();
    } catch (erreur) {
      if (estViolationUnicite(erreur)) throw erreurs.codePris(message);
      throw erreur;
    }
  }

  function entreeValide(corps: { categorie: string; section: string; champ: unknown }) {
    const lu = lireEntree(corps);
    if (!lu.ok) throw erreurs.saisieInvalide(lu.error);
    return lu.value;
  }

  async function detailEntree(id: number): Promise<EntreeReferentielChamps> {
    const entree = await entrees.trouverEntree(knex(), id);
    if (!entree) throw erreurs.entreeIntrouvable();
    return entree;
  }

  async function detailListe(id: number): Promise<ListeReferentiel> {
    const liste = await listes.trouverListe(knex(), id);
    if (!liste) throw erreurs.referentielIntrouvable();
    return liste;
  }

  return {
    listerEntrees(filtre: { q?: string; categorie?: string }): Promise<EntreeReferentielChamps[]> {
      return entrees.listerEntrees(knex(), filtre, LIMITES.entreesParPage);
    },

    async creerEntree(corps: { categorie: string; section: string; champ: unknown }) {
      const entree = entreeValide(corps);
      const message = messages.codeEntreePris(entree.champ.code);
      const id = await sansDoublon(message, () =>
        knex().transaction(async (trx) => {
          if (await entrees.trouverEntreeParCode(trx, entree.champ.code)) throw erreurs.codePris(message);
          return entrees.insererEntree(trx, entree, new Date());
        }),
      );
      return detailEntree(id);
    },

    async modifierEntree(id: number, corps: { categorie: string; section: string; champ: unknown }) {
      const entree = entreeValide(corps);
      const message = messages.codeEntreePris(entree.champ.code);
      await sansDoublon(message, () =>
        knex().transaction(async (trx) => {
          if (!(await entrees.trouverEntree(trx, id))) throw erreurs.entreeIntrouvable();
          const homonyme = await entrees.trouverEntreeParCode(trx, entree.champ.code);
          if (homonyme && homonyme.id !== id) throw erreurs.codePris(message);
          await entrees.modifierEntree(trx, id, entree, new Date());
        }),
      );
      return detailEntree(id);
    },

    async supprimerEntree(id: number): Promise<void> {
      if (!(await entrees.supprimerEntree(knex(), id))) throw erreurs.entreeIntrouvable();
    },

    listerListes(): Promise<ListeReferentiel[]> {
      return listes.listerListes(knex());
    },

    async creerListe(corps: { code: string; titre: string; options: unknown[] }) {
      const lu = lireListe(corps);
      if (!lu.ok) throw erreurs.saisieInvalide(lu.error);
      const message = messages.codeListePris(lu.value.code);
      const id = await sansDoublon(message, () =>
        knex().transaction(async (trx) => {
          if (await listes.trouverListeParCode(trx, lu.value.code)) throw erreurs.codePris(message);
          return listes.insererListe(trx, lu.value, new Date());
        }),
      );
      return detailListe(id);
    },

    /** The code of a list never changes (models point to it); its title and options do, for every model at once. */
    async modifierListe(id: number, corps: { titre: string; options: unknown[] }) {
      const existante = await detailListe(id);
      const lu = lireListe({ code: existante.code, ...corps });
      if (!lu.ok) throw erreurs.saisieInvalide(lu.error);
      if (!(await listes.modifierListe(knex(), id, lu.value, new Date()))) throw erreurs.referentielIntrouvable();
      return detailListe(id);
    },
  };
};
