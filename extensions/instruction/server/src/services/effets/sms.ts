import type { DestinataireSms } from '../../../../domain';
import { telephoneAgentAffecte, telephoneUsager } from './destinataires';
import { posterJson } from './http';
import { noterNonExecute } from './trace';
import { type ContexteEffet, DestinataireIndisponible, EchecAction, type Executeur } from './types';
import { variablesModeles } from './variables';

/**
 * The SMS gateway, configured by the environment: SMS_API_URL (http(s)), SMS_API_CLE (Bearer key), SMS_EXPEDITEUR
 * (optional sender name). Contract: POST JSON { destinataire: E.164, message, expediteur? }, 2xx = accepted; the
 * Idempotency-Key header (outbox key + recipient) lets the gateway drop the copy of a retried row.
 */
function passerelle(): { url: string; cle: string; expediteur?: string } {
  const url = process.env.SMS_API_URL?.trim();
  const cle = process.env.SMS_API_CLE?.trim();
  if (!url || !cle) {
    throw new EchecAction('Aucune passerelle SMS n’est configurée (SMS_API_URL et SMS_API_CLE) : SMS non envoyé.');
  }
  if (!/^https?:\/\//i.test(url)) throw new EchecAction('SMS_API_URL doit être une adresse http(s).');
  const expediteur = process.env.SMS_EXPEDITEUR?.trim();
  return { url, cle, ...(expediteur ? { expediteur } : {}) };
}

function numeroDe(ctx: ContexteEffet, d: DestinataireSms): Promise<string> {
  return d === 'usager' ? telephoneUsager(ctx) : telephoneAgentAffecte(ctx);
}

/** Like emails: recipients resolved first, an unreachable one skipped and journaled, then one SMS each. */
export const executerSms: Executeur<'sms'> = async (effet, ctx) => {
  const config = passerelle();
  const envois: Array<{ destinataire: DestinataireSms; numero: string }> = [];
  const ignores: string[] = [];
  for (const destinataire of new Set(effet.destinataires)) {
    try {
      envois.push({ destinataire, numero: await numeroDe(ctx, destinataire) });
    } catch (erreur) {
      if (!(erreur instanceof DestinataireIndisponible)) throw erreur;
      ignores.push(erreur.message);
    }
  }
  const { texte } = await ctx.strapi
    .plugin('editique')
    .service('sms')
    .rendre({ modeleCode: effet.modele, variables: await variablesModeles(ctx) });
  if (ignores.length > 0) await noterNonExecute(ctx, ignores.join(' '));
  for (const { destinataire, numero } of envois) {
    const corps = JSON.stringify({
      destinataire: numero,
      message: texte,
      ...(config.expediteur ? { expediteur: config.expediteur } : {}),
    });
    await posterJson('La passerelle SMS', config.url, corps, {
      Authorization: `Bearer ${config.cle}`,
      'Idempotency-Key': `${ctx.ligne.cle}:${destinataire}`,
    });
  }
};
