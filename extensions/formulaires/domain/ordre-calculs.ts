/**
 * Computed fields (calcul, âge) may read other computed fields: they are computed in dependency order. A cycle is a
 * modelling mistake reported when the model is saved; at run time its fields are simply left out.
 */
import { analyserExpressionMemo, referencesExpression } from './expression';
import type { ChampAge, ChampCalcul, Modele } from './modele';

type ChampCalcule = ChampCalcul | ChampAge;

const cache = new WeakMap<Modele, ChampCalcule[]>();

/** Computed fields, each after the computed fields it reads; fields caught in a cycle are left out. */
export function ordreDesCalculs(modele: Modele): ChampCalcule[] {
  const connu = cache.get(modele);
  if (connu !== undefined) return connu;
  const { ordre } = trierCalculs(modele);
  cache.set(modele, ordre);
  return ordre;
}

/** Dependency order, and the codes of fields in a cycle or reading one (they cannot be computed). */
export function trierCalculs(modele: Modele): { ordre: ChampCalcule[]; cycles: string[] } {
  const calcules = new Map<string, ChampCalcule>();
  for (const champ of modele.champs) {
    if (champ.type === 'calcul' || champ.type === 'age') calcules.set(champ.code, champ);
  }
  const ordre: ChampCalcule[] = [];
  const etat = new Map<string, 'en_cours' | 'fait'>();
  const cycles = new Set<string>();

  // Depth-first with an explicit stack: a long chain of formulas must not exhaust the JS stack.
  for (const depart of calcules.keys()) {
    const pile: { code: string; deps: string[] }[] = [];
    const entrer = (code: string): void => {
      etat.set(code, 'en_cours');
      pile.push({ code, deps: dependances(calcules.get(code)).filter((dep) => calcules.has(dep)) });
    };
    if (etat.has(depart)) continue;
    entrer(depart);
    while (pile.length > 0) {
      const sommet = pile[pile.length - 1]!;
      const suivante = sommet.deps.shift();
      if (suivante === undefined) {
        pile.pop();
        etat.set(sommet.code, 'fait');
        // A field reading a field of a cycle cannot be computed either.
        const parent = pile[pile.length - 1];
        if (parent !== undefined && cycles.has(sommet.code)) cycles.add(parent.code);
        if (!cycles.has(sommet.code)) ordre.push(calcules.get(sommet.code)!);
        continue;
      }
      const vu = etat.get(suivante);
      if (vu === 'en_cours') {
        // Everything on the stack from `suivante` up is part of the cycle.
        const debut = pile.findIndex((cadre) => cadre.code === suivante);
        for (const cadre of pile.slice(debut)) cycles.add(cadre.code);
      } else if (vu === undefined) {
        entrer(suivante);
      } else if (cycles.has(suivante)) {
        cycles.add(sommet.code);
      }
    }
  }
  return { ordre: ordre.filter((champ) => !cycles.has(champ.code)), cycles: [...cycles] };
}

function dependances(champ: ChampCalcule | undefined): string[] {
  if (champ === undefined) return [];
  if (champ.type === 'age') return [champ.champDate];
  const analyse = analyserExpressionMemo(champ.formule);
  return analyse.ok ? referencesExpression(analyse.value) : [];
}
