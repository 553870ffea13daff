import { memo, useCallback, useMemo, type Dispatch } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { Champ, Disposition, Vue } from '../../../../../domain/modele';
import { cheminDuChamp } from '../../../../../domain/edition/chemins';
import { placerChamp, placerDansNouvelleLigne, retirerDeLaVue } from '../../../../../domain/edition/placement';
import { SaisieChoix } from '../../../components/saisies';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action } from '../etat';

interface Proprietes {
  code: string;
  champs: Champ[];
  disposition: Disposition;
  vue: Vue;
  dispatch: Dispatch<Action>;
}

/**
 * Where the field sits in the selected view, and where to put it: a new ligne of a section, or beside a field.
 * Memoised on the layout: typing the field's label (which changes the list of fields) does not rebuild the choices.
 */
export const PlacementChamp = memo(function PlacementChamp({ code, champs, disposition, vue, dispatch }: Proprietes) {
  const t = useTraduction();
  const position = cheminDuChamp({ champs, vues: { usager: disposition } }, 'usager', code);
  const cibles = useMemo(() => {
    const libelles = new Map(champs.map((c) => [c.code, c.libelle]));
    return disposition.onglets.flatMap((onglet, o) =>
      onglet.sections.flatMap((section, s) => [
        {
          valeur: `section:${o}:${s}`,
          libelle: t('placement.nouvelleLigne', { onglet: onglet.titre, section: section.titre }),
        },
        ...section.lignes.flatMap((ligne, l) => {
          const voisin = ligne.champs[0];
          return ligne.champs.length === 1 && voisin !== undefined && voisin !== code
            ? [
                {
                  valeur: `ligne:${o}:${s}:${l}`,
                  libelle: t('placement.aCote', {
                    onglet: onglet.titre,
                    section: section.titre,
                    champ: libelles.get(voisin) ?? voisin,
                  }),
                },
              ]
            : [];
        }),
      ]),
    );
  }, [disposition, champs, code, t]);
  const placer = useCallback(
    (cible: string | undefined) => {
      const [nature, ...indices] = (cible ?? '').split(':');
      const [onglet = 0, section = 0, ligne = 0] = indices.map(Number);
      dispatch({
        type: 'edite',
        operation: (m) =>
          nature === 'section'
            ? placerDansNouvelleLigne(m, vue, code, { onglet, section })
            : placerChamp(m, vue, code, { onglet, section, ligne }),
      });
    },
    [code, dispatch, vue],
  );

  const ici = position
    ? t('placement.ici', {
        onglet: disposition.onglets[position.onglet]?.titre ?? '',
        section: disposition.onglets[position.onglet]?.sections[position.section]?.titre ?? '',
        ligne: position.ligne + 1,
        colonne: position.colonne + 1,
      })
    : t('placement.nonPlace', { vue: t(`vue.${vue}`) });

  return (
    <Box>
      <Typography variant="sigma" tag="h3">
        {t('placement.titre', { vue: t(`vue.${vue}`) })}
      </Typography>
      <Box paddingTop={1} paddingBottom={2}>
        <Typography>{ici}</Typography>
      </Box>
      <Flex gap={2} alignItems="flex-end">
        <Box flex="1">
          <SaisieChoix
            nom="placement"
            libelle={position ? t('placement.deplacer') : t('placement.placer')}
            placeholder={cibles.length === 0 ? t('placement.aucuneSection') : t('placement.choisir')}
            valeur={undefined}
            onChange={placer}
            options={cibles}
          />
        </Box>
        {position ? (
          <Button
            variant="danger-light"
            onClick={() => dispatch({ type: 'edite', operation: (m) => retirerDeLaVue(m, vue, code) })}
          >
            {t('placement.retirer')}
          </Button>
        ) : null}
      </Flex>
    </Box>
  );
}, memesProprietes);

/**
 * The labels shown are those of the other fields, which cannot change while this field is the one being edited:
 * a new list of fields of the same length is the same list here.
 */
function memesProprietes(a: Proprietes, b: Proprietes): boolean {
  return (
    a.code === b.code &&
    a.disposition === b.disposition &&
    a.vue === b.vue &&
    a.dispatch === b.dispatch &&
    a.champs.length === b.champs.length
  );
}
