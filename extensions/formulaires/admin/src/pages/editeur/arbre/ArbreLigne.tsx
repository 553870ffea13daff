import { memo, type Dispatch } from 'react';
import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowsHorizontal } from '@strapi/icons';
import type { Champ, Ligne, Modele, Vue } from '../../../../../domain/modele';
import { deplacerLigne, inverserColonnes, supprimerLigne } from '../../../../../domain/edition/lignes';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action, Selection } from '../etat';
import { ArbreChamp } from './ArbreChamp';
import { BoutonSelection } from './BoutonSelection';
import { BoutonsOrdre } from './BoutonsOrdre';

/**
 * One ligne: a header (select, swap columns, move, delete) and its one or two fields. Memoised: typing in a field's
 * label re-renders its ligne only.
 */
export const ArbreLigne = memo(function ArbreLigne({
  ligne,
  onglet,
  section,
  index,
  nbLignes,
  titreSection,
  vue,
  gauche,
  droite,
  marque,
  dispatch,
}: {
  ligne: Ligne;
  onglet: number;
  section: number;
  index: number;
  nbLignes: number;
  titreSection: string;
  vue: Vue;
  /** The definitions of the ligne's fields, passed one by one so that memo compares them. */
  gauche: Champ | undefined;
  droite: Champ | undefined;
  /** 'ligne', 'champ:<code>' or '' (see marqueSection). */
  marque: string;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const chemin = { onglet, section, ligne: index };
  const nom = t('arbre.nomLigne', { numero: index + 1, section: titreSection });
  const editer = (operation: (m: Modele) => Modele, choisir?: Selection) =>
    dispatch({ type: 'edite', operation, ...(choisir !== undefined ? { selection: () => choisir } : {}) });
  const definitions = [gauche, droite];

  return (
    <Box tag="li" paddingTop={2}>
      <Flex gap={2} alignItems="center">
        <BoutonSelection
          selectionne={marque === 'ligne'}
          onSelect={() => dispatch({ type: 'selectionne', selection: { nature: 'ligne', chemin } })}
        >
          <Typography variant="pi" textColor="neutral600">
            {ligne.champs.length === 0 ? t('arbre.ligneVide') : t('arbre.ligne', { numero: index + 1 })}
          </Typography>
        </BoutonSelection>
        {ligne.champs.length === 2 ? (
          <IconButton
            label={t('arbre.inverser', { nom })}
            withTooltip={false}
            variant="ghost"
            size="S"
            onClick={() => editer((m) => inverserColonnes(m, vue, chemin))}
          >
            <ArrowsHorizontal />
          </IconButton>
        ) : null}
        <BoutonsOrdre
          nom={nom}
          premier={index === 0}
          dernier={index === nbLignes - 1}
          onMonter={() => editer((m) => deplacerLigne(m, vue, chemin, { onglet, section, index: index - 1 }), null)}
          onDescendre={() => editer((m) => deplacerLigne(m, vue, chemin, { onglet, section, index: index + 1 }), null)}
          onSupprimer={() => editer((m) => supprimerLigne(m, vue, chemin), null)}
        />
      </Flex>
      {ligne.champs.length > 0 ? (
        <Flex gap={2} alignItems="stretch" paddingTop={1}>
          {ligne.champs.map((code, colonne) => (
            <ArbreChamp
              key={code}
              code={code}
              champ={definitions[colonne]}
              selectionne={marque === `champ:${code}`}
              dispatch={dispatch}
            />
          ))}
        </Flex>
      ) : null}
    </Box>
  );
});
