/**
 * Server-side sessions. The browser only holds a random id in an HttpOnly cookie; tokens (the CMS JWT, the OIDC
 * id_token) stay on the server. The store is an interface so that a Redis store can replace the in-memory one when the
 * portal runs on more than one process.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface Notice {
  type: 'succes' | 'erreur';
  message: string;
}

export interface Session {
  sub: string;
  prenom: string;
  nom: string;
  email: string;
  /** users-permissions JWT issued by the CMS at sign-in (POST /api/usagers/session). */
  jwt: string;
  /** Kept for RP-initiated logout (id_token_hint). */
  idToken: string;
  /** Synchroniser token for every POST form. */
  csrf: string;
  /** One-shot message shown after a redirect (post/redirect/get). */
  flash?: { notice?: Notice };
}

export interface SessionStore {
  get(cle: string): Promise<Session | undefined>;
  set(cle: string, session: Session, dureeMs: number): Promise<void>;
  delete(cle: string): Promise<void>;
}

/** Idle timeout: each request that finds the session extends it. */
export const DUREE_INACTIVITE_MS = 30 * 60 * 1000;

interface Entree {
  session: Session;
  expireLe: number;
}

/** One-process store; expired entries are removed when read and by a periodic sweep. */
export class MemoireSessionStore implements SessionStore {
  private readonly entrees = new Map<string, Entree>();

  constructor(private readonly maintenant: () => number = Date.now) {}

  async get(cle: string): Promise<Session | undefined> {
    const entree = this.entrees.get(cle);
    if (!entree) return undefined;
    if (entree.expireLe <= this.maintenant()) {
      this.entrees.delete(cle);
      return undefined;
    }
    return structuredClone(entree.session);
  }

  async set(cle: string, session: Session, dureeMs: number): Promise<void> {
    this.entrees.set(cle, { session: structuredClone(session), expireLe: this.maintenant() + dureeMs });
  }

  async delete(cle: string): Promise<void> {
    this.entrees.delete(cle);
  }

  /** Drops expired entries; returns how many were dropped. */
  purger(): number {
    const maintenant = this.maintenant();
    let n = 0;
    for (const [cle, entree] of this.entrees) {
      if (entree.expireLe <= maintenant) {
        this.entrees.delete(cle);
        n += 1;
      }
    }
    return n;
  }

  get taille(): number {
    return this.entrees.size;
  }
}

/** Cookie name: the `__Host-` prefix requires Secure, so it is only used behind https. */
export function nomCookieSession(https: boolean): string {
  return https ? '__Host-guichet_session' : 'guichet_session';
}

export function optionsCookieSession(https: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: https };
}

/** 32 random bytes, base64url: the value of the session cookie. */
export function nouvelIdentifiant(): string {
  return randomBytes(32).toString('base64url');
}

/** A fresh CSRF token for a new session. */
export function nouveauJetonCsrf(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookie format check before any lookup: 43 base64url characters. */
export function identifiantValide(id: string | undefined): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_-]{43}$/.test(id);
}

/**
 * The store is keyed by an HMAC of the cookie value, so a dump of the store (or of Redis later) does not contain
 * usable cookies.
 */
export function cleDeStockage(id: string, secret: string): string {
  return createHmac('sha256', secret).update(id).digest('base64url');
}

/** Session operations bound to one store and secret. */
export class Sessions {
  constructor(
    private readonly store: SessionStore,
    private readonly secret: string,
    private readonly dureeMs: number = DUREE_INACTIVITE_MS,
  ) {}

  /** Loads a session and slides its expiry. */
  async charger(id: string | undefined): Promise<Session | undefined> {
    if (!identifiantValide(id)) return undefined;
    const cle = cleDeStockage(id, this.secret);
    const session = await this.store.get(cle);
    if (session) await this.store.set(cle, session, this.dureeMs);
    return session;
  }

  /** Creates a session and returns the id to put in the cookie. Always a new id (no session fixation). */
  async creer(donnees: Omit<Session, 'csrf'>): Promise<{ id: string; session: Session }> {
    const id = nouvelIdentifiant();
    const session: Session = { ...donnees, csrf: nouveauJetonCsrf() };
    await this.store.set(cleDeStockage(id, this.secret), session, this.dureeMs);
    return { id, session };
  }

  async enregistrer(id: string, session: Session): Promise<void> {
    await this.store.set(cleDeStockage(id, this.secret), session, this.dureeMs);
  }

  async detruire(id: string | undefined): Promise<void> {
    if (!identifiantValide(id)) return;
    await this.store.delete(cleDeStockage(id, this.secret));
  }
}
