export default ({ env }: { env: StrapiEnv }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('CMS_PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  // No outbound network at start-up: no update check (STRAPI_TELEMETRY_DISABLED covers telemetry).
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) },
    config: { level: env('LOG_LEVEL', 'info') },
  },
});

interface StrapiEnv {
  (key: string, fallback?: string): string;
  int(key: string, fallback?: number): number;
  bool(key: string, fallback?: boolean): boolean;
  array(key: string, fallback?: string[]): string[];
}
