import type { Core } from '@strapi/strapi';
import { config } from './config';

/** Valide la configuration dès le démarrage : une variable SMTP_* ou PORTAL_URL erronée arrête le cms tout de suite. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const c = config();
  strapi.log.info(
    `[editique] SMTP ${c.smtp.host}:${c.smtp.port}, LibreOffice « ${c.soffice} », portail ${c.portailUrl}`,
  );
};
