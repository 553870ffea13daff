/**
 * A dispositif is configured in the Content Manager: its guide (JSON) is checked by the domain before it is written,
 * so a guide with a transition to a missing statut, an unknown action or a backward skip never reaches the dossiers.
 * The administrator gets Strapi's validation error with every problem in French.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validerGuide } from '../../../domain';
import { UID } from '../constants';

interface EvenementEcriture {
  params: { data?: Record<string, unknown> };
}

export function verifierGuide(evenement: EvenementEcriture): void {
  const guide = evenement.params.data?.guide;
  if (guide === undefined) return;
  const verdict = validerGuide(guide);
  if (!verdict.ok) {
    throw new errors.ValidationError(`Le guide d’instruction contient des erreurs : ${verdict.error.join(' ; ')}`, {
      problemes: verdict.error,
    });
  }
}

export function abonnerDispositif(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [UID.dispositif],
    beforeCreate: verifierGuide,
    beforeUpdate: verifierGuide,
  });
}
