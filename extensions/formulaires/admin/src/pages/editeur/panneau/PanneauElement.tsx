import type { Dispatch } from 'react';
import { Box, Typography } from '@strapi/design-system';
import type { ListeReferentiel } from '../../../../../contracts/admin-api';
import type { Modele, Vue } from '../../../../../domain/modele';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action, Selection } from '../etat';
import { EditeurChamp } from './EditeurChamp';
import { EditeurConteneur } from './EditeurConteneur';
import { EditeurLigne } from './EditeurLigne';

/** The side panel: the editor of what is selected in the tree. */
export function PanneauElement({
  selection,
  modele,
  vue,
  referentiels,
  dispatch,
}: {
  selection: Selection;
  modele: Modele;
  vue: Vue;
  referentiels: readonly ListeReferentiel[];
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const champ = selection?.nature === 'champ' ? modele.champs.find((c) => c.code === selection.code) : undefined;
  return (
    <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius tag="section" aria-label={t('panneau.titre')}>
      {!selection ? <Typography textColor="neutral600">{t('panneau.rien')}</Typography> : null}
      {champ ? (
        <EditeurChamp champ={champ} modele={modele} vue={vue} referentiels={referentiels} dispatch={dispatch} />
      ) : null}
      {selection?.nature === 'onglet' || selection?.nature === 'section' ? (
        <EditeurConteneur
          key={JSON.stringify(selection.chemin)}
          chemin={selection.chemin}
          modele={modele}
          vue={vue}
          dispatch={dispatch}
        />
      ) : null}
      {selection?.nature === 'ligne' ? (
        <EditeurLigne chemin={selection.chemin} modele={modele} vue={vue} dispatch={dispatch} />
      ) : null}
    </Box>
  );
}
