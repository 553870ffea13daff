import type { Dispatch } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { codesDeVue, type Modele, type Vue } from '../../../../../domain/modele';
import { ligneA, type CheminLigne } from '../../../../../domain/edition/chemins';
import { placerChamp, retirerDeLaVue } from '../../../../../domain/edition/placement';
import { SaisieChoix } from '../../../components/saisies';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action } from '../etat';

/** A ligne: its one or two fields, and a field to add beside (an unplaced one, or one moved from elsewhere). */
export function EditeurLigne({
  chemin,
  modele,
  vue,
  dispatch,
}: {
  chemin: CheminLigne;
  modele: Modele;
  vue: Vue;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const ligne = ligneA(modele, vue, chemin);
  if (!ligne) return null;
  const libelles = new Map(modele.champs.map((c) => [c.code, c.libelle]));
  const places = new Set(codesDeVue(modele, vue));
  const candidats = modele.champs
    .filter((c) => !ligne.champs.includes(c.code))
    .map((c) => ({
      valeur: c.code,
      libelle: places.has(c.code)
        ? t('ligne.candidatPlace', { libelle: c.libelle, code: c.code })
        : t('ligne.candidat', { libelle: c.libelle, code: c.code }),
    }));

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {t('ligne.titre', { numero: chemin.ligne + 1 })}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('ligne.aide')}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
        {ligne.champs.map((code, colonne) => (
          <Flex tag="li" key={code} justifyContent="space-between" gap={2}>
            <Typography title={code}>
              {t('ligne.colonne', { numero: colonne + 1 })} : {libelles.get(code) ?? code}
            </Typography>
            <Button
              variant="tertiary"
              size="S"
              onClick={() => dispatch({ type: 'selectionne', selection: { nature: 'champ', code } })}
            >
              {t('ligne.modifierChamp')}
            </Button>
            <Button
              variant="danger-light"
              size="S"
              onClick={() => dispatch({ type: 'edite', operation: (m) => retirerDeLaVue(m, vue, code) })}
            >
              {t('ligne.retirer')}
            </Button>
          </Flex>
        ))}
      </Flex>
      {ligne.champs.length < 2 ? (
        <Box>
          <SaisieChoix
            nom="ajout"
            libelle={t('ligne.ajouter')}
            placeholder={t('ligne.choisir')}
            valeur={undefined}
            onChange={(code) =>
              code && dispatch({ type: 'edite', operation: (m) => placerChamp(m, vue, code, chemin) })
            }
            options={candidats}
          />
        </Box>
      ) : null}
    </Flex>
  );
}
