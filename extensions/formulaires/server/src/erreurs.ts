/**
 * Errors the adapter answers with. Strapi's own error classes stop at 404/413 and have no 409/422, so services
 * throw this one and controllers turn it into Strapi's error shape:
 * { data: null, error: { status, name, message, details: { code, problemes? } } } — `problemes` are French sentences.
 */
export class ErreurGuichet extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ErreurGuichet';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

interface ContexteKoa {
  status: number;
  body: unknown;
}

/**
 * Another plugin's ErreurGuichet is another class: recognise the shape too, so an error thrown by a service of
 * another plugin (or by ours, caught by theirs) keeps its status.
 */
function estErreurGuichet(erreur: unknown): erreur is ErreurGuichet {
  if (erreur instanceof ErreurGuichet) return true;
  if (!(erreur instanceof Error)) return false;
  const e = erreur as Error & { status?: unknown; code?: unknown; details?: unknown };
  return (
    typeof e.status === 'number' &&
    typeof e.code === 'string' &&
    typeof e.details === 'object' &&
    e.details !== null &&
    e.constructor.name === 'ErreurGuichet'
  );
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

/** A unique index said no (two writers raced on the same code): Postgres 23505, SQLite SQLITE_CONSTRAINT_UNIQUE. */
export function estViolationUnicite(erreur: unknown): boolean {
  const e = erreur as { code?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  return typeof e.message === 'string' && /UNIQUE constraint failed|duplicate key value/i.test(e.message);
}
