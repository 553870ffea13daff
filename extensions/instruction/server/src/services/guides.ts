/**
 * A dispositif's guide as a portable document (export / import between instances), in the canonical format published
 * in docs/schemas/guide-export.schema.json. Import replaces the guide after the domain has read the whole document;
 * any problem → 422 with every problem in French, and nothing written.
 */
import type { Core } from '@strapi/strapi';
import { lireDocumentGuide, serialiserGuide } from '../../../domain';
import { UID } from '../constants';
import { ErreurGuichet } from '../erreurs';
import { trouverDispositifParSlug } from '../repositories/dispositifs';

const introuvable = () => new ErreurGuichet(404, 'INTROUVABLE', 'Ce dispositif est introuvable.');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  return {
    async exporter(slug: string): Promise<string> {
      const dispositif = await trouverDispositifParSlug(knex(), slug);
      if (!dispositif) throw introuvable();
      return serialiserGuide(dispositif.guide);
    },

    async importer(slug: string, document: unknown): Promise<{ slug: string }> {
      const dispositif = await trouverDispositifParSlug(knex(), slug);
      if (!dispositif) throw introuvable();
      const lu = lireDocumentGuide(document);
      if (!lu.ok) {
        throw new ErreurGuichet(422, 'GUIDE_INVALIDE', 'Le guide n’a pas été importé : corrigez le fichier.', {
          problemes: lu.error,
        });
      }
      await strapi.db.query(UID.dispositif).update({ where: { id: dispositif.id }, data: { guide: lu.value.guide } });
      return { slug };
    },
  };
};
