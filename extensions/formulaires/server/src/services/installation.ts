/**
 * Installation of models, lists and référentiel entries from code (demo seeds, a collectivité's starter kit).
 * Every function is idempotent: run at each boot, it changes nothing when nothing changed. The code is the authority
 * for what it installs: a draft an administrator edited is replaced when the installed content differs from it.
 *
 *   installerModele({ code, titre, contenu }, { publier }): Promise<VersionModele | null>
 *     Creates the model or replaces its draft (revision + 1 when it differs); with `publier`, publishes the draft
 *     when it differs from the last published version. Returns the current published version (null if none).
 *     An invalid model, or a liste_referentiel whose list is missing when publishing, throws ErreurGuichet 422.
 *   installerReferentiel({ code, titre, options }): Promise<void>   creates or updates a list by code
 *   installerEntree({ categorie, section, champ }): Promise<void>    creates or updates an entry by field code
 */
import type { Core } from '@strapi/strapi';
import type { Champ, OptionListe } from '../../../domain/modele';
import { erreurs } from '../messages';
import * as modeles from '../repositories/modeles';
import { lireEntree, lireEnTeteModele, lireListe } from '../validation/contenu';
import {
  installerBrouillonDans,
  installerEntreeDans,
  installerListeDans,
  modeleValideOu422,
  publierDans,
} from './operations';
import type { VersionModele } from './versions';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const versions = () => strapi.plugin('formulaires').service('versions');

  return {
    async installerModele(
      donnees: { code: string; titre: string; contenu: unknown },
      options: { publier: boolean },
    ): Promise<VersionModele | null> {
      const enTete = lireEnTeteModele({ code: donnees.code, titre: donnees.titre });
      if (!enTete.ok) throw erreurs.modeleInvalide(enTete.error);
      const contenu = modeleValideOu422(donnees.contenu);
      await knex().transaction(async (trx) => {
        const { id } = await installerBrouillonDans(trx, { ...enTete.value, contenu }, new Date());
        if (!options.publier) return;
        const modele = (await modeles.trouverModele(trx, id, { verrou: true }))!;
        if (modele.empreinte === modele.empreintePubliee) return;
        await publierDans(trx, modele, null, new Date());
      });
      return versions().versionCourante(enTete.value.code);
    },

    async installerReferentiel(donnees: { code: string; titre: string; options: OptionListe[] }): Promise<void> {
      const lu = lireListe(donnees);
      if (!lu.ok) throw erreurs.saisieInvalide(lu.error);
      await knex().transaction((trx) => installerListeDans(trx, lu.value, new Date()));
    },

    async installerEntree(donnees: { categorie: string; section: string; champ: Champ }): Promise<void> {
      const lu = lireEntree(donnees);
      if (!lu.ok) throw erreurs.saisieInvalide(lu.error);
      await knex().transaction((trx) => installerEntreeDans(trx, lu.value, new Date()));
    },
  };
};
