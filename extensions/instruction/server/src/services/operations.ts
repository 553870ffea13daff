import type { Core } from '@strapi/strapi';

/** Services: dossier operations by agents: creation, assignment, classification, flags, links, deletion (issue 4). */
export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({});
