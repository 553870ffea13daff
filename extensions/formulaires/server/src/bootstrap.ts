import type { Core } from '@strapi/strapi';
import { ACTIONS_RBAC } from './constants';
import { creerIndex } from './repositories/index-sql';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'Configurer les formulaires',
      uid: ACTIONS_RBAC.configurer.replace('plugin::formulaires.', ''),
      pluginName: 'formulaires',
    },
  ]);
  await creerIndex(strapi.db.connection);
};
