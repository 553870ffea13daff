import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { Box, Grid, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { ListeReferentiel, ModeleDetail } from '../../../../contracts/admin-api';
import { dispositionDeVue, VUES } from '../../../../domain/modele';
import { vueDefinie } from '../../../../domain/edition/vues';
import { Problemes, type Compte } from '../../components/Problemes';
import { VISUELLEMENT_CACHE } from '../../components/MarqueRequis';
import { useTraduction } from '../../utils/useTraduction';
import { Apercu } from './apercu/Apercu';
import { Arbre } from './arbre/Arbre';
import { BarreActions } from './BarreActions';
import { BarreVue } from './BarreVue';
import { EnTete } from './EnTete';
import { etatInitial, modifications, reducteur } from './etat';
import { ModaleNouveauChamp } from './ModaleNouveauChamp';
import { PanneauElement } from './panneau/PanneauElement';
import { PanneauReferentiel } from './PanneauReferentiel';
import { useActionsServeur } from './useActionsServeur';
import { Versions } from './Versions';

/**
 * « Générateur de formulaires »: the layout tree of the selected view on the left, the selected element's editor in
 * the middle, the référentiel des champs on the right; or the preview. The whole model lives in one reducer.
 */
export function Editeur({
  detailInitial,
  referentiels,
}: {
  detailInitial: ModeleDetail;
  referentiels: ListeReferentiel[];
}) {
  const t = useTraduction();
  const [etat, dispatch] = useReducer(reducteur, detailInitial, etatInitial);
  const [compte, setCompte] = useState<Compte | null>(null);
  const [nouveauChamp, setNouveauChamp] = useState(false);
  const serveur = useActionsServeur(etat, dispatch, t, setCompte);
  const { detail, modele, vue, selection, mode } = etat;
  const modifs = useMemo(() => modifications(etat), [etat]);
  const champsParCode = useMemo(() => new Map(modele.champs.map((c) => [c.code, c])), [modele.champs]);
  const aujourdhui = useMemo(() => new Date().toISOString().slice(0, 10), []);
  useAvertissementSortie(modifs.total > 0);
  const ouvrirNouveauChamp = useCallback(() => setNouveauChamp(true), []);
  const { enregistrerVue } = serveur;
  const enregistrerCetteVue = useCallback(() => void enregistrerVue(vue), [enregistrerVue, vue]);

  return (
    <Page.Main>
      <Page.Title>{detail.titre}</Page.Title>
      <EnTete
        detail={detail}
        nonEnregistre={modifs.total > 0}
        enCours={serveur.enCours}
        onPublier={serveur.publier}
        onExporter={serveur.exporter}
      />
      <BarreActions
        mode={mode}
        nonEnregistrees={modifs.total}
        champsModifies={modifs.champs}
        enCours={serveur.enCours}
        onNouveauChamp={ouvrirNouveauChamp}
        onEnregistrerChamps={serveur.enregistrerChamps}
        onEnregistrerTout={serveur.enregistrerTout}
        dispatch={dispatch}
      />
      <Layouts.Content>
        <Problemes compte={compte} onClose={() => setCompte(null)} />
        <Tabs.Root
          value={vue}
          onValueChange={(v) => dispatch({ type: 'vue', vue: VUES.find((x) => x === v) ?? 'usager' })}
        >
          <Tabs.List aria-label={t('vues.liste')}>
            {VUES.map((v) => (
              <Tabs.Trigger key={v} value={v}>
                {t(`vue.titre.${v}`)}
                {modifs.vues[v] ? (
                  <>
                    <span aria-hidden> •</span>
                    <span style={VISUELLEMENT_CACHE}> ({t('enregistrement.nonEnregistre')})</span>
                  </>
                ) : null}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value={vue}>
            <BarreVue
              vue={vue}
              definie={vueDefinie(modele, vue)}
              modifiee={modifs.vues[vue]}
              enCours={serveur.enCours}
              onEnregistrer={enregistrerCetteVue}
              dispatch={dispatch}
            />
            {mode === 'apercu' ? (
              <Apercu modele={modele} vue={vue} referentiels={referentiels} aujourdhui={aujourdhui} />
            ) : (
              <Grid.Root gap={4}>
                <Grid.Item col={4} m={6} s={12} direction="column" alignItems="stretch">
                  <Arbre
                    disposition={dispositionDeVue(modele, vue)}
                    vue={vue}
                    champs={modele.champs}
                    champsParCode={champsParCode}
                    selection={selection}
                    dispatch={dispatch}
                  />
                </Grid.Item>
                <Grid.Item col={5} m={6} s={12} direction="column" alignItems="stretch">
                  <Box style={PANNEAU_COLLANT}>
                    <PanneauElement
                      selection={selection}
                      modele={modele}
                      vue={vue}
                      referentiels={referentiels}
                      dispatch={dispatch}
                    />
                  </Box>
                </Grid.Item>
                <Grid.Item col={3} m={12} s={12} direction="column" alignItems="stretch">
                  <PanneauReferentiel vue={vue} selection={selection} dispatch={dispatch} />
                </Grid.Item>
              </Grid.Root>
            )}
          </Tabs.Content>
        </Tabs.Root>
        <Box paddingTop={6}>
          <Versions detail={detail} />
        </Box>
      </Layouts.Content>
      <ModaleNouveauChamp
        ouverte={nouveauChamp}
        onFermer={() => setNouveauChamp(false)}
        vue={vue}
        selection={selection}
        dispatch={dispatch}
      />
    </Page.Main>
  );
}

/** The editor stays in view while a long tree scrolls. */
const PANNEAU_COLLANT = { position: 'sticky', top: 16, maxHeight: 'calc(100vh - 32px)', overflowY: 'auto' } as const;

/** The browser asks before leaving the page with unsaved changes. */
function useAvertissementSortie(actif: boolean) {
  useEffect(() => {
    if (!actif) return;
    const avertir = (evenement: BeforeUnloadEvent) => evenement.preventDefault();
    window.addEventListener('beforeunload', avertir);
    return () => window.removeEventListener('beforeunload', avertir);
  }, [actif]);
}
