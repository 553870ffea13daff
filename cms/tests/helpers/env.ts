// Secrets for the test instance only: Strapi refuses to boot without them.
process.env.APP_KEYS ??= 'test-cle-1,test-cle-2';
process.env.API_TOKEN_SALT ??= 'test-sel-api';
process.env.ADMIN_JWT_SECRET ??= 'test-secret-admin';
process.env.TRANSFER_TOKEN_SALT ??= 'test-sel-transfert';
process.env.ENCRYPTION_KEY ??= 'test-cle-chiffrement-32-octets!!';
process.env.JWT_SECRET ??= 'test-secret-jwt';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.STRAPI_STARTUP_BANNER = 'false';
process.env.LOG_LEVEL ??= 'warn';
// No address service unless a test starts its stub: no test may reach the internet.
process.env.API_ADRESSE_URL ??= '';
process.env.NODE_ENV = 'test';
