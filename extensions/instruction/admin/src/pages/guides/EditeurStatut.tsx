/** One statut: how it shows (libellé, colour, icon), what it means (advances, closes, hidden, seen by the citizen), where it leads (transitions) and what entering it does (actions). */
import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import {
  DROITS,
  type Droit,
  type Guide,
  ICONES_STATUT,
  type Statut,
  type TransitionPossible,
} from '../../../../domain/guide';
import { useTraduction } from '../useTraduction';
import { EditeurActions } from './EditeurActions';
import { focaliserApres, remplacer, retirer } from './modifications';
import { type Analyse, ids } from './problemes';
import { BoutonsOrdre, Groupe, type OptionChoix, SaisieCase, SaisieChoix, SaisieTexte } from './saisies';

const OPTIONS_ICONES: OptionChoix[] = ICONES_STATUT.map((icone) => ({ valeur: icone, libelle: icone }));

export function EditeurStatut({
  statut,
  etape,
  index,
  total,
  guide,
  statuts,
  analyse,
  onChange,
  onDeplacer,
  onSupprimer,
}: {
  statut: Statut;
  etape: number;
  index: number;
  total: number;
  guide: Guide;
  statuts: readonly OptionChoix[];
  analyse: Analyse;
  onChange: (statut: Statut) => void;
  onDeplacer: (vers: number) => void;
  onSupprimer: () => void;
}) {
  const t = useTraduction();
  const id = ids.statut(etape, index);
  const erreur = (champ: string) => analyse.parControle.get(ids.controle(id, champ));
  const changer = <K extends keyof Statut>(cle: K, valeur: Statut[K]) => onChange({ ...statut, [cle]: valeur });
  const cases: Array<{ cle: 'avanceLigneDeVie' | 'cloture' | 'masqueAgents' | 'visibleUsager'; valeur: boolean }> = [
    { cle: 'avanceLigneDeVie', valeur: statut.avanceLigneDeVie ?? true },
    { cle: 'cloture', valeur: statut.cloture },
    { cle: 'masqueAgents', valeur: statut.masqueAgents ?? false },
    { cle: 'visibleUsager', valeur: statut.visibleUsager },
  ];

  const changerTransition = (k: number, transition: TransitionPossible) =>
    changer('transitions', remplacer(statut.transitions, k, transition));
  const ajouterTransition = () => {
    const vers = statuts.find((s) => s.valeur !== statut.code)?.valeur ?? '';
    const transitions = [...statut.transitions, { vers }];
    changer('transitions', transitions);
    focaliserApres(ids.controle(ids.transition(etape, index, transitions.length - 1), 'vers'));
  };

  return (
    <Groupe
      id={id}
      legende={t('guides.statut.legende', { libelle: statut.libelle })}
      problemes={analyse.parElement.get(id)}
    >
      <BoutonsOrdre
        id={id}
        nom={t('guides.statut.nom', { libelle: statut.libelle })}
        index={index}
        total={total}
        libelles={{ monter: t('guides.monter'), descendre: t('guides.descendre'), supprimer: t('guides.supprimer') }}
        onDeplacer={onDeplacer}
        onSupprimer={onSupprimer}
      />
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SaisieTexte
            id={ids.controle(id, 'libelle')}
            libelle={t('guides.statut.libelle')}
            requis
            erreur={erreur('libelle')}
            valeur={statut.libelle}
            onChange={(v) => changer('libelle', v)}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SaisieTexte
            id={ids.controle(id, 'code')}
            libelle={t('guides.code')}
            aide={t('guides.codeAide')}
            requis
            erreur={erreur('code')}
            valeur={statut.code}
            onChange={(v) => changer('code', v)}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Flex gap={2} alignItems="flex-end">
            <Box grow={1}>
              <SaisieTexte
                id={ids.controle(id, 'couleur')}
                libelle={t('guides.statut.couleur')}
                aide={t('guides.statut.couleurAide')}
                erreur={erreur('couleur')}
                placeholder="#1F6FEB"
                valeur={statut.couleur ?? ''}
                onChange={(v) => changer('couleur', v === '' ? undefined : v)}
              />
            </Box>
            {/* A swatch of the colour as agents will see it; decorative, the value is in the field. */}
            <Box
              aria-hidden
              marginBottom={6}
              hasRadius
              borderColor="neutral300"
              style={{ width: 32, height: 32, background: statut.couleur ?? 'transparent' }}
            />
          </Flex>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SaisieChoix
            id={ids.controle(id, 'icone')}
            libelle={t('guides.statut.icone')}
            erreur={erreur('icone')}
            valeur={statut.icone}
            options={OPTIONS_ICONES}
            effacer={t('guides.statut.sansIcone')}
            onChange={(v) => changer('icone', v as Statut['icone'])}
          />
        </Grid.Item>
      </Grid.Root>
      <Groupe legende={t('guides.statut.comportement')} niveau="omega">
        {cases.map(({ cle, valeur }) => (
          <SaisieCase
            key={cle}
            id={ids.controle(id, cle)}
            libelle={t(`guides.statut.${cle}`)}
            valeur={valeur}
            onChange={(v) => changer(cle, v)}
          />
        ))}
      </Groupe>
      <Groupe legende={t('guides.transitions.legende', { libelle: statut.libelle })} niveau="omega">
        {statut.transitions.length === 0 ? (
          <Typography textColor="neutral600">{t('guides.transitions.aucune')}</Typography>
        ) : null}
        {statut.transitions.map((transition, k) => (
          <LigneTransition
            key={k}
            id={ids.transition(etape, index, k)}
            numero={k + 1}
            transition={transition}
            statuts={statuts}
            analyse={analyse}
            onChange={(suivante) => changerTransition(k, suivante)}
            onSupprimer={() => {
              changer('transitions', retirer(statut.transitions, k));
              focaliserApres(`${id}-ajouter-transition`);
            }}
          />
        ))}
        <Box>
          <Button id={`${id}-ajouter-transition`} variant="secondary" size="S" onClick={ajouterTransition}>
            {t('guides.transitions.ajouter', { libelle: statut.libelle })}
          </Button>
        </Box>
      </Groupe>
      <EditeurActions
        id={id}
        etape={etape}
        statut={index}
        libelleStatut={statut.libelle}
        actions={statut.actions}
        guide={guide}
        statuts={statuts}
        analyse={analyse}
        onChange={(actions) => changer('actions', actions)}
      />
    </Groupe>
  );
}

