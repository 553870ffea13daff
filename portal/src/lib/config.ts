/**
 * Runtime configuration, read from the environment once and validated with zod. Read lazily (not at import time) so
 * that `astro build` needs no secrets; the server fails on its first request with a readable list of problems.
 */
import { z } from 'zod';

const urlSansSlashFinal = z.url({ protocol: /^https?$/ }).transform((valeur) => valeur.replace(/\/+$/, ''));

const schema = z.object({
  CMS_URL: urlSansSlashFinal.default('http://127.0.0.1:1337'),
  /** The address citizens use. Redirect URIs are built from it, never from the request (Host is not trusted). */
  PUBLIC_URL: urlSansSlashFinal.default('http://localhost:4321'),
  OIDC_ISSUER: urlSansSlashFinal.default('http://localhost:8080/realms/guichet'),
  OIDC_CLIENT_ID: z.string().min(1).default('portail'),
  OIDC_CLIENT_SECRET: z.string().min(1),
  /** Keys the session store (ids are hashed with it) ; at least 32 characters. */
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET doit compter au moins 32 caractères'),
  ORGANISATION_NOM: z.string().min(1).default('Département de démonstration'),
  /** Multiplies every rate limit (tests that sign in many times from one address raise it). */
  RATE_LIMIT_MULTIPLIER: z.coerce.number().positive().default(1),
  /** Timeout of each call to the CMS, in milliseconds. */
  CMS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** API Adresse (Base Adresse Nationale): address suggestions in the dossier form, proxied by GET /api/adresse. */
  API_ADRESSE_URL: urlSansSlashFinal.default('https://api-adresse.data.gouv.fr'),
  /** Timeout of each call to API Adresse, in milliseconds: a suggestion that comes late is of no use. */
  API_ADRESSE_TIMEOUT_MS: z.coerce.number().int().positive().default(3_000),
});

export type Config = z.infer<typeof schema>;

/** Parses an environment; exported for tests. Throws one Error listing every invalid variable. */
export function lireConfig(env: Record<string, string | undefined>): Config {
  const resultat = schema.safeParse(env);
  if (!resultat.success) {
    const lignes = resultat.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Configuration du portail invalide :\n${lignes.join('\n')}`);
  }
  return resultat.data;
}

let memo: Config | undefined;

/** The validated configuration of this process. */
export function config(): Config {
  memo ??= lireConfig(process.env);
  return memo;
}

/** True when cookies must be `Secure` and may use the `__Host-` prefix. */
export function estHttps(publicUrl: string): boolean {
  return publicUrl.startsWith('https://');
}
