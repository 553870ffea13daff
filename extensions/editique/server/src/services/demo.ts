import type { Core } from '@strapi/strapi';
import { seedEditique } from '../demo/seed';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Crée (si absents, par code) les modèles de démonstration. Idempotent. */
  seed() {
    return seedEditique(strapi);
  },
});
