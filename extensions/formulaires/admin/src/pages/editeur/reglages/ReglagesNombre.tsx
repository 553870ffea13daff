import { Flex } from '@strapi/design-system';
import type { Champ, ChampAge, ChampCalcul, ChampDate, ChampMontant, ChampNombre } from '../../../../../domain/modele';
import { SaisieChoix, SaisieNombre, SaisieTexte } from '../../../components/saisies';
import { useTraduction } from '../../../utils/useTraduction';
import { ChampExpression } from '../panneau/ChampExpression';
import { texteOptionnel, type ProprietesReglages } from './types';

/** nombre: bounds and decimal places. */
export function ReglagesNombre({ champ, modifier }: ProprietesReglages<ChampNombre>) {
  const t = useTraduction();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Bornes min={champ.min} max={champ.max} onChange={modifier} />
      <SaisieNombre
        nom="decimales"
        libelle={t('reglage.decimales')}
        aide={t('reglage.decimalesAide')}
        valeur={champ.decimales}
        onChange={(decimales) => modifier({ decimales })}
      />
    </Flex>
  );
}

/** montant: bounds in euros (negative amounts allowed). */
export function ReglagesMontant({ champ, modifier }: ProprietesReglages<ChampMontant>) {
  return <Bornes min={champ.min} max={champ.max} onChange={modifier} />;
}

function Bornes({
  min,
  max,
  onChange,
}: {
  min: number | undefined;
  max: number | undefined;
  onChange: (bornes: { min?: number; max?: number }) => void;
}) {
  const t = useTraduction();
  return (
    <Flex gap={4}>
      <SaisieNombre nom="min" libelle={t('reglage.min')} valeur={min} onChange={(v) => onChange({ min: v })} />
      <SaisieNombre nom="max" libelle={t('reglage.max')} valeur={max} onChange={(v) => onChange({ max: v })} />
    </Flex>
  );
}

export function ReglagesCalcul({
  champ,
  modifier,
  champs,
}: ProprietesReglages<ChampCalcul> & { champs: readonly Champ[] }) {
  const t = useTraduction();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <ChampExpression
        nom="formule"
        libelle={t('reglage.formule')}
        nature="formule"
        valeur={champ.formule}
        onChange={(formule) => modifier({ formule })}
        champs={champs}
      />
      <Flex gap={4}>
        <SaisieNombre
          nom="decimales"
          libelle={t('reglage.decimales')}
          valeur={champ.decimales}
          onChange={(decimales) => modifier({ decimales: decimales ?? 0 })}
        />
        <SaisieChoix
          nom="unite"
          libelle={t('reglage.unite')}
          valeur={champ.unite ?? 'nombre'}
          onChange={(unite) => modifier({ unite: unite === 'euros' ? 'euros' : 'nombre' })}
          options={[
            { valeur: 'nombre', libelle: t('reglage.uniteNombre') },
            { valeur: 'euros', libelle: t('reglage.uniteEuros') },
          ]}
        />
      </Flex>
    </Flex>
  );
}

export function ReglagesDate({ champ, modifier }: ProprietesReglages<ChampDate>) {
  const t = useTraduction();
  return (
    <Flex gap={4}>
      <SaisieTexte
        nom="min"
        libelle={t('reglage.dateMin')}
        aide={t('reglage.dateAide')}
        placeholder={t('reglage.datePlaceholder')}
        valeur={champ.min ?? ''}
        onChange={(min) => modifier({ min: texteOptionnel(min) })}
      />
      <SaisieTexte
        nom="max"
        libelle={t('reglage.dateMax')}
        aide={t('reglage.dateAide')}
        placeholder={t('reglage.datePlaceholder')}
        valeur={champ.max ?? ''}
        onChange={(max) => modifier({ max: texteOptionnel(max) })}
      />
    </Flex>
  );
}

export function ReglagesAge({ champ, modifier, champs }: ProprietesReglages<ChampAge> & { champs: readonly Champ[] }) {
  const t = useTraduction();
  const dates = champs.filter((c) => c.type === 'date');
  return (
    <SaisieChoix
      nom="champDate"
      libelle={t('reglage.champDate')}
      aide={dates.length === 0 ? t('reglage.champDateAucun') : t('reglage.champDateAide')}
      requis
      valeur={champ.champDate || undefined}
      onChange={(champDate) => modifier({ champDate: champDate ?? '' })}
      options={dates.map((c) => ({ valeur: c.code, libelle: `${c.libelle} (${c.code})` }))}
    />
  );
}
