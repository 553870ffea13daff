import modeleCourriel from './modele-courriel/schema';
import modeleDocument from './modele-document/schema';

export const UID_MODELE_DOCUMENT = 'plugin::editique.modele-document';
export const UID_MODELE_COURRIEL = 'plugin::editique.modele-courriel';

export default {
  'modele-document': { schema: modeleDocument },
  'modele-courriel': { schema: modeleCourriel },
};
