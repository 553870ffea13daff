import path from 'path';

/**
 * SQLite is the embedded default (`npm run dev` needs no server); DATABASE_URL (or DATABASE_CLIENT=postgres)
 * selects Postgres for production and CI.
 */
export default ({ env }: { env: StrapiEnv }) => {
  const url = env('DATABASE_URL', '');
  const client = url ? 'postgres' : env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: url
          ? { connectionString: url }
          : {
              host: env('DATABASE_HOST', '127.0.0.1'),
              port: env.int('DATABASE_PORT', 5432),
              database: env('DATABASE_NAME', 'guichet'),
              user: env('DATABASE_USERNAME', 'guichet'),
              password: env('DATABASE_PASSWORD', ''),
              schema: env('DATABASE_SCHEMA', 'public'),
            },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 10000),
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      // Joined to the app folder: the value must stay relative (see notes/stack-strapi.md §4).
      connection: {
        filename: path.join(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db') || '.tmp/data.db'),
      },
      useNullAsDefault: true,
    },
  };
};

interface StrapiEnv {
  (key: string, fallback?: string): string;
  int(key: string, fallback?: number): number;
  bool(key: string, fallback?: boolean): boolean;
  array(key: string, fallback?: string[]): string[];
}
