/**
 * Benchmark (issue 3): validating a 200-field dossier with the model's validation (types, conditions, calculations,
 * French messages) against a plain zod schema of the same fields and rules, measured in the same run.
 *
 *   npm run bench -- validation        (or: node -r esbuild-register bench/validation-200-champs.bench.ts)
 *   BENCH_PETIT=1 …                    smoke run (a few iterations), used by the test suite so the bench never rots
 */
import { isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { validerDonnees, validerModele, type Champ, type Modele } from '../extensions/formulaires/domain';
import { comparer, enregistrer } from './lib/mesure';

const NOMBRE_CHAMPS = 200;
const AUJOURDHUI = '2026-11-27';
const OPTIONS = ['a', 'b', 'c', 'd'].map((valeur) => ({ valeur, libelle: valeur.toUpperCase() }));

/** The field of rank i: a realistic mix of types, one in ten shown under a condition, a few calculations. */
function champ(i: number): Champ {
  const code = `c${i}`;
  const base = { code, libelle: `Champ ${i}`, requis: i % 3 === 0 };
  const condition = i % 10 === 9 ? { condition: `c${i - 9} != ''` } : {};
  switch (i % 12) {
    case 0:
    case 1:
    case 2:
      return { ...base, ...condition, type: 'texte', longueurMax: 200 };
    case 3:
      return { ...base, ...condition, type: 'nombre', min: 0, max: 1000 };
    case 4:
    case 5:
      return { ...base, ...condition, type: 'montant', min: -1000, max: 100000 };
    case 6:
      return { ...base, ...condition, type: 'date', min: '1900-01-01', max: '2030-12-31' };
    case 7:
      return { ...base, ...condition, type: 'liste', options: OPTIONS };
    case 8:
      return { ...base, ...condition, type: 'email' };
    case 9:
      return { ...base, ...condition, type: 'siret' };
    case 10:
      return { ...base, ...condition, type: 'iban', etranger: true };
    default:
      return { ...base, ...condition, type: 'case_a_cocher' };
  }
}

function valeur(c: Champ): unknown {
  switch (c.type) {
    case 'texte':
      return `Réponse au ${c.libelle}`;
    case 'nombre':
      return 42;
    case 'montant':
      return 1234.5;
    case 'date':
      return '1984-12-01';
    case 'liste':
      return 'b';
    case 'email':
      return 'jean.dupont@example.fr';
    case 'siret':
      return '73282932000074';
    case 'iban':
      return 'FR7630006000011234567890189';
    default:
      return true;
  }
}

function construire(): { modele: Modele; donnees: Record<string, unknown>; reference: z.ZodType } {
  const champs = Array.from({ length: NOMBRE_CHAMPS - 5 }, (_, i) => champ(i));
  // Five calculations over amounts and numbers, as a budget section would have.
  for (let k = 0; k < 5; k++) {
    champs.push({
      code: `total${k}`,
      type: 'calcul',
      libelle: `Total ${k}`,
      requis: false,
      formule: `c${4 + 12 * k} + c${5 + 12 * k} * 2`,
      decimales: 2,
    });
  }
  const lignes = champs.map((c) => ({ champs: [c.code] }));
  const modele: Modele = {
    champs,
    vues: {
      usager: { onglets: [{ code: 'o', titre: 'Onglet', sections: [{ code: 's', titre: 'Section', lignes }] }] },
    },
  };
  const verdict = validerModele(modele);
  if (!verdict.ok) throw new Error(verdict.error.join('\n'));
  const donnees = Object.fromEntries(champs.filter((c) => c.type !== 'calcul').map((c) => [c.code, valeur(c)]));
  return { modele: verdict.value, donnees, reference: schemaZod(champs) };
}

/** The baseline: the same fields and rules as a plain zod object (no conditions, no calculations, default messages). */
function schemaZod(champs: Champ[]): z.ZodType {
  const forme: Record<string, z.ZodType> = {};
  for (const c of champs) {
    const type = ((): z.ZodType | null => {
      switch (c.type) {
        case 'texte':
          return z.string().trim().max(200);
        case 'nombre':
          return z.number().int().min(0).max(1000);
        case 'montant':
          return z.number().min(-1000).max(100000);
        case 'date':
          return z.iso.date().refine((d) => d >= '1900-01-01' && d <= '2030-12-31');
        case 'liste':
          return z.enum(['a', 'b', 'c', 'd']);
        case 'email':
          return z.email();
        case 'siret':
          return z
            .string()
            .regex(/^\d{14}$/)
            .refine(luhn);
        case 'iban':
          return z.string().refine((v) => isValidIBAN(v));
        case 'case_a_cocher':
          return z.boolean();
        default:
          return null;
      }
    })();
    if (type !== null) forme[c.code] = c.requis ? type : type.optional();
  }
  return z.strictObject(forme);
}

function luhn(chiffres: string): boolean {
  let somme = 0;
  for (let i = 0; i < chiffres.length; i++) {
    let n = Number(chiffres[chiffres.length - 1 - i]);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    somme += n;
  }
  return somme % 10 === 0;
}

export function executer(petit = process.env.BENCH_PETIT === '1') {
  const { modele, donnees, reference } = construire();
  const nous = () => {
    const r = validerDonnees(modele, donnees, { mode: 'depot', aujourdhui: AUJOURDHUI });
    if (!r.valide) throw new Error(JSON.stringify(r.erreurs.slice(0, 3)));
  };
  const base = () => {
    reference.parse(donnees);
  };
  const options = petit
    ? { iterations: 3, executions: 5, echauffement: 2 }
    : { iterations: 300, executions: 7, echauffement: 300 };
  const { nous: a, reference: b } = comparer(nous, base, options);
  return {
    id: 'validation-200-champs',
    what: 'Valider un dossier de 200 champs (types, 20 conditions, 5 calculs, messages français) — durée par dossier',
    baseline: 'schéma zod simple des mêmes champs et règles (sans conditions ni calculs)',
    ratio: Math.round((a.medianeUs / b.medianeUs) * 100) / 100,
    ratioSens: 'plus_bas_meilleur' as const,
    goal: '≤ 3 (la validation complète reste du même ordre qu’un schéma zod nu)',
    unit: 'µs/dossier',
    medians: { nous: a.medianeUs, baseline: b.medianeUs },
    dataSize: `${NOMBRE_CHAMPS} champs, ${options.executions} exécutions × ${options.iterations} validations`,
    date: new Date().toISOString().slice(0, 10),
    command: 'npm run bench -- validation',
  };
}

if (require.main === module) {
  const resultat = executer();
  if (process.env.BENCH_PETIT !== '1') enregistrer(resultat, __dirname);
  console.log(JSON.stringify(resultat, null, 2));
}
