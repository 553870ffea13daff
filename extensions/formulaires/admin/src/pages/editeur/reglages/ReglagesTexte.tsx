import { Flex } from '@strapi/design-system';
import type {
  ChampNote,
  ChampTelephone,
  ChampTexte,
  ChampTexteLong,
  ChampTexteRiche,
} from '../../../../../domain/modele';
import { SaisieNombre, SaisieTexte } from '../../../components/saisies';
import { useTraduction } from '../../../utils/useTraduction';
import { texteOptionnel, type ProprietesReglages } from './types';

/** texte: maximum length and input mask. */
export function ReglagesTexte({ champ, modifier }: ProprietesReglages<ChampTexte>) {
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <SaisieLongueur valeur={champ.longueurMax} onChange={(longueurMax) => modifier({ longueurMax })} />
      <SaisieMasque valeur={champ.masque} onChange={(masque) => modifier({ masque })} />
    </Flex>
  );
}

/** texte_long, texte_riche: maximum length. */
export function ReglagesTexteLong({ champ, modifier }: ProprietesReglages<ChampTexteLong | ChampTexteRiche>) {
  return <SaisieLongueur valeur={champ.longueurMax} onChange={(longueurMax) => modifier({ longueurMax })} />;
}

function SaisieLongueur({
  valeur,
  onChange,
}: {
  valeur: number | undefined;
  onChange: (v: number | undefined) => void;
}) {
  const t = useTraduction();
  return (
    <SaisieNombre
      nom="longueurMax"
      libelle={t('reglage.longueurMax')}
      aide={t('reglage.longueurMaxAide')}
      valeur={valeur}
      onChange={onChange}
    />
  );
}

export function ReglagesTelephone({ champ, modifier }: ProprietesReglages<ChampTelephone>) {
  const t = useTraduction();
  return (
    <SaisieMasque
      valeur={champ.masque}
      onChange={(masque) => modifier({ masque })}
      aide={t('reglage.masqueTelephoneAide')}
    />
  );
}

function SaisieMasque({
  valeur,
  onChange,
  aide,
}: {
  valeur: string | undefined;
  onChange: (masque: string | undefined) => void;
  aide?: string;
}) {
  const t = useTraduction();
  return (
    <SaisieTexte
      nom="masque"
      libelle={t('reglage.masque')}
      aide={aide ?? t('reglage.masqueAide')}
      placeholder="AA-999-AA"
      valeur={valeur ?? ''}
      onChange={(masque) => onChange(texteOptionnel(masque))}
    />
  );
}

export function ReglagesNote({ champ, modifier }: ProprietesReglages<ChampNote>) {
  const t = useTraduction();
  return (
    <SaisieTexte
      nom="contenu"
      libelle={t('reglage.contenu')}
      aide={t('reglage.contenuAide')}
      requis
      multiligne
      valeur={champ.contenu}
      onChange={(contenu) => modifier({ contenu })}
    />
  );
}
