/**
 * When the database cannot be reached (restart, failover, network), answer 503 at once with a French message and a
 * Retry-After, instead of a 500 or a request hanging until a timeout. A transaction cut in the middle is rolled
 * back by Postgres, so the client may simply retry. Every other error goes on to Strapi's error handler.
 */
const CODES_CONNEXION = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up)
  '08000',
  '08001',
  '08003',
  '08006',
]);
const MESSAGES_CONNEXION = [
  /Connection terminated/i,
  /connection error/i,
  /Knex: Timeout acquiring a connection/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down)/i,
];

export function estBaseInjoignable(erreur: unknown, profondeur = 0): boolean {
  if (!erreur || typeof erreur !== 'object' || profondeur > 4) return false;
  const e = erreur as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && CODES_CONNEXION.has(e.code)) return true;
  if (e.name === 'KnexTimeoutError') return true;
  if (typeof e.message === 'string' && MESSAGES_CONNEXION.some((m) => m.test(e.message as string))) return true;
  return estBaseInjoignable(e.cause, profondeur + 1);
}

interface Contexte {
  status: number;
  body: unknown;
  set(nom: string, valeur: string): void;
}

export default () => async (ctx: Contexte, next: () => Promise<void>) => {
  try {
    await next();
  } catch (erreur) {
    if (!estBaseInjoignable(erreur)) throw erreur;
    ctx.status = 503;
    ctx.set('Retry-After', '5');
    ctx.body = {
      data: null,
      error: {
        status: 503,
        name: 'SERVICE_INDISPONIBLE',
        message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
        details: { code: 'SERVICE_INDISPONIBLE' },
      },
    };
  }
};
