/** The plugin's pages, from the admin router's root (absolute: the pages are nested under a splat route). */
export const CHEMIN = '/plugins/instruction';

/** Shapes of the operations API (server/src/services/operations-vue.ts) and its French refusals. */
export interface NoeudClassification {
  code: string;
  libelle: string;
  enfants?: NoeudClassification[];
}

export const DRAPEAUX = ['prioritaire', 'urgent', 'signale'] as const;
export type Drapeau = (typeof DRAPEAUX)[number];

/** What the dossier page's operations panel reads from the dossier detail. */
export interface OperationsDossier {
  numero: string;
  version: number;
  agentId: number | null;
  agentNom: string | null;
  classement: string[];
  classification: NoeudClassification[];
  drapeaux: Drapeau[];
  parent: string | null;
  enfants: string[];
  peutSupprimer: boolean;
}

export interface RefusApi {
  status?: number;
  message?: string;
  erreurs: Array<{ champ: string; message: string }>;
}

/** The status and French message of a failed call (useFetchClient throws axios-like errors). */
export function lireRefus(erreur: unknown): RefusApi {
  const e = erreur as {
    status?: number;
    response?: {
      status?: number;
      data?: { error?: { message?: string; details?: { erreurs?: RefusApi['erreurs'] } } };
    };
  };
  const refus = e.response?.data?.error;
  return {
    status: e.status ?? e.response?.status,
    message: refus?.message,
    erreurs: refus?.details?.erreurs ?? [],
  };
}

/** The options of each level of the classement, given the codes chosen above it. */
export function niveauxClassement(arbre: NoeudClassification[], chemin: string[]): NoeudClassification[][] {
  const niveaux: NoeudClassification[][] = [];
  let courant: NoeudClassification[] | undefined = arbre;
  for (let i = 0; i < 4 && courant && courant.length > 0; i++) {
    niveaux.push(courant);
    const choisi: NoeudClassification | undefined = courant.find((n) => n.code === chemin[i]);
    courant = choisi?.enfants;
  }
  return niveaux;
}
