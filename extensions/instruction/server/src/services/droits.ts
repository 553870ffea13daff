import type { Core } from '@strapi/strapi';

/** Services: profils métiers, matrice des habilitations, territoires (issue 4). */
export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({});
