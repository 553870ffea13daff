export default ({ env }: { env: StrapiEnv }) => [
  'strapi::logger',
  'strapi::errors',
  // Database unreachable → 503 at once (src/middlewares/indisponibilite.ts).
  'global::indisponibilite',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: { origin: env.array('CORS_ORIGINS', ['http://localhost:4321', 'http://localhost:1337']) },
  },
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: '1mb',
      formLimit: '1mb',
      textLimit: '1mb',
      // Enforced by formidable while the upload streams to a temporary file: a larger file is cut off, never kept.
      formidable: { maxFileSize: env.int('PIECE_TAILLE_MAX', 10 * 1024 * 1024) },
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

interface StrapiEnv {
  (key: string, fallback?: string): string;
  int(key: string, fallback?: number): number;
  array(key: string, fallback?: string[]): string[];
}
