import { existsSync } from 'node:fs';
import path from 'node:path';
import { compileStrapi, createStrapi } from '@strapi/strapi';
import { Client } from 'pg';

const appDir = path.resolve(__dirname, '..', '..', 'cms');

/** A fresh Postgres database next to `base` (same server), dropped by the returned function. */
export async function creerBase(base: string, nom: string): Promise<{ url: string; supprimer(): Promise<void> }> {
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${nom}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${nom}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${nom}`;
  return {
    url: url.toString(),
    async supprimer() {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${nom}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface SchemaPret {
  dispositifId: number;
  modeleVersionId: number;
}

/**
 * Lets Strapi create the schema (its own migrations and content types, our indexes and triggers) and the demo
 * dispositif with its published model, then stops: the volume itself is written with SQL (see donnees.ts).
 */
export async function preparerSchema(url: string): Promise<SchemaPret> {
  if (!existsSync(path.join(appDir, 'dist', 'config'))) await compileStrapi({ appDir });
  const avant = { ...process.env };
  // This instance only creates the schema and stops: throwaway keys, never used to serve anything.
  for (const cle of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET']) {
    process.env[cle] ??= `graine-${cle.toLowerCase()}-1,graine-${cle.toLowerCase()}-2`;
  }
  process.env.ENCRYPTION_KEY ??= 'graine-cle-chiffrement-32-octets';
  Object.assign(process.env, {
    LOG_LEVEL: 'error',
    STRAPI_STARTUP_BANNER: 'false',
    DATABASE_URL: url,
    JOBS_DISABLED: 'true',
    NODE_ENV: 'test',
    API_ADRESSE_URL: '',
    STRAPI_TELEMETRY_DISABLED: 'true',
  });
  delete process.env.REDIS_URL;
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  try {
    const { dispositifId } = await strapi.plugin('instruction').service('demo').seed();
    const dispositif = await strapi.db.connection('instruction_dispositifs').where({ id: dispositifId }).first();
    const version = await strapi.plugin('formulaires').service('versions').versionCourante(dispositif.modele_code);
    return { dispositifId, modeleVersionId: Number(version.id) };
  } finally {
    await strapi.destroy();
    process.env = avant;
  }
}
