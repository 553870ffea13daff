/**
 * The functions of the language. They are total: given a value they cannot use (age('abc'), nombre('x')) they
 * return nul rather than fail, so that one odd answer in a dossier empties a calculation instead of breaking a page.
 * Names are looked up in a Map, never on an object, so `constructor(…)` is just an unknown function.
 */
import { egal } from './comparaisons';
import { ageRevolu, joursEntre, lireDate } from './dates';
import { valeurDeVariable, type EnvironnementExpression } from './environnement';
import { arrondirDecimal, enNombre, enTexte, estVide, sansArtefact, type ValeurExpression } from './valeurs';

type Application = (args: readonly ValeurExpression[], env: EnvironnementExpression) => ValeurExpression;

interface Signature {
  /** How the builder's help shows it: "arrondi(x, decimales)". */
  readonly signature: string;
  readonly min: number;
  readonly max: number;
}
/** `si` is evaluated by the evaluator itself: only the chosen branch may run. */
export type DefinitionFonction = Signature &
  ({ readonly nature: 'conditionnelle' } | { readonly nature: 'stricte'; readonly appliquer: Application });

const SANS_LIMITE = Number.POSITIVE_INFINITY;

/** A number, or null for anything that does not convert (nul counts as 0, as in arithmetic). */
function nombreOuNul(valeur: ValeurExpression | undefined): number | null {
  return valeur === undefined ? null : enNombre(valeur);
}

function surNombre(operation: (nombre: number) => number): Application {
  return ([x]) => {
    const nombre = nombreOuNul(x);
    if (nombre === null) return null;
    const resultat = operation(nombre);
    return resultat === 0 ? 0 : resultat;
  };
}

/** Arguments and the elements of list arguments, one level deep: `max(tableau.montant, plafond)`. */
function aplatir(args: readonly ValeurExpression[]): ValeurExpression[] {
  return args.flatMap((valeur) => (Array.isArray(valeur) ? valeur : [valeur]));
}

/**
 * The numbers of the filled-in values, or null when one value is not a number at all. Unfilled values (nul, "")
 * are skipped: an empty cell must not drag a minimum or an average down to 0.
 */
function nombresRenseignes(args: readonly ValeurExpression[]): number[] | null {
  const nombres: number[] = [];
  for (const valeur of aplatir(args)) {
    if (valeur === null || valeur === '') continue;
    const nombre = enNombre(valeur);
    if (nombre === null) return null;
    nombres.push(nombre);
  }
  return nombres;
}

function extremum(choisir: (a: number, b: number) => number): Application {
  return (args) => {
    const nombres = nombresRenseignes(args);
    if (nombres === null || nombres.length === 0) return null;
    return nombres.reduce(choisir);
  };
}

function somme(args: readonly ValeurExpression[]): number | null {
  let total = 0;
  for (const valeur of aplatir(args)) {
    const nombre = enNombre(valeur);
    if (nombre === null) return null;
    total += nombre;
  }
  return sansArtefact(total);
}

function arrondi([x, decimales = 0]: readonly ValeurExpression[]): ValeurExpression {
  const nombre = nombreOuNul(x);
  const chiffres = nombreOuNul(decimales);
  if (nombre === null || chiffres === null) return null;
  // Beyond 15 significant digits a double has nothing left to round.
  const borne = Math.max(-15, Math.min(15, Math.trunc(chiffres)));
  return arrondirDecimal(nombre, borne);
}

function longueur([x]: readonly ValeurExpression[]): ValeurExpression {
  if (x === null || x === undefined) return 0;
  // Code points, so that "é" typed as two UTF-16 units or an emoji count as one character.
  if (typeof x === 'string') return Array.from(x).length;
  if (Array.isArray(x)) return x.length;
  return null;
}

function contient([contenant, cherche = null]: readonly ValeurExpression[]): boolean {
  if (Array.isArray(contenant)) return egal(contenant, cherche);
  if (typeof contenant === 'string' && cherche !== null) return contenant.includes(enTexte(cherche));
  return false;
}

