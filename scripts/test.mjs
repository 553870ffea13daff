#!/usr/bin/env node
/**
 * `npm test`: every workspace's jest suite, in order, then the end-to-end path in Chromium.
 * Without DATABASE_URL / REDIS_URL the CMS suites run on SQLite and the in-process job runner; with them (or
 * REQUIRE_SERVICES=1) the CMS suites run on SQLite AND on Postgres + Redis, and a missing service fails.
 * Prints one closing line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const racine = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const exiger = process.env.REQUIRE_SERVICES === '1';
const base = process.env.DATABASE_URL || (exiger ? 'postgres://postgres@127.0.0.1:5432/postgres' : '');
const redis = process.env.REDIS_URL || (exiger ? 'redis://127.0.0.1:6379' : '');
const filtre = process.argv.slice(2);

const suites = [
  { nom: 'formulaires', config: 'extensions/formulaires/jest.config.cjs' },
  { nom: 'instruction', config: 'extensions/instruction/jest.config.cjs' },
  { nom: 'editique', config: 'extensions/editique/jest.config.cjs' },
  { nom: 'oidc-dev', config: 'tools/oidc-dev/jest.config.cjs' },
  { nom: 'smtp-catcher', config: 'tools/smtp-catcher/jest.config.cjs' },
  { nom: 'portal', config: 'portal/jest.config.cjs' },
  { nom: 'bench', config: 'bench/jest.config.cjs' },
  {
    nom: 'cms-sqlite',
    config: 'cms/jest.config.js',
    env: { DATABASE_URL: '', REDIS_URL: '', TEST_BASE: 'sqlite', TEST_REDIS: 'aucun' },
    // Fault tests that need a second process on Postgres + Redis, and the outbox batch test (dossiers seeded with
    // Postgres SQL), run in the suite below only: nothing is skipped in silence.
    ignorer: 'fautes-(worker|strapi|redis)|actions-lot',
  },
  ...(base || redis
    ? [
        {
          nom: 'cms-postgres-redis',
          config: 'cms/jest.config.js',
          env: { DATABASE_URL: base, REDIS_URL: redis, SKIP_COMPILE: 'true' },
          // It starts a Postgres server of its own whatever the suite's database: once (above) is enough.
          ignorer: 'fautes-postgres',
        },
      ]
    : []),
  { nom: 'e2e', config: 'e2e/jest.config.cjs', env: { DATABASE_URL: base, REDIS_URL: redis } },
].filter((s) => filtre.length === 0 || filtre.includes(s.nom));

const dossierResultats = path.join(racine, 'var', 'test-results');
rmSync(dossierResultats, { recursive: true, force: true });
mkdirSync(dossierResultats, { recursive: true });

let reussis = 0;
let echoues = 0;
const bilan = [];
for (const suite of suites) {
  const sortie = path.join(dossierResultats, `${suite.nom}.json`);
  console.log(`\n▶ ${suite.nom}`);
  const env = { ...process.env, ...suite.env };
  for (const [cle, valeur] of Object.entries(suite.env ?? {})) if (valeur === '') delete env[cle];
  // On the command line the patterns replace the config's: node_modules is repeated here.
  const ignorer = suite.ignorer ? ['--testPathIgnorePatterns', '/node_modules/', suite.ignorer] : [];
  const r = spawnSync('npx', ['jest', '-c', suite.config, '--json', `--outputFile=${sortie}`, ...ignorer], {
    cwd: racine,
    env,
    stdio: 'inherit',
  });
  let resultat = { numPassedTests: 0, numFailedTests: 0, numTotalTestSuites: 0, numFailedTestSuites: 0 };
  try {
    resultat = JSON.parse(readFileSync(sortie, 'utf8'));
  } catch {
    resultat.numFailedTestSuites = 1;
  }
  // A suite that crashed before reporting, or exited non-zero, counts as a failure even with no failed test.
  const enEchec = r.status !== 0 || resultat.numFailedTestSuites > 0;
  reussis += resultat.numPassedTests;
  echoues += resultat.numFailedTests + (enEchec && resultat.numFailedTests === 0 ? 1 : 0);
  bilan.push(
    `${enEchec ? '✗' : '✓'} ${suite.nom}: ${resultat.numPassedTests} réussis, ${resultat.numFailedTests} échoués`,
  );
}

console.log(`\n${bilan.join('\n')}`);
console.log(`${reussis} passed, ${echoues} failed`);
process.exit(echoues > 0 ? 1 : 0);
