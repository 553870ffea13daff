import type { Core } from '@strapi/strapi';

/**
 * The app only wires things together: every business rule lives in extensions/*.
 * Demo data is seeded when SEED_DEMO=true (npm run dev sets it); each seed is idempotent.
 */
export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.SEED_DEMO !== 'true') return;
    await strapi.plugin('editique').service('demo').seed();
    await strapi.plugin('instruction').service('demo').seed();
  },
};
