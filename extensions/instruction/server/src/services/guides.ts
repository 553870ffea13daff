/**
 * A dispositif's guide, for administrators.
 * - Exchange (export / import between instances) in the canonical format published in
 *   docs/schemas/guide-export.schema.json. Import replaces the guide after the domain has read the whole document;
 *   any problem → 422 with every problem in French, and nothing written.
 * - The guide editor of the admin: it reads a guide with its revision (a digest of the stored guide) and saves the
 *   whole guide back with it. The revision is compared under a row lock in the save's transaction, so a guide changed
 *   in between (another administrator, an import, the Content Manager) is never overwritten silently: 409.
 * Neither path removes a statut or an étape that dossiers still hold (422, see codesEncoreUtilises).
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { type Guide, lireDocumentGuide, serialiserGuide, validerGuide } from '../../../domain';
import { UID } from '../constants';
import { ErreurGuichet } from '../erreurs';
import { trouverDispositifParSlug } from '../repositories/dispositifs';
import { aLeDroit, dispositifsAvecDroit } from '../repositories/habilitations';
import type { Db } from '../repositories/sql';
import {
  compterDossiersParCode,
  type DispositifConfigurable,
  ecrireGuideDispositif,
  lireGuideDispositif,
  listerDispositifsConfigurables,
} from '../repositories/guides';

const guillemets = (texte: string): string => `«\u00A0${texte}\u00A0»`;
const dossiers = (n: number): string => (n === 1 ? '1 dossier s’y trouve' : `${n} dossiers s’y trouvent`);

/**
 * Dossiers store their statut and étape codes: a save must not remove a code that dossiers still hold, or they would
 * point nowhere (no buttons, no ligne de vie). Soft-deleted dossiers count too: they may be restored before the purge.
 */
async function codesEncoreUtilises(db: Db, dispositifId: number, avant: Guide, apres: Guide): Promise<string[]> {
  const retires = (codes: (g: Guide) => string[]) => {
    const gardes = new Set(codes(apres));
    return codes(avant).filter((code) => !gardes.has(code));
  };
  const statuts = retires((g) => g.etapes.flatMap((e) => e.statuts.map((s) => s.code)));
  const etapes = retires((g) => g.etapes.map((e) => e.code));
  const parStatut = await compterDossiersParCode(db, dispositifId, 'statut', statuts);
  const parEtape = await compterDossiersParCode(db, dispositifId, 'etape', etapes);
  return [
    ...[...parStatut].map(
      ([code, n]) =>
        `Le statut ${guillemets(code)} a été retiré du guide alors que ${dossiers(n)} : gardez-le (il peut être masqué des listes) ou déplacez d’abord ces dossiers par une correction.`,
    ),
    ...[...parEtape].map(
      ([code, n]) =>
        `L’étape ${guillemets(code)} a été retirée du guide alors que ${dossiers(n)} : gardez-la ou déplacez d’abord ces dossiers par une correction.`,
    ),
  ];
}

const refusCodesUtilises = (problemes: string[]) =>
  new ErreurGuichet(422, 'CODES_UTILISES', 'Le guide n’a pas été enregistré : des dossiers en dépendent.', {
    problemes,
  });

const introuvable = () => new ErreurGuichet(404, 'INTROUVABLE', 'Ce dispositif est introuvable.');

/** Same stored guide → same revision; any change to it (even key order written by another tool) → another one. */
export const revisionDuGuide = (guide: Guide): string =>
  createHash('sha256').update(JSON.stringify(guide)).digest('hex').slice(0, 32);

export interface GuideEditable {
  slug: string;
  titre: string;
  guide: Guide;
  revision: string;
}

const editable = (d: DispositifConfigurable): GuideEditable => ({
  slug: d.slug,
  titre: d.titre,
  guide: d.guide,
  revision: revisionDuGuide(d.guide),
});

/**
 * Who configures: the Super Admin configures every dispositif; any other administrator holding the RBAC action only
 * those on which one of their profils métiers has « Configurer » (the matrix). Another dispositif is 404 to them.
 */
