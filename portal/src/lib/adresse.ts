/**
 * Address suggestions from API Adresse (Base Adresse Nationale, https://adresse.data.gouv.fr/outils/api-doc/adresse),
 * for the `adresse` fields of the dossier form. The portal proxies it (GET /api/adresse): the browser only talks to
 * the portal (CSP `connect-src 'self'`), the answer is validated before anything reaches a page, and a slow or
 * broken service only means no suggestions — the citizen can always type the address.
 */
import type { Adresse } from '@guichet/formulaires';
import { z } from 'zod';

/** At most this many suggestions (the combobox shows them all). */
export const NOMBRE_SUGGESTIONS = 5;

/** API Adresse refuses queries shorter than 3 characters, longer than 200, or not starting with a letter or digit. */
export function requeteAdresseValide(q: string): boolean {
  return q.length >= 3 && q.length <= 200 && /^[\p{L}\p{N}]/u.test(q);
}

/** The part of API Adresse's GeoJSON answer the portal uses; anything else in it is ignored. */
const schemaReponse = z.object({
  features: z
    .array(
      z.object({
        geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]).rest(z.number()) }).optional(),
        properties: z.object({
          label: z.string().min(1).max(300),
          postcode: z.string().max(10).optional(),
          city: z.string().max(200).optional(),
          citycode: z.string().max(10).optional(),
        }),
      }),
    )
    .max(50),
});

export class ErreurAdresse extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'ErreurAdresse';
  }
}

export interface OptionsAdresse {
  baseUrl: string;
  timeoutMs: number;
  fetcher?: typeof fetch;
}

/** Up to NOMBRE_SUGGESTIONS addresses for `q`; throws ErreurAdresse when the service fails, is late or answers oddly. */
export async function rechercherAdresses(q: string, options: OptionsAdresse): Promise<Adresse[]> {
  const requete = q.trim();
  if (!requeteAdresseValide(requete)) return [];
  const url = new URL(`${options.baseUrl}/search/`);
  url.searchParams.set('q', requete);
  url.searchParams.set('limit', String(NOMBRE_SUGGESTIONS));
  const signal = AbortSignal.timeout(options.timeoutMs);
  let corps: unknown;
  try {
    const reponse = await (options.fetcher ?? fetch)(url, {
      headers: { Accept: 'application/json' },
      signal,
      redirect: 'error',
    });
    if (!reponse.ok) throw new ErreurAdresse(`API Adresse a répondu ${reponse.status}`);
    corps = await reponse.json();
  } catch (erreur) {
    if (erreur instanceof ErreurAdresse) throw erreur;
    if (signal.aborted) throw new ErreurAdresse(`API Adresse n'a pas répondu en ${options.timeoutMs} ms`, erreur);
    throw new ErreurAdresse('API Adresse injoignable', erreur);
  }
  const lu = schemaReponse.safeParse(corps);
  if (!lu.success) throw new ErreurAdresse('Réponse inattendue de API Adresse', lu.error);
  return lu.data.features.slice(0, NOMBRE_SUGGESTIONS).map(({ geometry, properties }) => {
    const [longitude, latitude] = geometry?.coordinates ?? [];
    return {
      libelle: properties.label,
      ...(properties.postcode ? { codePostal: properties.postcode } : {}),
      ...(properties.city ? { commune: properties.city } : {}),
      ...(properties.citycode ? { codeInsee: properties.citycode } : {}),
      ...(longitude !== undefined && latitude !== undefined ? { longitude, latitude } : {}),
    };
  });
}
