import type { Core } from '@strapi/strapi';

/** Counts the SQL statements the database receives while `action` runs (knex's 'query' event). */
export async function compterRequetes(strapi: Core.Strapi, action: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const ecouter = () => {
    n += 1;
  };
  strapi.db.connection.on('query', ecouter);
  try {
    await action();
  } finally {
    strapi.db.connection.removeListener('query', ecouter);
  }
  return n;
}
