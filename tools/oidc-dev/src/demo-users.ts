import type { OidcUser } from './server.ts';

/** Demo citizens for `npm run dev` and the tests. Fixed subjects so accounts linked by `sub` survive restarts. */
export const demoUsers: readonly OidcUser[] = [
  {
    sub: '8f1c2a4e-0b6d-4c1e-9a57-2f3b9d6e1a01',
    username: 'jean.dupont',
    password: 'guichet',
    email: 'jean.dupont@example.fr',
    given_name: 'Jean',
    family_name: 'Dupont',
    birthdate: '1985-03-01',
  },
  {
    sub: '3b7e9d20-5c4a-4f8e-b1d2-6a0c8e4f7b02',
    username: 'marie.curie',
    password: 'guichet',
    email: 'marie.curie@example.fr',
    given_name: 'Marie',
    family_name: 'Curie',
    birthdate: '1990-11-07',
  },
];
