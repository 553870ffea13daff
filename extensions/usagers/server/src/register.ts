import type { Core } from '@strapi/strapi';

/**
 * Citizens are users-permissions users linked by their OIDC subject (never by email: an email can change or be
 * reused). The subject and civil names are added to the user content type here, private.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi
    .get('content-types')
    .extend('plugin::users-permissions.user', (contentType: { attributes: Record<string, unknown> }) => {
      contentType.attributes.oidcSub = { type: 'string', unique: true, private: true, configurable: false };
      contentType.attributes.prenom = { type: 'string', configurable: false };
      contentType.attributes.nom = { type: 'string', configurable: false };
    });
};
