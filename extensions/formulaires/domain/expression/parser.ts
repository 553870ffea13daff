/**
 * Parses the expression language of display conditions and calculations (README.md tells administrators the same in
 * French). Grammar, from the loosest operator to the tightest; keywords are case-insensitive:
 *
 *   expression    := ou
 *   ou            := et (("ou" | "||") et)*
 *   et            := negation (("et" | "&&") negation)*
 *   negation      := ("non" | "!") negation | comparaison
 *   comparaison   := additif [("=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">=" | "dans") additif]
 *   additif       := multiplicatif (("+" | "-") multiplicatif)*
 *   multiplicatif := unaire (("*" | "/" | "%") unaire)*
 *   unaire        := "-" unaire | postfixe
 *   postfixe      := primaire ("." propriete)*
 *   primaire      := nombre | texte | "vrai" | "faux" | "nul" | "[" [expression ("," expression)*] "]"
 *                  | "(" expression ")" | fonction "(" [expression ("," expression)*] ")" | champ | "@" variable
 *
 *   nombre 12 or 3.5 (no exponent; `-3.5` is unary minus) · texte 'a' or "a", `\` escapes the next character
 *   champ, fonction, propriete: [A-Za-z_][A-Za-z0-9_]*, reserved words excepted (MOTS_RESERVES)
 *
 * Binary operators associate to the left (10 - 3 - 2 = 5). Comparisons do not chain: `1 < x < 3` is refused with a
 * hint, because reading it as `(1 < x) < 3` would silently compare a boolean. `non` binds looser than comparisons,
 * so `non a = 'x'` reads `non (a = 'x')`, as an administrator means it.
 *
 * Unknown functions, wrong argument counts and unknown @variables are reported here, when the model is saved, rather
 * than when a citizen fills the form. Nesting is bounded (limites.ts) so recursion never approaches the JS stack.
 */
import { err, ok, type Result } from '../result';
import type { Expression, OperateurArithmetique, OperateurComparaison } from './ast';
import { VARIABLES_CONNUES } from './environnement';
import { aritesAttendues, definitionFonction, FONCTIONS_EXPRESSION } from './fonctions';
import { decouperEnJetons, EQUIVALENTS_FRANCAIS, MOTS_RESERVES, type Jeton } from './lexer';
import { imbricationExcessive, LONGUEUR_MAX, PROFONDEUR_MAX } from './limites';
import { erreurs, type ErreurExpression } from './messages';
import type { ValeurExpression } from './valeurs';

/** Thrown only inside this module and caught by analyserExpression: it unwinds the recursive descent in one step. */
class EchecAnalyse {
  constructor(readonly erreur: ErreurExpression) {}
}

const COMPARAISONS: ReadonlyMap<string, OperateurComparaison> = new Map<string, OperateurComparaison>([
  ['=', '='],
  ['==', '='],
  ['!=', '!='],
  ['<>', '!='],
  ['<', '<'],
  ['<=', '<='],
  ['>', '>'],
  ['>=', '>='],
]);
const ADDITIFS: ReadonlyMap<string, OperateurArithmetique> = new Map<string, OperateurArithmetique>([
  ['+', '+'],
  ['-', '-'],
]);
const MULTIPLICATIFS: ReadonlyMap<string, OperateurArithmetique> = new Map<string, OperateurArithmetique>([
  ['*', '*'],
  ['/', '/'],
  ['%', '%'],
]);

/** The keyword a token spells (lower case), or null when it is not a bare word. */
function motCle(jeton: Jeton): string | null {
  return jeton.genre === 'identifiant' ? jeton.valeur.toLowerCase() : null;
}

function estSymbole(jeton: Jeton, symbole: string): boolean {
  return jeton.genre === 'symbole' && jeton.valeur === symbole;
}

function operateurDe<T>(jeton: Jeton, table: ReadonlyMap<string, T>): T | undefined {
  return jeton.genre === 'symbole' ? table.get(jeton.valeur) : undefined;
}

class Analyseur {
  private index = 0;
  private profondeur = 0;

  constructor(private readonly jetons: readonly Jeton[]) {}

  analyser(): Expression {
    const expression = this.ou();
    const suivant = this.courant();
    if (suivant.genre === 'fin') return expression;
    if (estSymbole(suivant, ')')) throw new EchecAnalyse(erreurs.parentheseInattendue(suivant.position));
    throw new EchecAnalyse(this.erreurEnchainement(suivant));
  }

  private courant(): Jeton {
    // The lexer always ends the list with a `fin` token, which is never consumed.
    return this.jetons[this.index] ?? this.jetons[this.jetons.length - 1] ?? { genre: 'fin', texte: '', position: 0 };
  }

