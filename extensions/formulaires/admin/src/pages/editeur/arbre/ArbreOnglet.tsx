import { memo, type Dispatch } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import type { Champ, Modele, Onglet, Vue } from '../../../../../domain/modele';
import { deplacerOnglet, supprimerOnglet } from '../../../../../domain/edition/onglets';
import { ajouterSection } from '../../../../../domain/edition/sections';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action, Selection } from '../etat';
import { ArbreSection } from './ArbreSection';
import { BoutonSelection } from './BoutonSelection';
import { BoutonsOrdre } from './BoutonsOrdre';
import { codesDOnglet, marqueOnglet, memesChamps } from './marques';

/** An onglet and its sections; memoised like them, on the onglet, its fields and its part of the selection. */
export const ArbreOnglet = memo(function ArbreOnglet({
  onglet,
  index,
  nbOnglets,
  vue,
  champsParCode,
  selection,
  dispatch,
}: Proprietes) {
  const t = useTraduction();
  const editer = (operation: (m: Modele) => Modele, choisir: Selection) =>
    dispatch({ type: 'edite', operation, selection: () => choisir });
  const selectionne = selection?.nature === 'onglet' && selection.chemin.onglet === index;

  return (
    <Box tag="li" paddingTop={3} paddingBottom={3} borderColor="neutral200" borderStyle="solid" borderWidth="0 0 1px 0">
      <Flex gap={2} alignItems="flex-start">
        <BoutonSelection
          selectionne={selectionne}
          titre={onglet.code}
          onSelect={() => dispatch({ type: 'selectionne', selection: { nature: 'onglet', chemin: { onglet: index } } })}
        >
          <Typography variant="delta" tag="span">
            {onglet.titre}
          </Typography>
          {onglet.condition ? (
            <Typography variant="pi" textColor="neutral600" tag="p">
              {t('arbre.siCondition', { condition: onglet.condition })}
            </Typography>
          ) : null}
        </BoutonSelection>
        <BoutonsOrdre
          nom={t('arbre.nomOnglet', { titre: onglet.titre })}
          premier={index === 0}
          dernier={index === nbOnglets - 1}
          onMonter={() =>
            editer((m) => deplacerOnglet(m, vue, index, index - 1), { nature: 'onglet', chemin: { onglet: index - 1 } })
          }
          onDescendre={() =>
            editer((m) => deplacerOnglet(m, vue, index, index + 1), { nature: 'onglet', chemin: { onglet: index + 1 } })
          }
          onSupprimer={() => editer((m) => supprimerOnglet(m, vue, index), null)}
        />
      </Flex>
      <Box tag="ol">
        {onglet.sections.map((section, s) => (
          <ArbreSection
            key={`${s}-${section.code}`}
            section={section}
            onglet={index}
            index={s}
            nbSections={onglet.sections.length}
            vue={vue}
            champsParCode={champsParCode}
            selection={selection}
            dispatch={dispatch}
          />
        ))}
      </Box>
      <Box paddingLeft={4} paddingTop={2}>
        <Button
          variant="tertiary"
          size="S"
          startIcon={<Plus />}
          onClick={() =>
            editer((m) => ajouterSection(m, vue, index, t('defaut.section')), {
              nature: 'section',
              chemin: { onglet: index, section: onglet.sections.length },
            })
          }
        >
          {t('arbre.ajouterSection', { onglet: onglet.titre })}
        </Button>
      </Box>
    </Box>
  );
}, memesProprietes);

interface Proprietes {
  onglet: Onglet;
  index: number;
  nbOnglets: number;
  vue: Vue;
  champsParCode: ReadonlyMap<string, Champ>;
  selection: Selection;
  dispatch: Dispatch<Action>;
}

function memesProprietes(a: Proprietes, b: Proprietes): boolean {
  return (
    a.onglet === b.onglet &&
    a.index === b.index &&
    a.nbOnglets === b.nbOnglets &&
    a.vue === b.vue &&
    a.dispatch === b.dispatch &&
    marqueOnglet(a.selection, a.index, a.onglet) === marqueOnglet(b.selection, b.index, b.onglet) &&
    memesChamps(codesDOnglet(a.onglet), a.champsParCode, b.champsParCode)
  );
}
