/**
 * The settings of one action, by type (domain/action.ts). Each control's id is `<action id>-<key>`, the key the
 * domain's problems name, so a problem shows under its control and the summary links to it.
 */
import { Flex, Grid } from '@strapi/design-system';
import {
  type Action,
  type DestinataireCourriel,
  ETATS_ONGLET,
  PROPRIETES_INDIVIDU,
  PROPRIETES_PROFIL,
  VUES_ONGLET,
} from '../../../../domain/action';
import type { Guide } from '../../../../domain/guide';
import { useTraduction } from '../useTraduction';
import { AutresAdresses } from './AutresAdresses';
import { ChampsModifies } from './ChampsModifies';
import { Correspondances } from './Correspondances';
import { type Analyse, ids } from './problemes';
import { Groupe, type OptionChoix, SaisieCase, SaisieChoix, SaisieNombre, SaisieTexte } from './saisies';

type Traduire = ReturnType<typeof useTraduction>;
const options = (t: Traduire, prefixe: string, valeurs: readonly string[]): OptionChoix[] =>
  valeurs.map((valeur) => ({ valeur, libelle: t(`guides.valeur.${prefixe}.${valeur}` as never) }));

export function FormulaireAction({
  id,
  action,
  guide,
  statuts,
  analyse,
  onChange,
}: {
  id: string;
  action: Action;
  guide: Guide;
  statuts: readonly OptionChoix[];
  analyse: Analyse;
  onChange: (action: Action) => void;
}) {
  const t = useTraduction();
  const c = (cle: string) => ({ id: ids.controle(id, cle), erreur: analyse.parControle.get(ids.controle(id, cle)) });
  const erreursGroupe = (cle: string) => {
    const e = analyse.parControle.get(ids.controle(id, cle));
    return e ? [e] : undefined;
  };
  const texte = (cle: string, valeur: string, changer: (v: string) => void, aide?: string, multiligne = false) => (
    <SaisieTexte
      {...c(cle)}
      libelle={t(`guides.action.${cle}` as never)}
      aide={aide}
      requis
      multiligne={multiligne}
      valeur={valeur}
      onChange={changer}
    />
  );

  switch (action.type) {
    case 'courriel':
    case 'sms': {
      const fixes = ['usager', 'agent_affecte'] as const;
      return (
        <>
          {texte('modele', action.modele, (modele) => onChange({ ...action, modele }), t('guides.action.modeleAide'))}
          <Groupe
            id={ids.controle(id, 'destinataires')}
            legende={t('guides.action.destinataires')}
            niveau="omega"
            problemes={erreursGroupe('destinataires')}
          >
            {fixes.map((d) => (
              <SaisieCase
                key={d}
                id={ids.controle(id, `destinataire-${d}`)}
                libelle={t(`guides.valeur.destinataire.${d}`)}
                valeur={(action.destinataires as readonly unknown[]).includes(d)}
                onChange={(coche) => {
                  const autres = (action.destinataires as DestinataireCourriel[]).filter((x) => x !== d);
                  const suivants = coche ? [d, ...autres] : autres;
                  onChange({ ...action, destinataires: suivants } as Action);
                }}
              />
            ))}
            {action.type === 'courriel' ? (
              <AutresAdresses
                id={ids.controle(id, 'adresses')}
                destinataires={action.destinataires}
                onChange={(destinataires) => onChange({ ...action, destinataires })}
              />
            ) : null}
          </Groupe>
          {action.type === 'courriel' ? (
            <SaisieCase
              id={ids.controle(id, 'joindreJustificatifs')}
              libelle={t('guides.action.joindreJustificatifs')}
              valeur={action.joindreJustificatifs ?? false}
              onChange={(joindre) => {
                const { joindreJustificatifs: _retire, ...sans } = action;
                onChange(joindre ? { ...sans, joindreJustificatifs: true } : sans);
              }}
            />
          ) : null}
        </>
      );
    }
    case 'modifier_champs':
      return (
        <ChampsModifies
          id={id}
          champs={action.champs}
          problemes={erreursGroupe('champs')}
          onChange={(champs) => onChange({ ...action, champs })}
        />
      );
    case 'affecter':
      return (
        <Flex gap={4} alignItems="flex-start" wrap="wrap">
          <SaisieChoix
            {...c('mode')}
            libelle={t('guides.action.mode')}
            requis
            valeur={action.mode}
            options={options(t, 'mode', ['territoire', 'agent'])}
            onChange={(mode) =>
              onChange(
                mode === 'agent'
                  ? { type: 'affecter', mode: 'agent', agentId: 1 }
                  : { type: 'affecter', mode: 'territoire' },
              )
            }
          />
          {action.mode === 'agent' ? (
            <SaisieNombre
              {...c('agentId')}
              libelle={t('guides.action.agentId')}
              aide={t('guides.action.agentIdAide')}
              requis
              valeur={action.agentId}
              onChange={(agentId) => onChange({ ...action, agentId: agentId ?? 0 })}
            />
          ) : null}
        </Flex>
      );
    case 'sauter_etapes':
      return (
        <SaisieChoix
          {...c('vers')}
          libelle={t('guides.action.versEtape')}
          aide={t('guides.action.versEtapeAide')}
          requis
          valeur={action.vers}
          options={guide.etapes.map((e) => ({ valeur: e.code, libelle: `${e.libelle} (${e.code})` }))}
          onChange={(vers) => onChange({ ...action, vers: vers ?? '' })}
        />
      );
    case 'onglet':
      return (
        <Grid.Root gap={4}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            {texte('onglet', action.onglet, (onglet) => onChange({ ...action, onglet }), t('guides.action.ongletAide'))}
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SaisieChoix
              {...c('vue')}
              libelle={t('guides.action.vue')}
              requis
              valeur={action.vue}
              options={options(t, 'vue', VUES_ONGLET)}
              onChange={(vue) => onChange({ ...action, vue: (vue ?? 'usager') as typeof action.vue })}
            />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SaisieChoix
              {...c('etat')}
              libelle={t('guides.action.etatOnglet')}
              requis
              valeur={action.etat}
              options={options(t, 'etatOnglet', ETATS_ONGLET)}
              onChange={(etat) => onChange({ ...action, etat: (etat ?? 'visible') as typeof action.etat })}
            />
          </Grid.Item>
        </Grid.Root>
      );
    case 'statut_dossier_lie':
      return (
        <Flex gap={4} alignItems="flex-start" wrap="wrap">
          <SaisieChoix
            {...c('lien')}
            libelle={t('guides.action.lien')}
            requis
            valeur={action.lien}
            options={options(t, 'lien', ['parent', 'enfants'])}
            onChange={(lien) => onChange({ ...action, lien: lien === 'enfants' ? 'enfants' : 'parent' })}
          />
          {texte(
            'statut',
            action.statut,
            (statut) => onChange({ ...action, statut }),
            t('guides.action.statutLieAide'),
          )}
        </Flex>
      );
    case 'demander_justificatif':
      return (
        <>
          {texte(
            'typeDocument',
            action.typeDocument,
            (typeDocument) => onChange({ ...action, typeDocument }),
            t('guides.action.typeDocumentAide'),
          )}
          {texte(
            'message',
            action.message,
            (message) => onChange({ ...action, message }),
            t('guides.action.messageAide'),
            true,
          )}
        </>
      );
    case 'document':
      return (
        <>
          {texte(
            'modele',
            action.modele,
            (modele) => onChange({ ...action, modele }),
            t('guides.action.modeleDocumentAide'),
          )}
          {texte(
            'nomFichier',
            action.nomFichier,
            (nomFichier) => onChange({ ...action, nomFichier }),
            t('guides.action.nomFichierAide'),
          )}
        </>
      );
    case 'detecter_doublon':
      return (
        <Flex gap={4} alignItems="flex-start" wrap="wrap">
          <SaisieChoix
            {...c('critere')}
            libelle={t('guides.action.critere')}
            requis
            valeur={action.critere}
            options={options(t, 'critere', ['demandeur', 'beneficiaire', 'les_deux'])}
            onChange={(critere) => onChange({ ...action, critere: (critere ?? 'demandeur') as typeof action.critere })}
          />
          <SaisieChoix
            {...c('statutSiDoublon')}
            libelle={t('guides.action.statutSiDoublon')}
            aide={t('guides.action.statutSiDoublonAide')}
            valeur={action.statutSiDoublon}
            options={statuts}
            effacer={t('guides.action.aucunStatut')}
            onChange={(statut) => {
              const { statutSiDoublon: _retire, ...sans } = action;
              onChange(statut ? { ...sans, statutSiDoublon: statut } : sans);
            }}
          />
        </Flex>
      );
    case 'creer_individu':
    case 'creer_profil':
      return (
        <Correspondances
          id={id}
          proprietes={action.type === 'creer_individu' ? PROPRIETES_INDIVIDU : PROPRIETES_PROFIL}
          correspondances={action.correspondances}
          problemes={erreursGroupe('correspondances')}
          onChange={(correspondances) => onChange({ ...action, correspondances } as Action)}
        />
      );
    case 'conversation':
      return (
        <SaisieChoix
          {...c('etat')}
          libelle={t('guides.action.etatConversation')}
          requis
          valeur={action.etat}
          options={options(t, 'conversation', ['ouverte', 'fermee'])}
          onChange={(etat) => onChange({ ...action, etat: etat === 'fermee' ? 'fermee' : 'ouverte' })}
        />
      );
    case 'webhook':
      return (
        <>
          {texte('url', action.url, (url) => onChange({ ...action, url }), t('guides.action.urlAide'))}
          {texte('secret', action.secret, (secret) => onChange({ ...action, secret }), t('guides.action.secretAide'))}
        </>
      );
  }
}
