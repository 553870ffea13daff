import { EchecAction } from './types';

/** A receiver that does not answer within this delay is retried later (the outbox backs off between attempts). */
export const DELAI_HTTP_MS = 10_000;

/**
 * POSTs a JSON text and throws (→ retry with backoff) unless the answer is 2xx. Messages name the service and the
 * status only: never the body sent (personal data) nor the headers (keys, signatures).
 */
export async function posterJson(
  service: string,
  url: string,
  corps: string,
  entetes: Record<string, string>,
): Promise<void> {
  let reponse: Response;
  try {
    reponse = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...entetes },
      body: corps,
      redirect: 'manual',
      signal: AbortSignal.timeout(DELAI_HTTP_MS),
    });
  } catch (erreur) {
    const delai = erreur instanceof Error && erreur.name === 'TimeoutError';
    throw new EchecAction(
      delai
        ? `${service} n’a pas répondu en ${DELAI_HTTP_MS / 1000} secondes : nouvel essai plus tard.`
        : `${service} est injoignable : nouvel essai plus tard.`,
    );
  }
  // The body is not needed; consuming it frees the connection.
  await reponse.arrayBuffer().catch(() => undefined);
  if (!reponse.ok) {
    throw new EchecAction(`${service} a répondu ${reponse.status} : nouvel essai plus tard.`);
  }
}
