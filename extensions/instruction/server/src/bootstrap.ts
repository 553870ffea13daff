import type { Core } from '@strapi/strapi';
import { abonnerDispositif } from './lifecycles/dispositif';
import { creerIndex } from './repositories/index-sql';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', displayName: 'Consulter les dossiers', uid: 'dossiers.lire', pluginName: 'instruction' },
    { section: 'plugins', displayName: 'Instruire les dossiers', uid: 'dossiers.instruire', pluginName: 'instruction' },
    {
      section: 'plugins',
      displayName: 'Configurer les dispositifs',
      uid: 'dispositifs.configurer',
      pluginName: 'instruction',
    },
  ]);
  abonnerDispositif(strapi);
  await creerIndex(strapi.db.connection);
  await strapi.plugin('instruction').service('jobs').demarrer();
};