export interface Configurateur {
  id: number;
  superAdmin: boolean;
}

async function peutConfigurer(db: Db, qui: Configurateur, dispositifId: number): Promise<boolean> {
  return qui.superAdmin || aLeDroit(db, qui.id, dispositifId, 'configurer');
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  return {
    async exporter(slug: string, qui: Configurateur): Promise<string> {
      const dispositif = await trouverDispositifParSlug(knex(), slug);
      if (!dispositif || !(await peutConfigurer(knex(), qui, dispositif.id))) throw introuvable();
      return serialiserGuide(dispositif.guide);
    },

    async importer(slug: string, document: unknown, qui: Configurateur): Promise<{ slug: string }> {
      const dispositif = await trouverDispositifParSlug(knex(), slug);
      if (!dispositif || !(await peutConfigurer(knex(), qui, dispositif.id))) throw introuvable();
      const lu = lireDocumentGuide(document);
      if (!lu.ok) {
        throw new ErreurGuichet(422, 'GUIDE_INVALIDE', 'Le guide n’a pas été importé : corrigez le fichier.', {
          problemes: lu.error,
        });
      }
      const utilises = await codesEncoreUtilises(knex(), dispositif.id, dispositif.guide, lu.value.guide);
      if (utilises.length > 0) throw refusCodesUtilises(utilises);
      await strapi.db.query(UID.dispositif).update({ where: { id: dispositif.id }, data: { guide: lu.value.guide } });
      return { slug };
    },

    async listerDispositifs(qui: Configurateur) {
      const tous = await listerDispositifsConfigurables(knex());
      const permis = qui.superAdmin ? null : new Set(await dispositifsAvecDroit(knex(), qui.id, 'configurer'));
      const dispositifs = permis ? tous.filter((d) => permis.has(d.id)) : tous;
      // In French order whatever the database's collation (« Aide à … » before « Aide test »).
      const ordre = new Intl.Collator('fr', { sensitivity: 'base' });
      dispositifs.sort((a, b) => ordre.compare(a.titre, b.titre) || a.id - b.id);
      return dispositifs.map((d) => ({
        slug: d.slug,
        titre: d.titre,
        publie: d.publie,
        etapes: Array.isArray(d.guide?.etapes) ? d.guide.etapes.length : 0,
      }));
    },

    async lire(slug: string, qui: Configurateur): Promise<GuideEditable> {
      const dispositif = await lireGuideDispositif(knex(), slug);
      if (!dispositif || !(await peutConfigurer(knex(), qui, dispositif.id))) throw introuvable();
      return editable(dispositif);
    },

    /** The domain reads the guide first (422 with every problem); then compare-and-set on the revision (409). */
    async enregistrer(
      slug: string,
      corps: { guide: unknown; revision: string },
      qui: Configurateur,
    ): Promise<GuideEditable> {
      const verdict = validerGuide(corps.guide);
      if (!verdict.ok) {
        throw new ErreurGuichet(422, 'GUIDE_INVALIDE', 'Le guide n’a pas été enregistré : corrigez les problèmes.', {
          problemes: verdict.error,
        });
      }
      return knex().transaction(async (trx) => {
        const dispositif = await lireGuideDispositif(trx, slug, { verrouiller: true });
        if (!dispositif || !(await peutConfigurer(trx, qui, dispositif.id))) throw introuvable();
        if (revisionDuGuide(dispositif.guide) !== corps.revision) {
          throw new ErreurGuichet(
            409,
            'GUIDE_PERIME',
            'Ce guide a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Exportez vos modifications si ' +
              'vous voulez les garder, rechargez la page, puis recommencez.',
          );
        }
        const utilises = await codesEncoreUtilises(trx, dispositif.id, dispositif.guide, verdict.value);
        if (utilises.length > 0) throw refusCodesUtilises(utilises);
        await ecrireGuideDispositif(trx, dispositif.id, verdict.value, new Date());
        const relu = await lireGuideDispositif(trx, slug);
        return editable(relu!);
      });
    },
  };
};
