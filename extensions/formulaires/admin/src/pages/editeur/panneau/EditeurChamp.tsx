import { useCallback, useMemo, useState, type Dispatch } from 'react';
import { Box, Button, Divider, Flex, Typography } from '@strapi/design-system';
import type { ListeReferentiel } from '../../../../../contracts/admin-api';
import {
  dispositionDeVue,
  SOURCES_PRECHARGEMENT,
  TYPES_CALCULES,
  TYPES_CHAMP,
  type Champ,
  type Modele,
  type Vue,
} from '../../../../../domain/modele';
import {
  changerTypeChamp,
  modifierChamp,
  supprimerChamp,
  type ProprietesChamp,
} from '../../../../../domain/edition/champs';
import { renommerChamp } from '../../../../../domain/edition/renommage';
import { SaisieCase, SaisieChoix, SaisieTexte } from '../../../components/saisies';
import { nettoyerCode } from '../../../utils/codes';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action } from '../etat';
import { Reglages } from '../reglages/Reglages';
import { ChampExpression } from './ChampExpression';
import { ConfirmationSuppression } from './ConfirmationSuppression';
import { PlacementChamp } from './PlacementChamp';

/** The selected field's definition: what every field has, then its type's settings, then where it sits in the view. */
export function EditeurChamp({
  champ,
  modele,
  vue,
  referentiels,
  dispatch,
}: {
  champ: Champ;
  modele: Modele;
  vue: Vue;
  referentiels: readonly ListeReferentiel[];
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const { code } = champ;
  const modifier = useCallback(
    (proprietes: ProprietesChamp) => dispatch({ type: 'edite', operation: (m) => modifierChamp(m, code, proprietes) }),
    [code, dispatch],
  );
  const sansValeurSaisie = TYPES_CALCULES.includes(champ.type) || champ.type === 'note';
  // Selects re-render all their options: their props stay stable while a label is typed.
  const optionsTypes = useMemo(() => TYPES_CHAMP.map((type) => ({ valeur: type, libelle: t(`type.${type}`) })), [t]);
  const optionsSources = useMemo(
    () => SOURCES_PRECHARGEMENT.map((source) => ({ valeur: source, libelle: t(`prechargement.${source}`) })),
    [t],
  );
  const changerType = useCallback(
    (type: string | undefined) => {
      const choisi = TYPES_CHAMP.find((c) => c === type);
      if (choisi) dispatch({ type: 'edite', operation: (m) => changerTypeChamp(m, code, choisi) });
    },
    [code, dispatch],
  );
  const changerSource = useCallback(
    (source: string | undefined) => modifier({ prechargement: SOURCES_PRECHARGEMENT.find((s) => s === source) }),
    [modifier],
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box>
        <Typography variant="delta" tag="h2">
          {t('champ.titre', { libelle: champ.libelle })}
        </Typography>
        <Typography variant="pi" textColor="neutral600" tag="p">
          {t('champ.nomTechnique')} <code>{code}</code>
          {champ.origine ? ` · ${t('champ.origine', { code: champ.origine })}` : ''}
        </Typography>
      </Box>
      <SaisieChoix
        nom="type"
        libelle={t('champ.type')}
        aide={t('champ.typeAide')}
        requis
        valeur={champ.type}
        onChange={changerType}
        options={optionsTypes}
      />
      <SaisieTexte
        nom="libelle"
        libelle={t('champ.libelle')}
        requis
        valeur={champ.libelle}
        onChange={(libelle) => modifier({ libelle })}
      />
      <SaisieTexte
        nom="aide"
        libelle={t('champ.aide')}
        aide={t('champ.aideAide')}
        valeur={champ.aide ?? ''}
        onChange={(aide) => modifier({ aide: aide === '' ? undefined : aide })}
      />
      {sansValeurSaisie ? null : (
        <SaisieCase libelle={t('champ.requis')} valeur={champ.requis} onChange={(requis) => modifier({ requis })} />
      )}
      <Renommage key={`renommage-${code}`} code={code} modele={modele} dispatch={dispatch} />
      <ChampExpression
        nom="condition"
        libelle={t('champ.condition')}
        nature="condition"
        valeur={champ.condition ?? ''}
        onChange={(condition) => modifier({ condition: condition.trim() === '' ? undefined : condition })}
        champs={modele.champs}
      />
      {sansValeurSaisie ? null : (
        <SaisieChoix
          nom="prechargement"
          libelle={t('champ.prechargement')}
          aide={t('champ.prechargementAide')}
          effacer={t('champ.prechargementAucun')}
          placeholder={t('champ.prechargementAucun')}
          valeur={champ.prechargement}
          onChange={changerSource}
          options={optionsSources}
        />
      )}
      <Divider />
      <Typography variant="sigma" tag="h3">
        {t('champ.reglages', { type: t(`type.${champ.type}`) })}
      </Typography>
      <Reglages
        key={`reglages-${code}`}
        champ={champ}
        modifier={modifier}
        champs={modele.champs}
        referentiels={referentiels}
      />
      <Divider />
      <PlacementChamp
        code={code}
        champs={modele.champs}
        disposition={dispositionDeVue(modele, vue)}
        vue={vue}
        dispatch={dispatch}
      />
      <Divider />
      <ConfirmationSuppression
        bouton={t('champ.supprimer')}
        titre={t('champ.supprimerTitre', { libelle: champ.libelle })}
        message={t('champ.supprimerMessage')}
        onConfirmer={() =>
          dispatch({ type: 'edite', operation: (m) => supprimerChamp(m, code), selection: () => null })
        }
      />
    </Flex>
  );
}

/** The code is renamed on demand (not per keystroke): every view, condition and formula reading it follows. */
function Renommage({ code, modele, dispatch }: { code: string; modele: Modele; dispatch: Dispatch<Action> }) {
  const t = useTraduction();
  const [saisie, setSaisie] = useState(code);
  const [erreur, setErreur] = useState<string | undefined>(undefined);
  const renommer = () => {
    const essai = renommerChamp(modele, code, saisie);
    if (!essai.ok) {
      setErreur(essai.error === 'code_pris' ? t('erreur.codePris') : t('erreur.codeInvalide'));
      return;
    }
    dispatch({
      type: 'edite',
      operation: (m) => {
        const resultat = renommerChamp(m, code, saisie);
        return resultat.ok ? resultat.value : m;
      },
      selection: () => ({ nature: 'champ', code: saisie }),
    });
  };
  return (
    <Flex gap={2} alignItems="flex-end">
      <Box flex="1">
        <SaisieTexte
          nom="code"
          libelle={t('champ.code')}
          aide={t('champ.codeAide')}
          erreur={erreur}
          requis
          valeur={saisie}
          onChange={(valeur) => {
            setSaisie(nettoyerCode(valeur));
            setErreur(undefined);
          }}
        />
      </Box>
      <Button variant="secondary" disabled={saisie === code} onClick={renommer}>
        {t('champ.renommer')}
      </Button>
    </Flex>
  );
}