  private avancer(): Jeton {
    const jeton = this.courant();
    if (jeton.genre !== 'fin') this.index += 1;
    return jeton;
  }

  private entrer(position: number): void {
    this.profondeur += 1;
    if (this.profondeur > PROFONDEUR_MAX) throw new EchecAnalyse(erreurs.tropProfonde(PROFONDEUR_MAX, position));
  }

  private sortir(): void {
    this.profondeur -= 1;
  }

  /** What to say when a value is followed by something that cannot follow it: `a and b` deserves a hint. */
  private erreurEnchainement(jeton: Jeton): ErreurExpression {
    const mot = motCle(jeton);
    const francais = mot === null ? undefined : EQUIVALENTS_FRANCAIS.get(mot);
    if (mot !== null && francais !== undefined) return erreurs.motAnglais(mot, francais, jeton.position);
    return erreurs.operateurAttendu(jeton.texte, jeton.position);
  }

  private fermer(symbole: ')' | ']', erreur: (position: number) => ErreurExpression): void {
    const jeton = this.courant();
    if (estSymbole(jeton, symbole)) {
      this.avancer();
      return;
    }
    const mot = motCle(jeton);
    throw new EchecAnalyse(
      mot !== null && EQUIVALENTS_FRANCAIS.has(mot) ? this.erreurEnchainement(jeton) : erreur(jeton.position),
    );
  }

  private ou(): Expression {
    let gauche = this.et();
    for (let jeton = this.courant(); estSymbole(jeton, '||') || motCle(jeton) === 'ou'; jeton = this.courant()) {
      this.avancer();
      gauche = { type: 'logique', operateur: 'ou', gauche, droite: this.et(), position: jeton.position };
    }
    return gauche;
  }

  private et(): Expression {
    let gauche = this.negation();
    for (let jeton = this.courant(); estSymbole(jeton, '&&') || motCle(jeton) === 'et'; jeton = this.courant()) {
      this.avancer();
      gauche = { type: 'logique', operateur: 'et', gauche, droite: this.negation(), position: jeton.position };
    }
    return gauche;
  }

  private negation(): Expression {
    const jeton = this.courant();
    if (!estSymbole(jeton, '!') && motCle(jeton) !== 'non') return this.comparaison();
    this.avancer();
    this.entrer(jeton.position);
    const operande = this.negation();
    this.sortir();
    return { type: 'non', operande, position: jeton.position };
  }

  private operateurComparaison(jeton: Jeton): OperateurComparaison | undefined {
    return motCle(jeton) === 'dans' ? 'dans' : operateurDe(jeton, COMPARAISONS);
  }

  private comparaison(): Expression {
    const gauche = this.additif();
    const jeton = this.courant();
    const operateur = this.operateurComparaison(jeton);
    if (operateur === undefined) return gauche;
    this.avancer();
    const droite = this.additif();
    const suivant = this.courant();
    if (this.operateurComparaison(suivant) !== undefined) {
      throw new EchecAnalyse(erreurs.comparaisonsEnchainees(suivant.position));
    }
    return { type: 'comparaison', operateur, gauche, droite, position: jeton.position };
  }

  private additif(): Expression {
    return this.associerAGauche(ADDITIFS, () => this.multiplicatif());
  }

  private multiplicatif(): Expression {
    return this.associerAGauche(MULTIPLICATIFS, () => this.unaire());
  }

  /** A chain of arithmetic operators of one precedence level, read from left to right: 10 - 3 - 2 = 5. */
  private associerAGauche(table: ReadonlyMap<string, OperateurArithmetique>, operande: () => Expression): Expression {
    let gauche = operande();
    for (;;) {
      const jeton = this.courant();
      const operateur = operateurDe(jeton, table);
      if (operateur === undefined) return gauche;
      this.avancer();
      gauche = { type: 'arithmetique', operateur, gauche, droite: operande(), position: jeton.position };
    }
  }

  private unaire(): Expression {
    const jeton = this.courant();
    if (!estSymbole(jeton, '-')) return this.postfixe();
    this.avancer();
    this.entrer(jeton.position);
    const operande = this.unaire();
    this.sortir();
    // `-3.5` is a literal for whoever reads the tree (and costs nothing to evaluate).
    if (operande.type === 'litteral' && typeof operande.valeur === 'number') {
      return { type: 'litteral', valeur: operande.valeur === 0 ? 0 : -operande.valeur, position: jeton.position };
    }
    return { type: 'oppose', operande, position: jeton.position };
  }

  private postfixe(): Expression {
    let objet = this.primaire();
    for (let point = this.courant(); estSymbole(point, '.'); point = this.courant()) {
      this.avancer();
      const propriete = this.avancer();
      if (propriete.genre !== 'identifiant') throw new EchecAnalyse(erreurs.proprieteAttendue(propriete.position));
      objet = { type: 'membre', objet, propriete: propriete.valeur, position: point.position };
    }
    return objet;
  }

