/**
 * Page tests of the built portal (dist/server/entry.mjs) in Chromium, against stub-cms (the contract's responses), a
 * stub of API Adresse and the real local OIDC server (tools/oidc-dev). No test-only path in the portal: the citizen
 * signs in through the IdP's login form like anyone else. Every page rendered here must have 0 axe violations. The
 * tests live in pages/*.ts and run here, in this order, against one build and one browser.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { lancerChromium } from '../../e2e/support/navigateur';
import { espaceCompte } from './pages/compte';
import { piecesDemandees } from './pages/demandes';
import { env } from './pages/env';
import { limiteDeDebit } from './pages/limite';
import { messagesDuDossier } from './pages/messages';
import { parcoursPermis } from './pages/permis';
import { depotPourUnProfil } from './pages/profils';
import { pagesPubliques } from './pages/publiques';
import { formulaireRiche } from './pages/riche';
import { demarrer, portLibre, type Processus } from './support/processus';
import { demarrerStubAdresse } from './support/stub-adresse';
import { demarrerStubCms } from './support/stub-cms';

jest.setTimeout(120_000);

const PORTAIL_DIR = path.resolve(__dirname, '..');
const RACINE = path.resolve(PORTAIL_DIR, '..');
const CLI_OIDC = path.join(RACINE, 'tools/oidc-dev/src/cli.ts');
const SECRET_CLIENT = 'secret-client-de-test';

let oidc: Processus | undefined;
let portail: Processus | undefined;

beforeAll(async () => {
  // Build once for this file (a few seconds): the test always runs the code under review.
  execFileSync(process.execPath, [path.join(RACINE, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PORTAIL_DIR,
    // jest sets NODE_ENV=test, which would make a development build.
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  env.stub = await demarrerStubCms();
  env.adresse = await demarrerStubAdresse();
  const [portPortail, portOidc] = [await portLibre(), await portLibre()];
  env.base = `http://localhost:${portPortail}`;
  oidc = await demarrer([CLI_OIDC], {
    cwd: RACINE,
    env: { ...process.env, OIDC_PORT: String(portOidc), PORTAL_URL: env.base, OIDC_CLIENT_SECRET: SECRET_CLIENT },
    pret: /émetteur/,
  });
  portail = await demarrer(['dist/server/entry.mjs'], {
    cwd: PORTAIL_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(portPortail),
      CMS_URL: env.stub.url,
      PUBLIC_URL: env.base,
      OIDC_ISSUER: `http://localhost:${portOidc}/realms/guichet`,
      OIDC_CLIENT_ID: 'portail',
      OIDC_CLIENT_SECRET: SECRET_CLIENT,
      SESSION_SECRET: 'secret-de-session-pour-les-tests-0123456789',
      ORGANISATION_NOM: 'Département de démonstration',
      API_ADRESSE_URL: env.adresse.url,
      API_ADRESSE_TIMEOUT_MS: '1000',
      // Every page test posts from the same address within about a minute: twice the budgets (depot: 60 a minute)
      // so that adding tests does not make a fast run hit 429; pages/limite.ts still checks the limit itself.
      RATE_LIMIT_MULTIPLIER: '2',
    },
    pret: /listening/i,
  });
  env.navigateur = await lancerChromium();
  env.contexte = await env.navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  env.page = await env.contexte.newPage();
});

afterAll(async () => {
  // PORTAIL_JOURNAL=1 prints what the portal logged (stack traces of 500s).
  if (process.env.PORTAIL_JOURNAL) console.log(portail?.sortie());
  await env.navigateur?.close();
  await portail?.arreter();
  await oidc?.arreter();
  await env.stub?.fermer();
  await env.adresse?.fermer();
});

pagesPubliques();
parcoursPermis();
piecesDemandees();
messagesDuDossier();
espaceCompte();
formulaireRiche();
depotPourUnProfil();
limiteDeDebit();
