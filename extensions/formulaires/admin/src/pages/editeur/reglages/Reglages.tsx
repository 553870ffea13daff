import { Typography } from '@strapi/design-system';
import type { ListeReferentiel } from '../../../../../contracts/admin-api';
import type { Champ } from '../../../../../domain/modele';
import type { ProprietesChamp } from '../../../../../domain/edition/champs';
import { useTraduction } from '../../../utils/useTraduction';
import { ReglagesCasesMultiples, ReglagesListeReferentiel, ReglagesOptions } from './ReglagesChoix';
import { ReglagesAdresse, ReglagesApiParticulier, ReglagesIban, ReglagesJustificatif } from './ReglagesDivers';
import { ReglagesAge, ReglagesCalcul, ReglagesDate, ReglagesMontant, ReglagesNombre } from './ReglagesNombre';
import { ReglagesTableau } from './ReglagesTableau';
import { ReglagesNote, ReglagesTelephone, ReglagesTexte, ReglagesTexteLong } from './ReglagesTexte';

/** The settings proper to the field's type, for every type of TYPES_CHAMP. */
export function Reglages({
  champ,
  modifier,
  champs,
  referentiels,
}: {
  champ: Champ;
  modifier: (proprietes: ProprietesChamp) => void;
  champs: readonly Champ[];
  referentiels: readonly ListeReferentiel[];
}) {
  const t = useTraduction();
  switch (champ.type) {
    case 'texte':
      return <ReglagesTexte champ={champ} modifier={modifier} />;
    case 'texte_long':
    case 'texte_riche':
      return <ReglagesTexteLong champ={champ} modifier={modifier} />;
    case 'telephone':
      return <ReglagesTelephone champ={champ} modifier={modifier} />;
    case 'note':
      return <ReglagesNote champ={champ} modifier={modifier} />;
    case 'nombre':
      return <ReglagesNombre champ={champ} modifier={modifier} />;
    case 'montant':
      return <ReglagesMontant champ={champ} modifier={modifier} />;
    case 'calcul':
      return <ReglagesCalcul champ={champ} modifier={modifier} champs={champs} />;
    case 'date':
      return <ReglagesDate champ={champ} modifier={modifier} />;
    case 'age':
      return <ReglagesAge champ={champ} modifier={modifier} champs={champs} />;
    case 'boutons_radio':
    case 'liste':
      return <ReglagesOptions champ={champ} modifier={modifier} />;
    case 'cases_multiples':
      return <ReglagesCasesMultiples champ={champ} modifier={modifier} />;
    case 'liste_referentiel':
      return <ReglagesListeReferentiel champ={champ} modifier={modifier} referentiels={referentiels} />;
    case 'adresse':
      return <ReglagesAdresse champ={champ} modifier={modifier} />;
    case 'iban':
      return <ReglagesIban champ={champ} modifier={modifier} />;
    case 'justificatif':
      return <ReglagesJustificatif champ={champ} modifier={modifier} />;
    case 'tableau':
      return <ReglagesTableau champ={champ} modifier={modifier} />;
    case 'api_particulier':
      return <ReglagesApiParticulier champ={champ} modifier={modifier} />;
    case 'case_a_cocher':
    case 'email':
    case 'nir':
    case 'bic':
    case 'siret':
    case 'api_r2p':
      return (
        <Typography variant="pi" textColor="neutral600">
          {t('reglage.aucun')}
        </Typography>
      );
  }
}
