/**
 * Field definitions: add, edit, change type, delete. A definition exists once in the model; deleting it removes it
 * from every view that has a layout of its own.
 */
import { VUES, type Champ, type Modele, type TypeChamp } from '../modele';
import { codeUnique } from './codes';
import { convertirChamp } from './nouveau-champ';
import { retirerDeLaVue } from './placement';
import { insererA } from './tableaux';

/** What the builder edits on a field of a given type: anything but its type and code (see renommerChamp). */
export type ProprietesChamp = Champ extends infer C
  ? C extends Champ
    ? Partial<Omit<C, 'type' | 'code'>>
    : never
  : never;

/** The code a new field would get from `base`: `base`, or `base_2`, `base_3` … when taken. */
export function prochainCode(modele: Modele, base: string): string {
  return codeUnique(base, new Set(modele.champs.map((champ) => champ.code)));
}

/** Adds a definition (not placed in any view) at `index` (default: last); its code is made unique. */
export function ajouterChamp(modele: Modele, champ: Champ, index?: number): Modele {
  const code = prochainCode(modele, champ.code);
  const nouveau = code === champ.code ? champ : { ...champ, code };
  return { ...modele, champs: insererA(modele.champs, index ?? modele.champs.length, nouveau) };
}

/**
 * Changes some properties of a field; a property given as `undefined` is removed (an optional bound, a hint …).
 * Same model when nothing changes.
 */
export function modifierChamp(modele: Modele, code: string, proprietes: ProprietesChamp): Modele {
  return remplacerChamp(modele, code, (champ) => {
    let change = false;
    const resultat: Record<string, unknown> = { ...champ };
    for (const [cle, valeur] of Object.entries(proprietes)) {
      if (cle === 'type' || cle === 'code') continue;
      if (resultat[cle] === valeur) continue;
      change = true;
      if (valeur === undefined) delete resultat[cle];
      else resultat[cle] = valeur;
    }
    return change ? (resultat as unknown as Champ) : champ;
  });
}

/** Converts a field to another type (see convertirChamp for what is kept). */
export function changerTypeChamp(modele: Modele, code: string, type: TypeChamp): Modele {
  return remplacerChamp(modele, code, (champ) => convertirChamp(champ, type));
}

/** Deletes a definition and removes it from every view (absent views fall back to the citizen's, already cleaned). */
export function supprimerChamp(modele: Modele, code: string): Modele {
  const champs = modele.champs.filter((champ) => champ.code !== code);
  if (champs.length === modele.champs.length) return modele;
  let resultat: Modele = { ...modele, champs };
  for (const vue of VUES) {
    if (resultat.vues[vue] === undefined) continue;
    resultat = retirerDeLaVue(resultat, vue, code);
  }
  return resultat;
}

/** Replaces one field by `transformer(field)`; same model when the field is unknown or unchanged. */
export function remplacerChamp(modele: Modele, code: string, transformer: (champ: Champ) => Champ): Modele {
  const index = modele.champs.findIndex((champ) => champ.code === code);
  if (index < 0) return modele;
  const ancien = modele.champs[index] as Champ;
  const nouveau = transformer(ancien);
  if (nouveau === ancien) return modele;
  const champs = [...modele.champs];
  champs[index] = nouveau;
  return { ...modele, champs };
}