  /** Comma-separated expressions up to the closing symbol, for lists and function arguments. */
  private elements(fermant: ')' | ']', erreur: (position: number) => ErreurExpression): Expression[] {
    const elements: Expression[] = [];
    if (!estSymbole(this.courant(), fermant)) {
      elements.push(this.ou());
      while (estSymbole(this.courant(), ',')) {
        this.avancer();
        elements.push(this.ou());
      }
    }
    this.fermer(fermant, erreur);
    return elements;
  }

  private primaire(): Expression {
    const jeton = this.avancer();
    const position = jeton.position;
    switch (jeton.genre) {
      case 'nombre':
      case 'texte':
        return { type: 'litteral', valeur: jeton.valeur, position };
      case 'variable':
        if (!VARIABLES_CONNUES.includes(jeton.valeur)) {
          throw new EchecAnalyse(erreurs.variableInconnue(jeton.valeur, VARIABLES_CONNUES, position));
        }
        return { type: 'variable', nom: jeton.valeur, position };
      case 'identifiant':
        return this.mot(jeton.valeur, position);
      case 'symbole':
        if (jeton.valeur === '(') {
          this.entrer(position);
          const expression = this.ou();
          this.fermer(')', erreurs.parentheseFermanteAttendue);
          this.sortir();
          return expression;
        }
        if (jeton.valeur === '[') return this.liste(position);
        throw new EchecAnalyse(erreurs.valeurAttendue(jeton.texte, position));
      case 'fin':
        throw new EchecAnalyse(erreurs.valeurAttendue('', position));
    }
  }

  private liste(position: number): Expression {
    this.entrer(position);
    const elements = this.elements(']', erreurs.crochetFermantAttendu);
    this.sortir();
    const valeurs: ValeurExpression[] = [];
    for (const element of elements) {
      if (element.type !== 'litteral') return { type: 'liste', elements, position };
      valeurs.push(element.valeur);
    }
    // A list of literals is built once here, and frozen because every evaluation hands out the same array.
    Object.freeze(valeurs);
    return { type: 'litteral', valeur: valeurs, position };
  }

  /** A bare word: a literal, a function call, a reserved word misplaced, or a field code. */
  private mot(ecrit: string, position: number): Expression {
    const mot = ecrit.toLowerCase();
    if (mot === 'vrai' || mot === 'faux') return { type: 'litteral', valeur: mot === 'vrai', position };
    if (mot === 'nul') return { type: 'litteral', valeur: null, position };
    const parenthese = this.courant();
    const definition = definitionFonction(mot);
    if (definition !== undefined && estSymbole(parenthese, '(')) {
      this.avancer();
      this.entrer(parenthese.position);
      const args = this.elements(')', erreurs.parentheseFermanteAttendue);
      this.sortir();
      if (args.length < definition.min || args.length > definition.max) {
        throw new EchecAnalyse(erreurs.arite(definition.signature, aritesAttendues(definition), args.length, position));
      }
      return { type: 'appel', fonction: mot, arguments: args, position };
    }
    const francais = EQUIVALENTS_FRANCAIS.get(mot);
    if (francais !== undefined) throw new EchecAnalyse(erreurs.motAnglais(ecrit, francais, position));
    if (MOTS_RESERVES.includes(mot)) throw new EchecAnalyse(erreurs.motReserve(ecrit, position));
    if (estSymbole(parenthese, '(')) {
      throw new EchecAnalyse(erreurs.fonctionInconnue(ecrit, FONCTIONS_EXPRESSION, position));
    }
    // Any other word is a field code, even `constructor`: the environment answers, and unknown fields read nul.
    return { type: 'champ', code: ecrit, position };
  }
}

/** Parses a condition or a formula; the tree is meant to be cached by the caller (or see analyserExpressionMemo). */
export function analyserExpression(source: string): Result<Expression, ErreurExpression> {
  const tropProfond = imbricationExcessive(source);
  if (tropProfond !== null) return err(erreurs.tropProfonde(PROFONDEUR_MAX, tropProfond));
  if (source.length > LONGUEUR_MAX) return err(erreurs.tropLongue(source.length, LONGUEUR_MAX));
  if (source.trim() === '') return err(erreurs.vide());
  const jetons = decouperEnJetons(source);
  if (!jetons.ok) return jetons;
  try {
    return ok(new Analyseur(jetons.value).analyser());
  } catch (echec) {
    if (echec instanceof EchecAnalyse) return err(echec.erreur);
    throw echec;
  }
}
