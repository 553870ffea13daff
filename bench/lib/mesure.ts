/**
 * Shared measuring helpers: warm-up, then the median of several runs, each run timing many iterations so that the
 * timer's resolution does not matter. Ours and the baseline alternate run by run, so that machine noise (another
 * process, CPU frequency) hits both alike and their ratio stays meaningful.
 */
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

export interface Mesure {
  /** Median duration of one iteration, in microseconds. */
  medianeUs: number;
  executionsUs: number[];
}

export function comparer(
  nous: () => void,
  reference: () => void,
  options: { iterations: number; executions: number; echauffement: number },
): { nous: Mesure; reference: Mesure } {
  for (let i = 0; i < options.echauffement; i++) {
    nous();
    reference();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < options.executions; run++) {
    a.push(chronometrer(nous, options.iterations));
    b.push(chronometrer(reference, options.iterations));
  }
  return { nous: enMesure(a), reference: enMesure(b) };
}

/** The same for asynchronous work (HTTP calls, SQL queries): each iteration awaited before the next. */
export async function comparerAsync(
  nous: () => Promise<unknown>,
  reference: () => Promise<unknown>,
  options: { iterations: number; executions: number; echauffement: number },
): Promise<{ nous: Mesure; reference: Mesure }> {
  for (let i = 0; i < options.echauffement; i++) {
    await nous();
    await reference();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < options.executions; run++) {
    a.push(await chronometrerAsync(nous, options.iterations));
    b.push(await chronometrerAsync(reference, options.iterations));
  }
  return { nous: enMesure(a), reference: enMesure(b) };
}

async function chronometrerAsync(fn: () => Promise<unknown>, iterations: number): Promise<number> {
  const debut = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await fn();
  return Number(process.hrtime.bigint() - debut) / 1000 / iterations;
}

function chronometrer(fn: () => void, iterations: number): number {
  const debut = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - debut) / 1000 / iterations;
}

function enMesure(executions: number[]): Mesure {
  const tries = [...executions].sort((x, y) => x - y);
  const milieu = Math.floor(tries.length / 2);
  const mediane = tries.length % 2 === 1 ? tries[milieu]! : (tries[milieu - 1]! + tries[milieu]!) / 2;
  return { medianeUs: arrondi(mediane), executionsUs: executions.map(arrondi) };
}

const arrondi = (n: number) => Math.round(n * 100) / 100;

/** The machine's load (1-minute average) when a benchmark starts: to judge how noisy its medians are. */
export const chargeMachine = () => `charge de la machine au départ : ${loadavg()[0]!.toFixed(1)}`;

export interface ResultatBench {
  id: string;
  what: string;
  baseline: string;
  /** ours / baseline; `ratioSens` says whether lower or higher is better. */
  ratio: number;
  ratioSens: 'plus_bas_meilleur' | 'plus_haut_meilleur';
  goal: string;
  unit: string;
  medians: { nous: number; baseline: number };
  dataSize: string;
  /**
   * SQL statements per HTTP request (knex's `query` event), ours and the baseline's, where the benchmark calls an
   * endpoint; an average when it calls several (dataSize details them).
   */
  sqlParRequete?: { nous: number; baseline: number };
  date: string;
  command: string;
}

/** Merges one result into bench/results.json (by id) and rewrites bench/RESULTS.md as a table. */
export function enregistrer(resultat: ResultatBench, dossier: string): void {
  const chemin = join(dossier, 'results.json');
  const existants: ResultatBench[] = existsSync(chemin) ? JSON.parse(readFileSync(chemin, 'utf8')) : [];
  const tous = [...existants.filter((r) => r.id !== resultat.id), resultat].sort((x, y) => x.id.localeCompare(y.id));
  writeFileSync(chemin, `${JSON.stringify(tous, null, 2)}\n`);
  const lignes = tous.map(
    (r) =>
      `| ${r.id} | ${r.what} | ${r.baseline} | ${r.ratio} (${r.ratioSens === 'plus_bas_meilleur' ? 'plus bas = mieux' : 'plus haut = mieux'}) | ${r.goal} | ${r.medians.nous} / ${r.medians.baseline} ${r.unit} | ${r.sqlParRequete ? `${r.sqlParRequete.nous} / ${r.sqlParRequete.baseline}` : '—'} | ${r.dataSize} | ${r.date} | \`${r.command}\` |`,
  );
  writeFileSync(
    join(dossier, 'RESULTS.md'),
    [
      '# Résultats des benchmarks',
      '',
      'Généré par les benchmarks (`npm run bench`) : ne pas modifier à la main. Médianes sur au moins 5 exécutions après',
      'échauffement ; le rapport compare Guichet à une référence mesurée dans la même exécution, sur les mêmes données.',
      '',
      '| id | mesure | référence | rapport | objectif | médianes (nous / référence) | SQL par requête (nous / référence) | données | date | commande |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...lignes,
      '',
    ].join('\n'),
  );
}

/**
 * The command-line end of a benchmark (`npm run bench` runs each file in its own Node process): prints its result(s)
 * (ratio and data size), exits 0, or prints the error and exits 1 so that the run fails visibly.
 */
export function lancerEnLigneDeCommande(executer: () => Promise<ResultatBench | ResultatBench[]>): void {
  executer()
    .then((resultat) => {
      for (const r of Array.isArray(resultat) ? resultat : [resultat]) {
        console.log(
          `${r.id} : ${r.medians.nous} / ${r.medians.baseline} ${r.unit} → rapport ${r.ratio} (objectif ${r.goal})`,
        );
        console.log(r.dataSize);
      }
      process.exit(0);
    })
    .catch((erreur) => {
      console.error(erreur);
      process.exit(1);
    });
}
