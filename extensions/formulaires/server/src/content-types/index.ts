import { champReferentiel, modele, referentiel, versionModele } from './schemas';

export default {
  modele: { schema: modele },
  'version-modele': { schema: versionModele },
  'champ-referentiel': { schema: champReferentiel },
  referentiel: { schema: referentiel },
};