function age([naissance, aLaDate]: readonly ValeurExpression[], env: EnvironnementExpression): ValeurExpression {
  const debut = lireDate(naissance ?? null);
  const fin = lireDate(aLaDate === undefined ? (valeurDeVariable(env, 'aujourdhui') ?? null) : aLaDate);
  if (debut === null || fin === null) return null;
  return ageRevolu(debut, fin);
}

function ecartEnJours([debut, fin]: readonly ValeurExpression[]): ValeurExpression {
  const d1 = lireDate(debut ?? null);
  const d2 = lireDate(fin ?? null);
  return d1 === null || d2 === null ? null : joursEntre(d1, d2);
}

function nombre([x]: readonly ValeurExpression[]): ValeurExpression {
  return nombreOuNul(x);
}

function stricte(signature: string, min: number, max: number, appliquer: Application): DefinitionFonction {
  return { nature: 'stricte', signature, min, max, appliquer };
}

const DEFINITIONS: ReadonlyMap<string, DefinitionFonction> = new Map<string, DefinitionFonction>([
  ['si', { nature: 'conditionnelle', signature: 'si(condition, alors, sinon)', min: 2, max: 3 }],
  ['arrondi', stricte('arrondi(x, decimales)', 1, 2, arrondi)],
  ['plancher', stricte('plancher(x)', 1, 1, surNombre(Math.floor))],
  ['plafond', stricte('plafond(x)', 1, 1, surNombre(Math.ceil))],
  ['abs', stricte('abs(x)', 1, 1, surNombre(Math.abs))],
  [
    'min',
    stricte(
      'min(x, y, …)',
      1,
      SANS_LIMITE,
      extremum((a, b) => Math.min(a, b)),
    ),
  ],
  [
    'max',
    stricte(
      'max(x, y, …)',
      1,
      SANS_LIMITE,
      extremum((a, b) => Math.max(a, b)),
    ),
  ],
  ['somme', stricte('somme(liste ou x, y, …)', 1, SANS_LIMITE, somme)],
  [
    'moyenne',
    stricte('moyenne(liste ou x, y, …)', 1, SANS_LIMITE, (args) => {
      const nombres = nombresRenseignes(args);
      if (nombres === null || nombres.length === 0) return null;
      return sansArtefact(nombres.reduce((total, n) => total + n, 0) / nombres.length);
    }),
  ],
  ['nombre', stricte('nombre(x)', 1, 1, nombre)],
  ['texte', stricte('texte(x)', 1, 1, ([x]) => enTexte(x ?? null))],
  ['longueur', stricte('longueur(x)', 1, 1, longueur)],
  ['vide', stricte('vide(x)', 1, 1, ([x]) => estVide(x ?? null))],
  ['contient', stricte('contient(liste ou texte, valeur)', 2, 2, contient)],
  ['concatener', stricte('concatener(x, y, …)', 1, SANS_LIMITE, (args) => args.map(enTexte).join(''))],
  ['age', stricte('age(date, a_la_date)', 1, 2, age)],
  ['annee', stricte('annee(date)', 1, 1, ([date]) => lireDate(date ?? null)?.annee ?? null)],
  ['jours_entre', stricte('jours_entre(debut, fin)', 2, 2, ecartEnJours)],
]);

/** Names of the functions, in alphabetical order, for the model builder's help. */
export const FONCTIONS_EXPRESSION: readonly string[] = [...DEFINITIONS.keys()].sort();

/** The definition of a function, whatever the case it was written in; undefined when there is none. */
export function definitionFonction(nom: string): DefinitionFonction | undefined {
  return DEFINITIONS.get(nom.toLowerCase());
}

/** "1 argument", "1 ou 2 arguments", "au moins 1 argument": what an ARITE message says is expected. */
export function aritesAttendues({ min, max }: DefinitionFonction): string {
  const arguments_ = (n: number): string => (n > 1 ? 'arguments' : 'argument');
  if (max === SANS_LIMITE) return `au moins ${min} ${arguments_(min)}`;
  if (min === max) return `${min} ${arguments_(min)}`;
  return `${min} ou ${max} ${arguments_(max)}`;
}
