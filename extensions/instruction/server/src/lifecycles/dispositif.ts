/**
 * A dispositif is configured in the Content Manager: its guide (JSON) is checked by the domain before it is written,
 * so a guide with a transition to a missing statut, an unknown action or a backward skip never reaches the dossiers.
 * The administrator gets Strapi's validation error with every problem in French.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validerGuide, type Guide } from '../../../domain';
import { problemesReglages } from '../../../domain/reglages-dispositif';
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

/** Classification, repeated edits and beneficiary types: refused with French problems rather than ignored later. */
export function verifierReglages(evenement: EvenementEcriture): void {
  const data = evenement.params.data ?? {};
  const guide = data.guide !== undefined && validerGuide(data.guide).ok ? (data.guide as Guide) : undefined;
  const problemes = problemesReglages({
    classification: data.classification,
    editionsRepetees: data.editionsRepetees,
    typesBeneficiaire: data.typesBeneficiaire,
    guide,
  });
  if (problemes.length > 0) {
    throw new errors.ValidationError(`Les réglages du dispositif contiennent des erreurs : ${problemes.join(' ; ')}`, {
      problemes,
    });
  }
}

const verifier = (evenement: EvenementEcriture) => {
  verifierGuide(evenement);
  verifierReglages(evenement);
};

export function abonnerDispositif(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [UID.dispositif],
    beforeCreate: verifier,
    beforeUpdate: verifier,
  });
}
