import { useMemo, type Dispatch } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { dispositionDeVue, type Champ, type Modele, type Vue } from '../../../../../domain/modele';
import { cheminDuChamp } from '../../../../../domain/edition/chemins';
import { placerChamp, placerDansNouvelleLigne, retirerDeLaVue } from '../../../../../domain/edition/placement';
import { SaisieChoix } from '../../../components/saisies';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action } from '../etat';

/** Where the field sits in the selected view, and where to put it: a new ligne of a section, or beside a field. */
export function PlacementChamp({
  champ,
  modele,
  vue,
  dispatch,
}: {
  champ: Champ;
  modele: Modele;
  vue: Vue;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const disposition = dispositionDeVue(modele, vue);
  const position = cheminDuChamp(modele, vue, champ.code);
  const libelles = useMemo(() => new Map(modele.champs.map((c) => [c.code, c.libelle])), [modele.champs]);
  const cibles = useMemo(
    () =>
      disposition.onglets.flatMap((onglet, o) =>
        onglet.sections.flatMap((section, s) => [
          {
            valeur: `section:${o}:${s}`,
            libelle: t('placement.nouvelleLigne', { onglet: onglet.titre, section: section.titre }),
          },
          ...section.lignes.flatMap((ligne, l) =>
            ligne.champs.length === 1 && ligne.champs[0] !== champ.code
              ? [
                  {
                    valeur: `ligne:${o}:${s}:${l}`,
                    libelle: t('placement.aCote', {
                      onglet: onglet.titre,
                      section: section.titre,
                      champ: libelles.get(ligne.champs[0] ?? '') ?? ligne.champs[0] ?? '',
                    }),
                  },
                ]
              : [],
          ),
        ]),
      ),
    [disposition, champ.code, libelles, t],
  );
  const placer = (cible: string | undefined) => {
    const [nature, ...indices] = (cible ?? '').split(':');
    const [onglet = 0, section = 0, ligne = 0] = indices.map(Number);
    dispatch({
      type: 'edite',
      operation: (m) =>
        nature === 'section'
          ? placerDansNouvelleLigne(m, vue, champ.code, { onglet, section })
          : placerChamp(m, vue, champ.code, { onglet, section, ligne }),
    });
  };

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
            onClick={() => dispatch({ type: 'edite', operation: (m) => retirerDeLaVue(m, vue, champ.code) })}
          >
            {t('placement.retirer')}
          </Button>
        ) : null}
      </Flex>
    </Box>
  );
}
