/** A table cell as people read it (the dossier page's answers), by column type. */
import { formaterDate, formaterMontant, type ColonneTableau, type Valeur } from '@guichet/formulaires';
import { fr } from '../i18n/fr';
import { DECIMALES_CALCUL_PAR_DEFAUT, nombreLisible } from './valeurs-calculees';

export function celluleLisible(colonne: ColonneTableau, valeur: Valeur | undefined): string | null {
  if (valeur === null || valeur === undefined || valeur === '') return null;
  switch (colonne.type) {
    case 'montant':
      return typeof valeur === 'number' ? formaterMontant(valeur) : String(valeur);
    case 'nombre':
      return typeof valeur === 'number' ? nombreLisible(valeur) : String(valeur);
    case 'calcul':
      return typeof valeur === 'number'
        ? nombreLisible(valeur, colonne.decimales ?? DECIMALES_CALCUL_PAR_DEFAUT)
        : String(valeur);
    case 'date':
      return typeof valeur === 'string' ? formaterDate(valeur) : String(valeur);
    case 'liste':
      return colonne.options?.find((option) => option.valeur === String(valeur))?.libelle ?? String(valeur);
    case 'case_a_cocher':
      return valeur === true ? fr.dossier.oui : valeur === false ? fr.dossier.non : String(valeur);
    default:
      return typeof valeur === 'object' ? JSON.stringify(valeur) : String(valeur);
  }
}
