/**
 * Calls of the « Habilitations » page to the plugin's admin API (server/src/routes/droits.ts). `useFetchClient` adds
 * the admin JWT and throws on errors; `messageErreur` reads the French message and field problems from them.
 */
import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export const DROITS = ['voir', 'instruire', 'decider', 'exporter', 'configurer'] as const;
export type Droit = (typeof DROITS)[number];

export interface ProfilMetier {
  id: number;
  code: string;
  libelle: string;
  description: string | null;
}
export interface Cellule {
  profilMetierId: number;
  dispositifId: number;
  droits: Droit[];
}
export interface Matrice {
  droits: Array<{ code: Droit; libelle: string }>;
  profils: ProfilMetier[];
  dispositifs: Array<{ id: number; slug: string; titre: string }>;
  cellules: Cellule[];
}
export interface Commune {
  code: string;
  nom: string;
}
export interface Territoires {
  types: Array<{ id: number; code: string; libelle: string; sectorisation: boolean }>;
  territoires: Array<{ id: number; code: string; nom: string; typeCode: string; communes: Commune[] }>;
  secteurs: Array<{ id: number; code: string; nom: string; territoireId: number; communes: Commune[] }>;
}
export interface Agent {
  id: number;
  nom: string;
  email: string;
  profilMetierIds: number[];
  territoireIds: number[];
  secteurIds: number[];
}

export function useApiHabilitations() {
  const { get, post, put } = useFetchClient();
  return useMemo(
    () => ({
      matrice: async () => (await get<{ data: Matrice }>('/instruction/habilitations/matrice')).data.data,
      enregistrerMatrice: async (cellules: Cellule[]) =>
        (await put('/instruction/habilitations/matrice', { cellules })).data,
      creerProfil: async (profil: { code: string; libelle: string; description: string }) =>
        (await post('/instruction/habilitations/profils', profil)).data,
      exporterCsv: async () =>
        (await get<Blob>('/instruction/habilitations/export.csv', { responseType: 'blob' })).data,
      territoires: async () => (await get<{ data: Territoires }>('/instruction/territoires')).data.data,
      creerType: async (type: { code: string; libelle: string }) =>
        (await post('/instruction/territoires/types', type)).data,
      creerTerritoire: async (t: { code: string; nom: string; typeCode: string }) =>
        (await post('/instruction/territoires', t)).data,
      definirCommunes: async (id: number, communes: string[]) =>
        (await put(`/instruction/territoires/${id}/communes`, { communes })).data,
      creerSecteur: async (s: { code: string; nom: string; territoireId: number; communes: string[] }) =>
        (await post('/instruction/territoires/secteurs', s)).data,
      agents: async () => (await get<{ data: Agent[] }>('/instruction/habilitations/agents')).data.data,
      modifierAgent: async (id: number, a: Pick<Agent, 'profilMetierIds' | 'territoireIds' | 'secteurIds'>) =>
        (await put(`/instruction/habilitations/agents/${id}`, a)).data,
    }),
    [get, post, put],
  );
}

interface FormeErreur {
  response?: {
    data?: { error?: { message?: string; details?: { erreurs?: unknown; problemes?: unknown } } };
  };
}

/** The server's French message and the field-level problems it lists (422 erreurs or 400 problemes). */
export function messageErreur(erreur: unknown): { message: string | null; details: string[] } {
  const corps = ((erreur ?? {}) as FormeErreur).response?.data?.error;
  const liste = [corps?.details?.erreurs, corps?.details?.problemes].find(Array.isArray) ?? [];
  const details = (liste as Array<{ message?: unknown }>)
    .map((p) => (typeof p?.message === 'string' ? p.message : null))
    .filter((m): m is string => m !== null);
  return { message: corps?.message ?? null, details };
}

/** Codes typed or pasted (spaces, commas, semicolons or new lines between them). */
export const lireCodes = (texte: string): string[] =>
  texte
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
