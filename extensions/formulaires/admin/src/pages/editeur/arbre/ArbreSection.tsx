import { memo, type Dispatch } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import type { Champ, Modele, Section, Vue } from '../../../../../domain/modele';
import { ajouterLigne } from '../../../../../domain/edition/lignes';
import { deplacerSection, supprimerSection } from '../../../../../domain/edition/sections';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action, Selection } from '../etat';
import { ArbreLigne } from './ArbreLigne';
import { BoutonSelection } from './BoutonSelection';
import { BoutonsOrdre } from './BoutonsOrdre';
import { codesDeSection, marqueSection, memesChamps } from './marques';

interface Proprietes {
  section: Section;
  onglet: number;
  index: number;
  nbSections: number;
  vue: Vue;
  champsParCode: ReadonlyMap<string, Champ>;
  selection: Selection;
  dispatch: Dispatch<Action>;
}

/** A section with its lignes. Re-renders only when the section, one of its fields or its part of the selection change. */
export const ArbreSection = memo(function ArbreSection(props: Proprietes) {
  const { section, onglet, index, nbSections, vue, champsParCode, dispatch } = props;
  const t = useTraduction();
  const chemin = { onglet, section: index };
  const marque = marqueSection(props.selection, onglet, index, section);
  const editer = (operation: (m: Modele) => Modele, choisir?: Selection) =>
    dispatch({ type: 'edite', operation, ...(choisir !== undefined ? { selection: () => choisir } : {}) });

  return (
    <Box tag="li" paddingTop={2} paddingLeft={4}>
      <Flex gap={2} alignItems="flex-start">
        <BoutonSelection
          selectionne={marque === 'section'}
          titre={section.code}
          onSelect={() => dispatch({ type: 'selectionne', selection: { nature: 'section', chemin } })}
        >
          <Typography fontWeight="semiBold">{section.titre}</Typography>
          {section.condition ? (
            <Typography variant="pi" textColor="neutral600" tag="p">
              {t('arbre.siCondition', { condition: section.condition })}
            </Typography>
          ) : null}
        </BoutonSelection>
        <BoutonsOrdre
          nom={t('arbre.nomSection', { titre: section.titre })}
          premier={index === 0}
          dernier={index === nbSections - 1}
          onMonter={() =>
            editer((m) => deplacerSection(m, vue, chemin, { onglet, index: index - 1 }), {
              nature: 'section',
              chemin: { onglet, section: index - 1 },
            })
          }
          onDescendre={() =>
            editer((m) => deplacerSection(m, vue, chemin, { onglet, index: index + 1 }), {
              nature: 'section',
              chemin: { onglet, section: index + 1 },
            })
          }
          onSupprimer={() => editer((m) => supprimerSection(m, vue, chemin), null)}
        />
      </Flex>
      <Box tag="ol" paddingLeft={4}>
        {section.lignes.map((ligne, l) => (
          <ArbreLigne
            key={`${l}-${ligne.champs.join('+')}`}
            ligne={ligne}
            onglet={onglet}
            section={index}
            index={l}
            nbLignes={section.lignes.length}
            titreSection={section.titre}
            vue={vue}
            gauche={ligne.champs[0] === undefined ? undefined : champsParCode.get(ligne.champs[0])}
            droite={ligne.champs[1] === undefined ? undefined : champsParCode.get(ligne.champs[1])}
            marque={ligneMarquee(marque, l, ligne.champs)}
            dispatch={dispatch}
          />
        ))}
      </Box>
      <Box paddingLeft={4} paddingTop={1}>
        <Button
          variant="ghost"
          size="S"
          startIcon={<Plus />}
          onClick={() =>
            editer((m) => ajouterLigne(m, vue, chemin), {
              nature: 'ligne',
              chemin: { ...chemin, ligne: section.lignes.length },
            })
          }
        >
          {t('arbre.ajouterLigne', { section: section.titre })}
        </Button>
      </Box>
    </Box>
  );
}, memesProprietes);

/** The ligne's part of the section's mark: 'ligne' when it is selected, 'champ:<code>' for one of its fields. */
function ligneMarquee(marque: string, index: number, codes: readonly string[]): string {
  if (marque === `ligne:${index}`) return 'ligne';
  return marque.startsWith('champ:') && codes.includes(marque.slice('champ:'.length)) ? marque : '';
}

function memesProprietes(a: Proprietes, b: Proprietes): boolean {
  return (
    a.section === b.section &&
    a.onglet === b.onglet &&
    a.index === b.index &&
    a.nbSections === b.nbSections &&
    a.vue === b.vue &&
    a.dispatch === b.dispatch &&
    marqueSection(a.selection, a.onglet, a.index, a.section) ===
      marqueSection(b.selection, b.onglet, b.index, b.section) &&
    memesChamps(codesDeSection(a.section), a.champsParCode, b.champsParCode)
  );
}
