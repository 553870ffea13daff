/** What the builder needs from a failed call: the HTTP status, the contract's error code and its French problems. */
export interface ErreurApi {
  statut: number | null;
  code: string | null;
  problemes: string[];
  message: string | null;
}

interface FormeErreur {
  status?: number;
  message?: string;
  response?: {
    data?: {
      error?: { status?: number; name?: string; message?: string; details?: { code?: string; problemes?: unknown } };
    };
  };
}

export function lireErreur(erreur: unknown): ErreurApi {
  const e = (erreur ?? {}) as FormeErreur;
  const corps = e.response?.data?.error;
  const problemes = corps?.details?.problemes;
  return {
    statut: e.status ?? corps?.status ?? null,
    code: corps?.details?.code ?? corps?.name ?? null,
    problemes: Array.isArray(problemes) ? problemes.filter((p): p is string => typeof p === 'string') : [],
    message: corps?.message ?? null,
  };
}
