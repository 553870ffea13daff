export default ({ env }: { env: StrapiEnv }) => ({
  'users-permissions': {
    config: {
      jwt: { expiresIn: env('USAGER_JWT_DUREE', '8h') },
      // Citizens never register or sign in with a password here: the portal exchanges their OIDC token.
      register: { allowedFields: [] },
    },
  },
  formulaires: { enabled: true, resolve: '../extensions/formulaires' },
  instruction: { enabled: true, resolve: '../extensions/instruction' },
  editique: { enabled: true, resolve: '../extensions/editique' },
  usagers: { enabled: true, resolve: '../extensions/usagers' },
});

interface StrapiEnv {
  (key: string, fallback?: string): string;
}
