/**
 * Typed calls to the plugin's admin API (contracts/admin-api.ts). `useFetchClient` adds the admin JWT and throws on
 * errors; see lireErreur for what the pages read from them.
 */
import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  Changement,
  CreationModele,
  EnregistrementChamps,
  EnregistrementContenu,
  EnregistrementVue,
  EntreeReferentielChamps,
  ListeReferentiel,
  ModeleDetail,
  ModeleResume,
  Publication,
  VersionResume,
  Vue,
} from '../../../contracts/admin-api';
import type { Champ, OptionListe } from '../../../domain/modele';

const BASE = '/formulaires';

export interface RechercheReferentiel {
  q?: string;
  categorie?: string;
}

export function useApi() {
  const { get, post, put, del } = useFetchClient();
  return useMemo(
    () => ({
      listerModeles: async () => (await get<{ data: ModeleResume[] }>(`${BASE}/modeles`)).data.data,
      lireModele: async (id: number | string) => (await get<{ data: ModeleDetail }>(`${BASE}/modeles/${id}`)).data.data,
      creerModele: async (creation: CreationModele) =>
        (await post<{ data: ModeleDetail }>(`${BASE}/modeles`, creation)).data.data,
      importerModele: async (document: unknown) =>
        (await post<{ data: ModeleDetail }>(`${BASE}/import`, { document })).data.data,
      enregistrerContenu: async (id: number, corps: EnregistrementContenu) =>
        (await put<{ data: ModeleDetail }>(`${BASE}/modeles/${id}`, corps)).data.data,
      enregistrerChamps: async (id: number, corps: EnregistrementChamps) =>
        (await put<{ data: ModeleDetail }>(`${BASE}/modeles/${id}/champs`, corps)).data.data,
      enregistrerVue: async (id: number, vue: Vue, corps: EnregistrementVue) =>
        (await put<{ data: ModeleDetail }>(`${BASE}/modeles/${id}/vues/${vue}`, corps)).data.data,
      publier: async (id: number, corps: Publication) =>
        (await post<{ data: VersionResume }>(`${BASE}/modeles/${id}/publier`, corps)).data.data,
      exporter: async (id: number) => (await get(`${BASE}/modeles/${id}/export`, { responseType: 'blob' })).data,
      difference: async (id: number, de: number, a: number | 'brouillon') =>
        (await get<{ data: Changement[] }>(`${BASE}/modeles/${id}/difference`, { params: { de, a } })).data.data,
      chercherReferentielChamps: async (recherche: RechercheReferentiel) =>
        (
          await get<{ data: EntreeReferentielChamps[] }>(`${BASE}/referentiel-champs`, {
            params: Object.fromEntries(Object.entries(recherche).filter(([, v]) => v)),
          })
        ).data.data,
      ajouterAuReferentielChamps: async (entree: { categorie: string; section: string; champ: Champ }) =>
        (await post<{ data: EntreeReferentielChamps }>(`${BASE}/referentiel-champs`, entree)).data.data,
      supprimerDuReferentielChamps: async (id: number) => {
        await del(`${BASE}/referentiel-champs/${id}`);
      },
      listerReferentiels: async () => (await get<{ data: ListeReferentiel[] }>(`${BASE}/referentiels`)).data.data,
      creerReferentiel: async (liste: { code: string; titre: string; options: OptionListe[] }) =>
        (await post<{ data: ListeReferentiel }>(`${BASE}/referentiels`, liste)).data.data,
      modifierReferentiel: async (id: number, liste: { titre: string; options: OptionListe[] }) =>
        (await put<{ data: ListeReferentiel }>(`${BASE}/referentiels/${id}`, liste)).data.data,
    }),
    [get, post, put, del],
  );
}

export type Api = ReturnType<typeof useApi>;
