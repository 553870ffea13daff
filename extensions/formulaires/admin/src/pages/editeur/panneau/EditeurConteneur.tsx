import type { Dispatch } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { dispositionDeVue, type Modele, type Vue } from '../../../../../domain/modele';
import type { CheminOnglet, CheminSection } from '../../../../../domain/edition/chemins';
import { modifierOnglet, supprimerOnglet, type ProprietesConteneur } from '../../../../../domain/edition/onglets';
import { deplacerSection, modifierSection, supprimerSection } from '../../../../../domain/edition/sections';
import { placerDansNouvelleLigne } from '../../../../../domain/edition/placement';
import { champsNonPlaces } from '../../../../../domain/edition/vues';
import { SaisieChoix, SaisieTexte } from '../../../components/saisies';
import { nettoyerCode } from '../../../utils/codes';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action } from '../etat';
import { ChampExpression } from './ChampExpression';
import { ConfirmationSuppression } from './ConfirmationSuppression';

/** An onglet's or a section's title, code and display condition; a section can also change onglet and take fields. */
export function EditeurConteneur({
  chemin,
  modele,
  vue,
  dispatch,
}: {
  chemin: CheminOnglet | CheminSection;
  modele: Modele;
  vue: Vue;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const onglets = dispositionDeVue(modele, vue).onglets;
  const onglet = onglets[chemin.onglet];
  const cheminSection = 'section' in chemin ? chemin : null;
  const element = cheminSection ? onglet?.sections[cheminSection.section] : onglet;
  if (!onglet || !element) return null;

  const modifier = (proprietes: ProprietesConteneur) =>
    dispatch({
      type: 'edite',
      operation: (m) =>
        cheminSection
          ? modifierSection(m, vue, cheminSection, proprietes)
          : modifierOnglet(m, vue, chemin.onglet, proprietes),
    });
  const nature = cheminSection ? 'section' : 'onglet';

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box>
        <Typography variant="delta" tag="h2">
          {t(`${nature}.titre`, { titre: element.titre })}
        </Typography>
        <Typography variant="pi" textColor="neutral600" tag="p">
          {t('champ.nomTechnique')} <code>{element.code}</code>
        </Typography>
      </Box>
      <SaisieTexte
        nom="titre"
        libelle={t('conteneur.titre')}
        requis
        valeur={element.titre}
        onChange={(titre) => modifier({ titre })}
      />
      <SaisieTexte
        nom="code"
        libelle={t('conteneur.code')}
        aide={t('conteneur.codeAide')}
        requis
        valeur={element.code}
        onChange={(code) => modifier({ code: nettoyerCode(code) })}
      />
      <ChampExpression
        nom="condition"
        libelle={t('conteneur.condition')}
        nature="condition"
        valeur={element.condition ?? ''}
        onChange={(condition) => modifier({ condition })}
        champs={modele.champs}
      />
      {cheminSection ? (
        <>
          <SaisieChoix
            nom="onglet"
            libelle={t('section.onglet')}
            valeur={String(cheminSection.onglet)}
            onChange={(valeur) => {
              const cible = Number(valeur);
              if (cible === cheminSection.onglet) return;
              const index = onglets[cible]?.sections.length ?? 0;
              dispatch({
                type: 'edite',
                operation: (m) => deplacerSection(m, vue, cheminSection, { onglet: cible, index }),
                selection: () => ({ nature: 'section', chemin: { onglet: cible, section: index } }),
              });
            }}
            options={onglets.map((o, index) => ({ valeur: String(index), libelle: o.titre }))}
          />
          <AjoutDeChamps chemin={cheminSection} modele={modele} vue={vue} dispatch={dispatch} />
        </>
      ) : null}
      <ConfirmationSuppression
        bouton={t(`${nature}.supprimer`)}
        titre={t(`${nature}.supprimerTitre`, { titre: element.titre })}
        message={t(`${nature}.supprimerMessage`)}
        onConfirmer={() =>
          dispatch({
            type: 'edite',
            operation: (m) =>
              cheminSection ? supprimerSection(m, vue, cheminSection) : supprimerOnglet(m, vue, chemin.onglet),
            selection: () => null,
          })
        }
      />
    </Flex>
  );
}

/** The fields this view leaves out, each added to the section in a new ligne with one click. */
function AjoutDeChamps({
  chemin,
  modele,
  vue,
  dispatch,
}: {
  chemin: CheminSection;
  modele: Modele;
  vue: Vue;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const nonPlaces = champsNonPlaces(modele, vue);
  return (
    <Box>
      <Typography variant="sigma" tag="h3">
        {t('section.ajouterChamps', { nombre: nonPlaces.length })}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={1} paddingTop={2}>
        {nonPlaces.map((champ) => (
          <Flex tag="li" key={champ.code} justifyContent="space-between" gap={2}>
            <Typography title={champ.code}>{champ.libelle}</Typography>
            <Button
              variant="ghost"
              size="S"
              startIcon={<Plus />}
              aria-label={t('section.ajouterChamp', { libelle: champ.libelle })}
              onClick={() =>
                dispatch({ type: 'edite', operation: (m) => placerDansNouvelleLigne(m, vue, champ.code, chemin) })
              }
            >
              {t('section.ajouter')}
            </Button>
          </Flex>
        ))}
      </Flex>
    </Box>
  );
}
