/**
 * The buttons of the dossier form (`name="action"`), as the server reads them: enregistrer, deposer,
 * televerser:<champ>, supprimer:<pièce>, ligne:<tableau> (« Ajouter une ligne »), connecteur:<champ>
 * (« Récupérer mes informations »). Anything else saves the draft.
 */
export type Action =
  | { type: 'enregistrer' }
  | { type: 'deposer' }
  | { type: 'televerser'; champ: string }
  | { type: 'supprimer'; piece: number }
  | { type: 'ligne'; champ: string }
  | { type: 'connecteur'; champ: string };

/** The pressed button (`name="action"`). Pressing Enter in a field submits with the form's first button: save. */
export function lireAction(valeur: string | null): Action {
  if (valeur === 'deposer') return { type: 'deposer' };
  const deuxPoints = (valeur ?? '').indexOf(':');
  if (valeur && deuxPoints > 0) {
    const [type, argument] = [valeur.slice(0, deuxPoints), valeur.slice(deuxPoints + 1)];
    if (type === 'televerser' && argument !== '') return { type: 'televerser', champ: argument };
    if (type === 'ligne' && argument !== '') return { type: 'ligne', champ: argument };
    if (type === 'connecteur' && argument !== '') return { type: 'connecteur', champ: argument };
    if (type === 'supprimer' && /^[1-9]\d{0,15}$/.test(argument)) return { type: 'supprimer', piece: Number(argument) };
  }
  return { type: 'enregistrer' };
}
