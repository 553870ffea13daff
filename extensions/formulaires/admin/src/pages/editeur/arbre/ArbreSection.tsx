import { memo, type Dispatch } from 'react';
import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowsHorizontal, Plus } from '@strapi/icons';
import type { Champ, Modele, Section, Vue } from '../../../../../domain/modele';
import { ajouterLigne, deplacerLigne, inverserColonnes, supprimerLigne } from '../../../../../domain/edition/lignes';
import { deplacerSection, supprimerSection } from '../../../../../domain/edition/sections';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action, Selection } from '../etat';
import { ArbreChamp } from './ArbreChamp';
import { BoutonSelection } from './BoutonSelection';
import { BoutonsOrdre } from './BoutonsOrdre';

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
  const marque = marqueSelection(props);
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
        {section.lignes.map((ligne, l) => {
          const cheminLigne = { ...chemin, ligne: l };
          const nomLigne = t('arbre.nomLigne', { numero: l + 1, section: section.titre });
          return (
            <Box tag="li" key={`${l}-${ligne.champs.join('+')}`} paddingTop={2}>
              <Flex gap={2} alignItems="center">
                <BoutonSelection
                  selectionne={marque === `ligne:${l}`}
                  onSelect={() =>
                    dispatch({ type: 'selectionne', selection: { nature: 'ligne', chemin: cheminLigne } })
                  }
                >
                  <Typography variant="pi" textColor="neutral600">
                    {ligne.champs.length === 0 ? t('arbre.ligneVide') : t('arbre.ligne', { numero: l + 1 })}
                  </Typography>
                </BoutonSelection>
                {ligne.champs.length === 2 ? (
                  <IconButton
                    label={t('arbre.inverser', { nom: nomLigne })}
                    withTooltip={false}
                    variant="ghost"
                    size="S"
                    onClick={() => editer((m) => inverserColonnes(m, vue, cheminLigne))}
                  >
                    <ArrowsHorizontal />
                  </IconButton>
                ) : null}
                <BoutonsOrdre
                  nom={nomLigne}
                  premier={l === 0}
                  dernier={l === section.lignes.length - 1}
                  onMonter={() => editer((m) => deplacerLigne(m, vue, cheminLigne, { ...chemin, index: l - 1 }), null)}
                  onDescendre={() =>
                    editer((m) => deplacerLigne(m, vue, cheminLigne, { ...chemin, index: l + 1 }), null)
                  }
                  onSupprimer={() => editer((m) => supprimerLigne(m, vue, cheminLigne), null)}
                />
              </Flex>
              {ligne.champs.length > 0 ? (
                <Flex gap={2} alignItems="stretch" paddingTop={1}>
                  {ligne.champs.map((code) => (
                    <ArbreChamp
                      key={code}
                      code={code}
                      champ={champsParCode.get(code)}
                      selectionne={marque === `champ:${code}`}
                      dispatch={dispatch}
                    />
                  ))}
                </Flex>
              ) : null}
            </Box>
          );
        })}
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

/** The part of the selection this section shows: itself, one of its lignes, one of its fields, or nothing. */
function marqueSelection({ selection, onglet, index, section }: Proprietes): string {
  if (!selection) return '';
  if (selection.nature === 'champ') {
    return section.lignes.some((l) => l.champs.includes(selection.code)) ? `champ:${selection.code}` : '';
  }
  if (selection.nature === 'onglet' || selection.chemin.onglet !== onglet || selection.chemin.section !== index)
    return '';
  return selection.nature === 'section' ? 'section' : `ligne:${selection.chemin.ligne}`;
}

function memesProprietes(a: Proprietes, b: Proprietes): boolean {
  return (
    a.section === b.section &&
    a.onglet === b.onglet &&
    a.index === b.index &&
    a.nbSections === b.nbSections &&
    a.vue === b.vue &&
    a.dispatch === b.dispatch &&
    marqueSelection(a) === marqueSelection(b) &&
    a.section.lignes.every((ligne) =>
      ligne.champs.every((code) => a.champsParCode.get(code) === b.champsParCode.get(code)),
    )
  );
}
