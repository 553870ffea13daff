/**
 * In-memory rate limit (fixed window per client address and route family). One process only: behind several
 * processes or a proxy that hides client addresses, move this to Redis or the proxy.
 */
/**
 * `pieces` counts each file sent with the dossier form (src/lib/soumission.ts), on top of the form's `depot`;
 * `adresse` the address suggestions (GET /api/adresse, one per pause in typing); `messages` each message sent to
 * the instructing service (counted by the messages page, src/lib/envoi-message.ts), apart from `depot` so that a
 * conversation does not use up the budget of the dossier form, nor the other way round.
 */
export type FamilleRoute = 'connexion' | 'depot' | 'pieces' | 'adresse' | 'messages';

export interface Regle {
  /** Requests allowed per window. */
  max: number;
  fenetreMs: number;
}

export const REGLES: Record<FamilleRoute, Regle> = {
  connexion: { max: 20, fenetreMs: 60_000 },
  depot: { max: 30, fenetreMs: 60_000 },
  pieces: { max: 20, fenetreMs: 60_000 },
  adresse: { max: 120, fenetreMs: 60_000 },
  messages: { max: 20, fenetreMs: 60_000 },
};

/** The dossier form: multipart, read as a stream by its page (src/lib/soumission.ts). */
export const FORMULAIRE_DOSSIER = /^\/compte\/dossiers\/[^/]+\/modifier\/?$/;
/** The dossier page: its « Pièces demandées » forms are multipart too (src/lib/demandes.ts counts their files). */
export const PAGE_DOSSIER = /^\/compte\/dossiers\/[^/]+\/?$/;

/**
 * Which family a request belongs to, or null when it is not limited by the middleware (`pieces` and `messages` are
 * counted by their pages).
 */
export function familleDe(methode: string, chemin: string): FamilleRoute | null {
  if (chemin === '/auth/connexion') return 'connexion';
  if (chemin === '/api/adresse') return 'adresse';
  if (methode !== 'POST') return null;
  if (FORMULAIRE_DOSSIER.test(chemin)) return 'depot';
  if (/^\/dispositifs\/[^/]+\/?$/.test(chemin)) return 'depot';
  return null;
}

export interface Decision {
  autorise: boolean;
  /** Seconds until the window resets (for Retry-After). */
  reessayerDansS: number;
}

export class LimiteurDebit {
  private readonly compteurs = new Map<string, { debut: number; n: number }>();

  constructor(
    private readonly regles: Record<FamilleRoute, Regle> = REGLES,
    private readonly multiplicateur = 1,
    private readonly maintenant: () => number = Date.now,
  ) {}

  /** Counts one request and says whether it may proceed. */
  consommer(famille: FamilleRoute, client: string): Decision {
    const regle = this.regles[famille];
    const max = Math.max(1, Math.floor(regle.max * this.multiplicateur));
    const cle = `${famille}|${client}`;
    const maintenant = this.maintenant();
    let compteur = this.compteurs.get(cle);
    if (!compteur || maintenant - compteur.debut >= regle.fenetreMs) {
      compteur = { debut: maintenant, n: 0 };
      this.compteurs.set(cle, compteur);
    }
    compteur.n += 1;
    const reessayerDansS = Math.max(1, Math.ceil((compteur.debut + regle.fenetreMs - maintenant) / 1000));
    return { autorise: compteur.n <= max, reessayerDansS };
  }

  /** Forgets finished windows (called periodically so the map stays small). */
  purger(): void {
    const maintenant = this.maintenant();
    for (const [cle, compteur] of this.compteurs) {
      const famille = cle.slice(0, cle.indexOf('|')) as FamilleRoute;
      if (maintenant - compteur.debut >= this.regles[famille].fenetreMs) this.compteurs.delete(cle);
    }
  }

  get taille(): number {
    return this.compteurs.size;
  }
}
