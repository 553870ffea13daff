/**
 * The definition a new field starts from, for every type: the smallest valid settings, which the administrator then
 * completes in the builder (options, formula, columns …).
 */
import { TYPES_CALCULES, type Champ, type TypeChamp } from '../modele';

/** Accepted by default for a justificatif: what scanners and phones produce. */
export const FORMATS_JUSTIFICATIF_PAR_DEFAUT = ['application/pdf', 'image/jpeg', 'image/png'];
/** 10 Mo, in bytes. */
export const TAILLE_MAX_JUSTIFICATIF_PAR_DEFAUT = 10 * 1024 * 1024;

export function champParDefaut(type: TypeChamp, code: string, libelle: string): Champ {
  const commun = { code, libelle, requis: false };
  switch (type) {
    case 'texte':
    case 'texte_long':
    case 'nombre':
    case 'montant':
    case 'date':
    case 'case_a_cocher':
    case 'telephone':
    case 'email':
    case 'nir':
    case 'bic':
    case 'siret':
    case 'texte_riche':
    case 'api_r2p':
      return { ...commun, type };
    case 'calcul':
      return { ...commun, type, formule: '', decimales: 0, unite: 'nombre' };
    case 'age':
      return { ...commun, type, champDate: '' };
    case 'boutons_radio':
    case 'cases_multiples':
    case 'liste':
      return { ...commun, type, options: [] };
    case 'liste_referentiel':
      return { ...commun, type, referentiel: '' };
    case 'adresse':
      return { ...commun, type, carte: false };
    case 'iban':
      return { ...commun, type, etranger: false };
    case 'tableau':
      return { ...commun, type, colonnes: [] };
    case 'note':
      return { ...commun, type, contenu: '' };
    case 'justificatif':
      return {
        ...commun,
        type,
        formats: [...FORMATS_JUSTIFICATIF_PAR_DEFAUT],
        tailleMax: TAILLE_MAX_JUSTIFICATIF_PAR_DEFAUT,
      };
    case 'api_particulier':
      return { ...commun, type, service: 'quotient_familial' };
    default:
      return inattendu(type);
  }
}

/**
 * The field converted to another type: what every field has (label, hint, required, condition, préchargement,
 * origin) is kept, as are the options between choice types; the type's own settings start afresh. Computed fields
 * and notes are never required.
 */
export function convertirChamp(champ: Champ, type: TypeChamp): Champ {
  if (champ.type === type) return champ;
  const nouveau = champParDefaut(type, champ.code, champ.libelle);
  const { aide, condition, prechargement, origine } = champ;
  const commun = {
    ...(aide !== undefined && { aide }),
    ...(condition !== undefined && { condition }),
    ...(prechargement !== undefined && { prechargement }),
    ...(origine !== undefined && { origine }),
    requis: champ.requis && !TYPES_CALCULES.includes(type) && type !== 'note',
  };
  const options = 'options' in champ && 'options' in nouveau ? { options: champ.options } : {};
  return { ...nouveau, ...commun, ...options } as Champ;
}

function inattendu(type: never): never {
  throw new Error(`Type de champ inconnu : ${String(type)}`);
}
