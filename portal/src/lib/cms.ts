/**
 * The ONLY module that talks to the CMS. Every call has a timeout, is typed by the contract
 * (extensions/usagers/contracts/portail.ts) and turns error responses into `ErreurCms`.
 * Public catalogue responses are cached in memory for 30 s; nothing that depends on a citizen is cached.
 */
import type {
  CatalogueReponse,
  ConnecteurCorps,
  DepotCorps,
  DispositifDetail,
  DispositifReponse,
  DispositifResume,
  DossierDetail,
  DossierReponse,
  DossierResume,
  DossiersReponse,
  ErreurChampApi,
  PieceApi,
  SessionReponse,
} from './contrat';
import { schemaProfils, type Profil } from './profils';

/** A field error from a 422, with the table cell at fault when the CMS names one. */
export type ErreurChampCms = ErreurChampApi & { cellule?: { ligne: number; colonne: string } };

/** An error answered by the CMS (status ≥ 400) or raised while reaching it (status 502/504, `nom` says which). */
export class ErreurCms extends Error {
  constructor(
    readonly status: number,
    readonly nom: string,
    message: string,
    readonly code: string | undefined = undefined,
    readonly erreurs: ErreurChampCms[] = [],
  ) {
    super(message);
    this.name = 'ErreurCms';
  }
}

export const DUREE_CACHE_CATALOGUE_MS = 30_000;

type Fetch = typeof fetch;

interface OptionsAppel {
  methode?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  jwt?: string;
  /** Bearer token other than the CMS JWT (the OIDC access token at sign-in). */
  jeton?: string;
  json?: unknown;
  entetes?: Record<string, string>;
  corps?: BodyInit;
  signal?: AbortSignal;
  timeoutMs?: number;
}

function estObjet(valeur: unknown): valeur is Record<string, unknown> {
  return typeof valeur === 'object' && valeur !== null && !Array.isArray(valeur);
}

function estErreurChamp(valeur: unknown): valeur is ErreurChampApi {
  return estObjet(valeur) && typeof valeur.champ === 'string' && typeof valeur.message === 'string';
}

/** The table cell an error is about, when the CMS names one. */
function cellule(valeur: unknown): { cellule: { ligne: number; colonne: string } } | Record<string, never> {
  if (!estObjet(valeur) || !Number.isSafeInteger(valeur.ligne) || typeof valeur.colonne !== 'string') return {};
  return { cellule: { ligne: valeur.ligne as number, colonne: valeur.colonne } };
}

/**
 * Builds an ErreurCms from a non-2xx response body. Accepts the Strapi shape
 * `{ data: null, error: { status, name, message, details: { code, erreurs } } }`; anything else keeps the HTTP status.
 */
export function erreurDepuisReponse(status: number, corps: unknown): ErreurCms {
  const erreur = estObjet(corps) && estObjet(corps.error) ? corps.error : undefined;
  const nom = typeof erreur?.name === 'string' ? erreur.name : `HTTP${status}`;
  const message = typeof erreur?.message === 'string' ? erreur.message : `Le CMS a répondu ${status}`;
  const details = estObjet(erreur?.details) ? erreur.details : {};
  const code = typeof details.code === 'string' ? details.code : undefined;
  const erreurs = Array.isArray(details.erreurs)
    ? details.erreurs.filter(estErreurChamp).map((e) => ({
        champ: e.champ,
        code: typeof e.code === 'string' ? e.code : '',
        message: e.message,
        ...cellule((e as { cellule?: unknown }).cellule),
      }))
    : [];
  return new ErreurCms(status, nom, message, code, erreurs);
}

function segment(valeur: string | number): string {
  return encodeURIComponent(String(valeur));
}

interface EntreeCache {
  expireLe: number;
  valeur: Promise<unknown>;
}

