import type { Core } from '@strapi/strapi';
import { libererRessources } from './ressources';

/** Arrêt du cms ou du worker : attend la conversion en cours, supprime le profil LibreOffice, ferme le SMTP. */
export default async (_: { strapi: Core.Strapi }) => {
  await libererRessources();
};
