/**
 * Seed generator (issue 5): realistic volumes written directly in Postgres, in minutes.
 *
 *   node -r esbuild-register bench/seed/generer.ts [--dossiers 200000] [--nom guichet_seed] [--base postgres://…]
 *
 * Creates (or re-creates) the database `--nom` on the server of `--base` (default DATABASE_URL, else the local
 * Postgres), lets Strapi create the schema and the demo dispositif, then writes with INSERT … SELECT generate_series:
 * 20 dispositifs, 100 territoires, citizens with their individus and profils (two members each; a third of those
 * members' dossiers are filed for their profil), the dossiers with ~5 history entries,
 * ~5 pièces, ~3 messages (0 to 6, citizen and agent in turn, after the deposit, most of them read) and their journal.
 * The database is kept for the benchmarks; drop it with `--supprimer`.
 */
import { Client } from 'pg';
import { genererDonnees, TAILLE_PAR_DEFAUT, type Taille } from './donnees';
import { creerBase, preparerSchema } from './schema';

export async function semer(options: { base: string; nom: string; taille: Partial<Taille> }) {
  const taille: Taille = { ...TAILLE_PAR_DEFAUT, ...options.taille };
  if (!options.taille.usagers) taille.usagers = Math.max(10, Math.ceil(taille.dossiers / 4));
  const base = await creerBase(options.base, options.nom);
  const debut = Date.now();
  const schema = await preparerSchema(base.url);
  const schemaMs = Date.now() - debut;
  const db = new Client({ connectionString: base.url });
  await db.connect();
  try {
    const comptes = await genererDonnees(db, schema, taille);
    return { url: base.url, supprimer: base.supprimer, comptes, schemaMs, totalMs: Date.now() - debut };
  } finally {
    await db.end();
  }
}

function argument(nom: string): string | undefined {
  const i = process.argv.indexOf(`--${nom}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const base = argument('base') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const nom = argument('nom') ?? 'guichet_seed';
  const dossiers = Number(argument('dossiers') ?? TAILLE_PAR_DEFAUT.dossiers);
  semer({ base, nom, taille: { dossiers } })
    .then(async (r) => {
      console.log(`Base ${nom} : ${JSON.stringify(r.comptes)}`);
      console.log(`Schéma ${(r.schemaMs / 1000).toFixed(1)} s, total ${(r.totalMs / 1000).toFixed(1)} s`);
      if (process.argv.includes('--supprimer')) await r.supprimer();
      process.exit(0);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
