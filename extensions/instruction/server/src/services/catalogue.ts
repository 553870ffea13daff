import type { Core } from '@strapi/strapi';
import { ErreurGuichet } from '../erreurs';
import { listerCatalogue, trouverDispositifPublie } from '../repositories/dispositifs';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  lister: () => listerCatalogue(strapi.db.connection),

  async detail(slug: string) {
    const dispositif = /^[a-z0-9-]{1,120}$/.test(slug)
      ? await trouverDispositifPublie(strapi.db.connection, slug)
      : null;
    if (!dispositif) throw new ErreurGuichet(404, 'INTROUVABLE', 'Ce dispositif est introuvable.');
    const { slug: s, titre, resume, description } = dispositif;
    const formulaire = await strapi.plugin('instruction').service('modeles').courant(dispositif);
    return {
      slug: s,
      titre,
      resume,
      description,
      modele: formulaire.modele,
      modeleVersion: formulaire.numero,
      referentiels: formulaire.referentiels,
    };
  },
});
