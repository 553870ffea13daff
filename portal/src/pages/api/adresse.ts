/**
 * GET /api/adresse?q=…: address suggestions for the dossier form's combobox (src/scripts/adresse-combobox.ts),
 * proxied to API Adresse (src/lib/adresse.ts). Signed-in citizens only (the form is in their account), rate-limited
 * by the middleware (family `adresse`), never cached. Answers `{ suggestions: Adresse[] }`; 502 with an empty list
 * when the service fails: the citizen types the address instead.
 */
import type { APIRoute } from 'astro';
import { ErreurAdresse, rechercherAdresses } from '../../lib/adresse';
import { config } from '../../lib/config';

const json = (status: number, corps: unknown) =>
  new Response(JSON.stringify(corps), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });

export const GET: APIRoute = async ({ locals, url }) => {
  if (!locals.session) return json(401, { suggestions: [] });
  const q = (url.searchParams.get('q') ?? '').slice(0, 500);
  const c = config();
  try {
    const suggestions = await rechercherAdresses(q, {
      baseUrl: c.API_ADRESSE_URL,
      timeoutMs: c.API_ADRESSE_TIMEOUT_MS,
    });
    return json(200, { suggestions });
  } catch (erreur) {
    if (!(erreur instanceof ErreurAdresse)) throw erreur;
    console.warn(`[portail] ${erreur.message}`);
    return json(502, { suggestions: [] });
  }
};
