import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ErreurEditique } from './erreurs';

/** Une variable vide (`SMTP_USER=`) vaut « non définie ». */
const optionnel = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);
const booleen = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schemaEnv = z.object({
  SMTP_HOST: optionnel(z.string().min(1).default('127.0.0.1')),
  SMTP_PORT: optionnel(z.coerce.number().int().min(1).max(65535).default(1025)),
  SMTP_FROM: optionnel(z.string().min(3).default('Guichet <ne-pas-repondre@guichet.localhost>')),
  SMTP_SECURE: optionnel(booleen.optional()),
  SMTP_IGNORE_TLS: optionnel(booleen.optional()),
  SMTP_USER: optionnel(z.string().optional()),
  SMTP_PASS: optionnel(z.string().optional()),
  SOFFICE_PATH: optionnel(z.string().min(1).default('soffice')),
  EDITIQUE_DOSSIER_TRAVAIL: optionnel(z.string().min(1).optional()),
  EDITIQUE_DELAI_CONVERSION_MS: optionnel(z.coerce.number().int().min(1000).max(600000).default(60000)),
  PORTAL_URL: optionnel(z.url({ protocol: /^https?$/ }).default('http://localhost:4321')),
});

export interface ConfigEditique {
  smtp: { host: string; port: number; from: string; secure: boolean; ignoreTLS: boolean; user?: string; pass?: string };
  soffice: string;
  dossierTravail: string;
  delaiConversionMs: number;
  /** Sans « / » final ; sert aux liens des courriels (`{{portail.url}}`). */
  portailUrl: string;
}

/** Lit et valide la configuration de l'éditique. Ne recopie jamais les valeurs dans les messages (SMTP_PASS). */
export function lireConfig(env: Record<string, string | undefined> = process.env): ConfigEditique {
  const r = schemaEnv.safeParse(env);
  if (!r.success) {
    const details = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ErreurEditique('CONFIGURATION_INVALIDE', `Configuration de l'éditique invalide : ${details}`);
  }
  const e = r.data;
  if ((e.SMTP_USER === undefined) !== (e.SMTP_PASS === undefined)) {
    throw new ErreurEditique(
      'CONFIGURATION_INVALIDE',
      "Configuration de l'éditique invalide : SMTP_USER et SMTP_PASS vont ensemble",
    );
  }
  const secure = e.SMTP_SECURE ?? e.SMTP_PORT === 465;
  return {
    smtp: {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT,
      from: e.SMTP_FROM,
      secure,
      // Un capteur local (port 1025, mailpit) ne parle pas TLS : on n'essaie pas STARTTLS.
      ignoreTLS: e.SMTP_IGNORE_TLS ?? (e.SMTP_PORT === 1025 && !secure),
      ...(e.SMTP_USER !== undefined ? { user: e.SMTP_USER, pass: e.SMTP_PASS } : {}),
    },
    soffice: e.SOFFICE_PATH,
    dossierTravail: e.EDITIQUE_DOSSIER_TRAVAIL ?? path.join(os.tmpdir(), 'guichet-editique'),
    delaiConversionMs: e.EDITIQUE_DELAI_CONVERSION_MS,
    portailUrl: e.PORTAL_URL.replace(/\/+$/, ''),
  };
}

let enCache: ConfigEditique | undefined;

/** La configuration du processus, lue une fois. */
export function config(): ConfigEditique {
  enCache ??= lireConfig();
  return enCache;
}
