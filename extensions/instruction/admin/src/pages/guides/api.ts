/**
 * Calls of the guide editor to the plugin's admin API (server/src/routes/guides.ts). `useFetchClient` adds the
 * admin JWT and throws on errors; `lireErreur` reads what the page shows from them (status, French problems).
 */
import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Guide } from '../../../../domain/guide';

export interface DispositifResume {
  slug: string;
  titre: string;
  publie: boolean;
  etapes: number;
}

export interface GuideEditable {
  slug: string;
  titre: string;
  guide: Guide;
  /** What the guide was when read: a save with an older one is refused (409). */
  revision: string;
}

const BASE = '/instruction/configuration/dispositifs';

export function useApiGuides() {
  const { get, put } = useFetchClient();
  return useMemo(
    () => ({
      listerDispositifs: async () => (await get<{ data: DispositifResume[] }>(BASE)).data.data,
      lireGuide: async (slug: string) =>
        (await get<{ data: GuideEditable }>(`${BASE}/${encodeURIComponent(slug)}/guide`)).data.data,
      enregistrerGuide: async (slug: string, guide: Guide, revision: string) =>
        (await put<{ data: GuideEditable }>(`${BASE}/${encodeURIComponent(slug)}/guide`, { guide, revision })).data
          .data,
    }),
    [get, put],
  );
}

export interface ErreurApi {
  statut: number | null;
  message: string | null;
  problemes: string[];
}

interface FormeErreur {
  status?: number;
  response?: { data?: { error?: { status?: number; message?: string; details?: { problemes?: unknown } } } };
}

export function lireErreur(erreur: unknown): ErreurApi {
  const corps = ((erreur ?? {}) as FormeErreur).response?.data?.error;
  const problemes = corps?.details?.problemes;
  return {
    statut: (erreur as FormeErreur | null)?.status ?? corps?.status ?? null,
    message: corps?.message ?? null,
    problemes: Array.isArray(problemes) ? problemes.filter((p): p is string => typeof p === 'string') : [],
  };
}