function LigneTransition({
  id,
  numero,
  transition,
  statuts,
  analyse,
  onChange,
  onSupprimer,
}: {
  id: string;
  numero: number;
  transition: TransitionPossible;
  statuts: readonly OptionChoix[];
  analyse: Analyse;
  onChange: (transition: TransitionPossible) => void;
  onSupprimer: () => void;
}) {
  const t = useTraduction();
  const droits = transition.droits ?? ['instruire'];
  const basculer = (droit: Droit, coche: boolean) => {
    const suivants = DROITS.filter((d) => (d === droit ? coche : droits.includes(d)));
    // « instruire » alone is the default: left out, so the stored guide stays as an administrator would write it.
    const { droits: _retire, ...sans } = transition;
    onChange(suivants.length === 1 && suivants[0] === 'instruire' ? sans : { ...transition, droits: suivants });
  };
  return (
    <Groupe id={id} legende={t('guides.transition.numero', { numero })} niveau="omega">
      <Grid.Root gap={4}>
        <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
          <SaisieChoix
            id={ids.controle(id, 'vers')}
            libelle={t('guides.transition.vers')}
            requis
            erreur={analyse.parControle.get(ids.controle(id, 'vers'))}
            valeur={transition.vers}
            options={statuts}
            onChange={(vers) => onChange({ ...transition, vers: vers ?? '' })}
          />
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <SaisieTexte
            id={ids.controle(id, 'libelle')}
            libelle={t('guides.transition.libelle')}
            aide={t('guides.transition.libelleAide')}
            erreur={analyse.parControle.get(ids.controle(id, 'libelle'))}
            valeur={transition.libelle ?? ''}
            onChange={(libelle) => {
              const { libelle: _retire, ...sans } = transition;
              onChange(libelle === '' ? sans : { ...transition, libelle });
            }}
          />
        </Grid.Item>
        <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
          <Groupe
            id={ids.controle(id, 'droits')}
            legende={t('guides.transition.droits')}
            niveau="omega"
            problemes={
              analyse.parControle.has(ids.controle(id, 'droits'))
                ? [analyse.parControle.get(ids.controle(id, 'droits'))!]
                : undefined
            }
          >
            {DROITS.map((droit) => (
              <SaisieCase
                key={droit}
                id={ids.controle(id, `droit-${droit}`)}
                libelle={t(`guides.droit.${droit}`)}
                valeur={droits.includes(droit)}
                onChange={(coche) => basculer(droit, coche)}
              />
            ))}
          </Groupe>
        </Grid.Item>
      </Grid.Root>
      <Flex>
        <Button variant="danger-light" size="S" onClick={onSupprimer}>
          {t('guides.transition.supprimer', { numero })}
        </Button>
      </Flex>
    </Groupe>
  );
}
