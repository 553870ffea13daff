import { Flex } from '@strapi/design-system';
import type { ListeReferentiel } from '../../../../../contracts/admin-api';
import type {
  ChampBoutonsRadio,
  ChampCasesMultiples,
  ChampListe,
  ChampListeReferentiel,
} from '../../../../../domain/modele';
import { EditeurOptions } from '../../../components/EditeurOptions';
import { SaisieChoix, SaisieNombre } from '../../../components/saisies';
import { useTraduction } from '../../../utils/useTraduction';
import type { ProprietesReglages } from './types';

/** boutons_radio, liste: their options. */
export function ReglagesOptions({ champ, modifier }: ProprietesReglages<ChampBoutonsRadio | ChampListe>) {
  return (
    <EditeurOptions
      key={champ.code}
      nom={`options-${champ.code}`}
      options={champ.options}
      onChange={(options) => modifier({ options })}
    />
  );
}

/** cases_multiples: options and how many may be ticked. */
export function ReglagesCasesMultiples({ champ, modifier }: ProprietesReglages<ChampCasesMultiples>) {
  const t = useTraduction();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <EditeurOptions
        key={champ.code}
        nom={`options-${champ.code}`}
        options={champ.options}
        onChange={(options) => modifier({ options })}
      />
      <Flex gap={4}>
        <SaisieNombre
          nom="minChoix"
          libelle={t('reglage.minChoix')}
          valeur={champ.minChoix}
          onChange={(minChoix) => modifier({ minChoix })}
        />
        <SaisieNombre
          nom="maxChoix"
          libelle={t('reglage.maxChoix')}
          valeur={champ.maxChoix}
          onChange={(maxChoix) => modifier({ maxChoix })}
        />
      </Flex>
    </Flex>
  );
}

/** liste_referentiel: which administrator list gives the options (read at validation time). */
export function ReglagesListeReferentiel({
  champ,
  modifier,
  referentiels,
}: ProprietesReglages<ChampListeReferentiel> & { referentiels: readonly ListeReferentiel[] }) {
  const t = useTraduction();
  const options = referentiels.map((r) => ({ valeur: r.code, libelle: `${r.titre} (${r.code})` }));
  // A code typed elsewhere (import) that no list has any more stays visible, so the administrator sees it is wrong.
  if (champ.referentiel && !referentiels.some((r) => r.code === champ.referentiel)) {
    options.push({ valeur: champ.referentiel, libelle: t('reglage.referentielInconnu', { code: champ.referentiel }) });
  }
  return (
    <SaisieChoix
      nom="referentiel"
      libelle={t('reglage.referentiel')}
      aide={t('reglage.referentielAide')}
      requis
      valeur={champ.referentiel || undefined}
      onChange={(referentiel) => modifier({ referentiel: referentiel ?? '' })}
      options={options}
    />
  );
}
