import { createHmac } from 'node:crypto';
import { MOTIF_SECRET_WEBHOOK } from '../../../../domain';
import { evenementDeLigne } from '../../repositories/dossiers-actions';
import { posterJson } from './http';
import { EchecAction, type Executeur } from './types';

/**
 * Signs like Stripe and GitHub do: HMAC-SHA256 (hex) of `${horodatage}.${corps}` with the key held by the WEBHOOK_…
 * variable the guide names. The receiver recomputes it, refuses an old horodatage (replay), and drops a second
 * delivery of the same X-Guichet-Cle (retries resend the same key). The guide only allows https, or http to the
 * local machine for development: production receivers must be https.
 */
export function signer(secret: string, horodatage: string, corps: string): string {
  return createHmac('sha256', secret).update(`${horodatage}.${corps}`).digest('hex');
}

export const executerWebhook: Executeur<'webhook'> = async (effet, ctx) => {
  const { ligne, dossier, dispositif, strapi, lot } = ctx;
  // The guide was validated on import, but the variable name decides which secret leaves: check it again here.
  if (!MOTIF_SECRET_WEBHOOK.test(effet.secret)) {
    throw new EchecAction('Le nom de la clé de signature du webhook doit commencer par WEBHOOK_.');
  }
  const secret = process.env[effet.secret];
  if (!secret) {
    throw new EchecAction(
      `La variable d’environnement ${effet.secret} (clé de signature du webhook) n’est pas définie : rien n’a été envoyé.`,
    );
  }
  if (!/^https?:\/\//i.test(effet.url)) throw new EchecAction('L’adresse du webhook doit être en http(s).');
  // What happened is the history line of the row (the dossier may have moved on since); a batch reads them all at once.
  const evenement = lot
    ? await lot.evenement(ligne.historiqueId)
    : await evenementDeLigne(strapi.db.connection, ligne.historiqueId);
  const corps = JSON.stringify({
    evenement: 'dossier.statut_change',
    cle: ligne.cle,
    dossier: {
      numero: dossier.numero,
      statut: evenement?.statut ?? dossier.statut,
      etape: evenement?.etape ?? dossier.etape,
      dispositif: dispositif.slug,
    },
    date: (evenement?.date ?? new Date()).toISOString(),
  });
  const horodatage = String(Math.floor(Date.now() / 1000));
  await posterJson('Le destinataire du webhook', effet.url, corps, {
    'X-Guichet-Signature': `sha256=${signer(secret, horodatage, corps)}`,
    'X-Guichet-Horodatage': horodatage,
    'X-Guichet-Cle': ligne.cle,
  });
};
