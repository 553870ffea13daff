import type { ErreurDomaine } from '../../domain';

/**
 * Errors the adapter answers with. Strapi's own error classes stop at 404/413 and have no 409/422, so services
 * throw this one and controllers turn it into Strapi's error shape: { data: null, error: { status, name, ... } }.
 */
export class ErreurGuichet extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/**
 * A refusal of the engine, for an agent who can see the dossier: a right they lack is 403 (the dossier is in their
 * scope, so hiding it behind a 404 would only confuse them; scope itself is checked before and answers 404), any
 * other refusal is 422. The engine's French message is shown as is.
 */
export function refusDuDomaine(erreur: ErreurDomaine, details: Record<string, unknown> = {}): ErreurGuichet {
  const status = erreur.code === 'DROITS_INSUFFISANTS' ? 403 : 422;
  return new ErreurGuichet(status, erreur.code, erreur.message, details);
}

export const dossierIntrouvable = () => new ErreurGuichet(404, 'INTROUVABLE', 'Ce dossier est introuvable.');

export const versionPerimee = () =>
  new ErreurGuichet(
    409,
    'VERSION_PERIMEE',
    'Ce dossier a été modifié entre-temps. Rechargez la page pour voir sa dernière version, puis recommencez.',
  );

interface ContexteKoa {
  status: number;
  body: unknown;
}

/** Runs a controller body and answers ErreurGuichet with its status; anything else goes to Strapi's handler. */
export async function repondre(ctx: ContexteKoa, action: () => Promise<unknown>, statusSucces = 200): Promise<void> {
  try {
    const corps = await action();
    ctx.status = statusSucces;
    ctx.body = corps;
  } catch (erreur) {
    if (!estErreurGuichet(erreur)) throw erreur;
    ctx.status = erreur.status;
    ctx.body = {
      data: null,
      error: {
        status: erreur.status,
        name: erreur.code,
        message: erreur.message,
        details: { code: erreur.code, ...erreur.details },
      },
    };
  }
}

/**
 * Ours, or the formulaires plugin's twin (each plugin keeps its own class, so `instanceof` alone would turn the other
 * plugin's 404 into a 500).
 */
function estErreurGuichet(erreur: unknown): erreur is ErreurGuichet {
  if (erreur instanceof ErreurGuichet) return true;
  const e = erreur as Partial<ErreurGuichet> | null;
  return (
    erreur instanceof Error && e?.name === 'ErreurGuichet' && typeof e.status === 'number' && typeof e.code === 'string'
  );
}