export class CmsClient {
  private readonly cache = new Map<string, EntreeCache>();

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number = 10_000,
    private readonly fetcher: Fetch = fetch,
    private readonly maintenant: () => number = Date.now,
  ) {}

  /** GET /api/instruction/catalogue (cached). */
  async catalogue(): Promise<DispositifResume[]> {
    const reponse = await this.enCache('catalogue', () => this.json<CatalogueReponse>('/api/instruction/catalogue'));
    return reponse.data;
  }

  /** GET /api/instruction/catalogue/:slug (cached); 404 when unknown or unpublished. */
  async dispositif(slug: string): Promise<DispositifDetail> {
    const reponse = await this.enCache(`dispositif:${slug}`, () =>
      this.json<DispositifReponse>(`/api/instruction/catalogue/${segment(slug)}`),
    );
    return reponse.data;
  }

  /** POST /api/usagers/session: exchanges the OIDC access token for a users-permissions JWT. */
  async ouvrirSession(accessToken: string): Promise<SessionReponse> {
    return this.json<SessionReponse>('/api/usagers/session', { methode: 'POST', jeton: accessToken });
  }

  /** GET /api/usagers/dossiers: the citizen's dossiers, newest first. */
  async mesDossiers(jwt: string): Promise<DossierResume[]> {
    return (await this.json<DossiersReponse>('/api/usagers/dossiers', { jwt })).data;
  }

  /** GET /api/usagers/profils: the profils the citizen may file a dossier for (checked with zod, 502 otherwise). */
  async profils(jwt: string): Promise<Profil[]> {
    const corps = await this.json<unknown>('/api/usagers/profils', { jwt });
    const lu = schemaProfils.safeParse(corps);
    if (!lu.success) throw new ErreurCms(502, 'ReponseInvalide', 'Réponse inattendue du CMS pour /api/usagers/profils');
    return lu.data.data;
  }

  /**
   * POST /api/usagers/dossiers: a new brouillon for a dispositif, filed for one of the citizen's profils when
   * `profil` is given (422 PROFIL_INCONNU on `profil` when the citizen is not a member).
   */
  async creerDossier(jwt: string, slug: string, profil?: number): Promise<DossierDetail> {
    const json = profil === undefined ? { dispositif: slug } : { dispositif: slug, profil };
    return (await this.json<DossierReponse>('/api/usagers/dossiers', { methode: 'POST', jwt, json })).data;
  }

  /** GET /api/usagers/dossiers/:numero (404 when it is not the citizen's). */
  async dossier(jwt: string, numero: string): Promise<DossierDetail> {
    return (await this.json<DossierReponse>(`/api/usagers/dossiers/${segment(numero)}`, { jwt })).data;
  }

  /** PUT /api/usagers/dossiers/:numero: saves the brouillon (409 stale version, 422 formats). */
  async enregistrer(jwt: string, numero: string, corps: DepotCorps): Promise<DossierDetail> {
    return (
      await this.json<DossierReponse>(`/api/usagers/dossiers/${segment(numero)}`, { methode: 'PUT', jwt, json: corps })
    ).data;
  }

  /** POST /api/usagers/dossiers/:numero/depot with an Idempotency-Key (a replay gets the same 200). */
  async deposer(jwt: string, numero: string, corps: DepotCorps, cleIdempotence: string): Promise<void> {
    await this.json<unknown>(`/api/usagers/dossiers/${segment(numero)}/depot`, {
      methode: 'POST',
      jwt,
      json: corps,
      entetes: { 'Idempotency-Key': cleIdempotence },
    });
  }

  /**
   * POST /api/usagers/dossiers/:numero/pieces: streams a multipart body built by the caller (fields champ, fichier).
   * `signal` lets the caller abort the upload when the file turns out to be too large.
   */
  async televerserPiece(
    jwt: string,
    numero: string,
    corps: ReadableStream<Uint8Array>,
    typeContenu: string,
    signal?: AbortSignal,
  ): Promise<PieceApi> {
    const reponse = await this.json<{ data: PieceApi }>(`/api/usagers/dossiers/${segment(numero)}/pieces`, {
      methode: 'POST',
      jwt,
      corps,
      entetes: { 'Content-Type': typeContenu },
      signal,
      timeoutMs: Math.max(this.timeoutMs, 120_000),
    });
    return reponse.data;
  }

  /** POST /api/usagers/dossiers/:numero/demandes/:id/piece: the file answering a justificatif request (multipart). */
  async repondreDemande(
    jwt: string,
    numero: string,
    demandeId: number,
    corps: ReadableStream<Uint8Array>,
    typeContenu: string,
    signal?: AbortSignal,
  ): Promise<PieceApi> {
    const chemin = `/api/usagers/dossiers/${segment(numero)}/demandes/${demandeId}/piece`;
    const reponse = await this.json<{ data: PieceApi }>(chemin, {
      methode: 'POST',
      jwt,
      corps,
      entetes: { 'Content-Type': typeContenu },
      signal,
      timeoutMs: Math.max(this.timeoutMs, 120_000),
    });
    return reponse.data;
  }

  /**
   * POST /api/usagers/dossiers/:numero/connecteurs/:champ { version }: the CMS calls the field's connector (API
   * Particulier, API R2P) for the citizen and stores what it returns in the brouillon (409 stale version; 422 unknown
   * field or nobody known by the provider; 502 provider unavailable). Its errors carry a French message.
   */
  async appelerConnecteur(jwt: string, numero: string, champ: string, version: number): Promise<DossierDetail> {
    const corps: ConnecteurCorps = { version };
    return (
      await this.json<DossierReponse>(`/api/usagers/dossiers/${segment(numero)}/connecteurs/${segment(champ)}`, {
        methode: 'POST',
        jwt,
        json: corps,
      })
    ).data;
  }

  /** DELETE /api/usagers/dossiers/:numero/pieces/:id (brouillon only). */
  async supprimerPiece(jwt: string, numero: string, id: number): Promise<void> {
    await this.json<unknown>(`/api/usagers/dossiers/${segment(numero)}/pieces/${segment(id)}`, {
      methode: 'DELETE',
      jwt,
    });
  }

  /** GET …/pieces/:id/fichier: the raw response, body not read, for the caller to stream. */
  async telechargerPiece(jwt: string, numero: string, id: number): Promise<Response> {
    const reponse = await this.appeler(
      `/api/usagers/dossiers/${segment(numero)}/pieces/${segment(id)}/fichier`,
      { jwt },
      false,
    );
    if (!reponse.ok) throw await this.erreur(reponse);
    return reponse;
  }

  /** Empties the catalogue cache (tests, or a webhook from the CMS later). */
  viderCache(): void {
    this.cache.clear();
  }

  private async enCache<T>(cle: string, charger: () => Promise<T>): Promise<T> {
    const maintenant = this.maintenant();
    const entree = this.cache.get(cle);
    if (entree && entree.expireLe > maintenant) return entree.valeur as Promise<T>;
    const valeur = charger();
    this.cache.set(cle, { expireLe: maintenant + DUREE_CACHE_CATALOGUE_MS, valeur });
    // Failures (404, CMS down) are not cached: the next request tries again.
    valeur.catch(() => {
      if (this.cache.get(cle)?.valeur === valeur) this.cache.delete(cle);
    });
    return valeur;
  }

  private async json<T>(chemin: string, options: OptionsAppel = {}): Promise<T> {
    const reponse = await this.appeler(chemin, options, true);
    if (!reponse.ok) throw await this.erreur(reponse);
    if (reponse.status === 204) return undefined as T;
    const texte = await reponse.text();
    if (texte === '') return undefined as T;
    try {
      return JSON.parse(texte) as T;
    } catch {
      throw new ErreurCms(502, 'ReponseInvalide', `Réponse non JSON du CMS pour ${chemin}`);
    }
  }

  private async erreur(reponse: Response): Promise<ErreurCms> {
    let corps: unknown;
    try {
      corps = await reponse.json();
    } catch {
      corps = undefined;
    }
    return erreurDepuisReponse(reponse.status, corps);
  }

  /**
   * One HTTP call. The timeout covers the whole exchange for JSON calls; for streamed downloads (`toutLeCorps`
   * false) it stops once the headers have arrived so that a slow download is not cut.
   */
  private async appeler(chemin: string, options: OptionsAppel, toutLeCorps: boolean): Promise<Response> {
    const entetes: Record<string, string> = { Accept: 'application/json', ...options.entetes };
    const jeton = options.jwt ?? options.jeton;
    if (jeton) entetes.Authorization = `Bearer ${jeton}`;
    let corps = options.corps;
    if (options.json !== undefined) {
      entetes['Content-Type'] = 'application/json';
      corps = JSON.stringify(options.json);
    }
    const minuteur = new AbortController();
    const delai = setTimeout(() => minuteur.abort(new Error('timeout')), options.timeoutMs ?? this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([minuteur.signal, options.signal]) : minuteur.signal;
    const init: RequestInit & { duplex?: 'half' } = {
      method: options.methode ?? 'GET',
      headers: entetes,
      body: corps,
      signal,
      redirect: 'manual',
    };
    if (corps instanceof ReadableStream) init.duplex = 'half';
    try {
      const reponse = await this.fetcher(`${this.baseUrl}${chemin}`, init);
      if (toutLeCorps) {
        // Read the body under the same timeout, then hand back a fully buffered (small, JSON) response.
        const octets = await reponse.arrayBuffer();
        return new Response(reponse.status === 204 ? null : octets, {
          status: reponse.status,
          headers: reponse.headers,
        });
      }
      return reponse;
    } catch (cause) {
      if (minuteur.signal.aborted)
        throw new ErreurCms(504, 'CmsDelaiDepasse', `Le CMS n'a pas répondu à temps (${chemin})`);
      if (options.signal?.aborted) throw new ErreurCms(499, 'EnvoiInterrompu', `Envoi interrompu (${chemin})`);
      throw new ErreurCms(502, 'CmsInjoignable', `CMS injoignable (${chemin}) : ${(cause as Error).message}`);
    } finally {
      clearTimeout(delai);
    }
  }
}
