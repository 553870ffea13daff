import { useEffect, useState } from 'react';
import { Link as LienRouteur, useNavigate } from 'react-router-dom';
import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useTraduction } from '../useTraduction';
import { CHEMIN, DRAPEAUX, type Drapeau, lireRefus, niveauxClassement, type OperationsDossier } from './api';
import { DialogueSuppression } from './DialogueSuppression';

const AUCUN = 'aucun';

/**
 * The agent's operations on the dossier page: assignment, flags, classement, parent link, duplication, deletion.
 * Each sends the version read; a 409 reloads the dossier and says why, a 422 shows the server's French message.
 */
export const PanneauOperations = <D extends OperationsDossier>({
  dossier,
  onMisAJour,
  onMessage,
  recharger,
}: {
  dossier: D;
  onMisAJour: (dossier: D) => void;
  onMessage: (type: 'success' | 'danger', texte: string) => void;
  recharger: () => Promise<void>;
}) => {
  const t = useTraduction();
  const naviguer = useNavigate();
  const { get, put, post } = useFetchClient();
  const [agents, setAgents] = useState<Array<{ id: number; nom: string }>>([]);
  const [agent, setAgent] = useState<string>(dossier.agentId ? String(dossier.agentId) : AUCUN);
  const [drapeaux, setDrapeaux] = useState<Drapeau[]>(dossier.drapeaux);
  const [classement, setClassement] = useState<string[]>(dossier.classement);
  const [parent, setParent] = useState(dossier.parent ?? '');
  const [lierCopie, setLierCopie] = useState(true);
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [enCours, setEnCours] = useState(false);

  useEffect(() => {
    void get<{ data: Array<{ id: number; nom: string }> }>(`/instruction/dossiers/${dossier.numero}/agents-possibles`)
      .then(({ data }) => setAgents(data.data))
      .catch(() => setAgents([]));
  }, [dossier.numero]);
  // The dossier reloads every few seconds: follow it unless the agent is editing (same version).
  useEffect(() => {
    setAgent(dossier.agentId ? String(dossier.agentId) : AUCUN);
    setDrapeaux(dossier.drapeaux);
    setClassement(dossier.classement);
    setParent(dossier.parent ?? '');
  }, [dossier.version]);

  /** Runs one operation; true when it succeeded. */
  async function operer(appel: () => Promise<{ data: { data: unknown } }>, succes: string): Promise<boolean> {
    setEnCours(true);
    setErreurs({});
    try {
      const { data } = await appel();
      if (data.data && typeof data.data === 'object' && 'version' in data.data) onMisAJour(data.data as D);
      onMessage('success', succes);
      return true;
    } catch (erreur) {
      const refus = lireRefus(erreur);
      if (refus.status === 409) {
        onMessage('danger', t('erreur.conflit'));
        await recharger();
      } else if (refus.erreurs.length > 0) {
        setErreurs(Object.fromEntries(refus.erreurs.map((e) => [e.champ.split('.')[0]!, e.message])));
      } else onMessage('danger', refus.message ?? t('erreur.chargement'));
      return false;
    } finally {
      setEnCours(false);
    }
  }

  const url = `/instruction/dossiers/${dossier.numero}`;
  const niveaux = niveauxClassement(dossier.classification, classement);

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius marginTop={6}>
      <Typography variant="delta" tag="h2">
        {t('operations.titre')}
      </Typography>
      <Flex direction="column" gap={5} paddingTop={4} alignItems="stretch">
        <Field.Root name="operations-agent" error={erreurs.agentId}>
          <Field.Label>{t('operations.affectation')}</Field.Label>
          <SingleSelect value={agent} onChange={(v) => setAgent(String(v))} data-testid="agent">
            <SingleSelectOption value={AUCUN}>{t('operations.personne')}</SingleSelectOption>
            {agents.map((a) => (
              <SingleSelectOption key={a.id} value={String(a.id)}>
                {a.nom}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Error />
        </Field.Root>
        <Button
          variant="secondary"
          loading={enCours}
          onClick={() =>
            void operer(
              () =>
                put(`${url}/affectation`, {
                  version: dossier.version,
                  agentId: agent === AUCUN ? null : Number(agent),
                }),
              t('operations.succes.affectation'),
            )
          }
          data-testid="affecter"
        >
          {t('operations.affecter')}
        </Button>

        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>
            <Typography variant="pi" fontWeight="bold">
              {t('operations.drapeaux')}
            </Typography>
          </legend>
          <Flex direction="column" gap={2} paddingTop={2} alignItems="flex-start">
            {DRAPEAUX.map((d) => (
              <Checkbox
                key={d}
                checked={drapeaux.includes(d)}
                onCheckedChange={(coche) =>
                  setDrapeaux((liste) => (coche === true ? [...liste, d] : liste.filter((x) => x !== d)))
                }
              >
                {t(`operations.drapeau.${d}`)}
              </Checkbox>
            ))}
          </Flex>
        </fieldset>
        <Button
          variant="secondary"
          loading={enCours}
          onClick={() =>
            void operer(
              () => put(`${url}/drapeaux`, { version: dossier.version, drapeaux }),
              t('operations.succes.drapeaux'),
            )
          }
        >
          {t('operations.enregistrerDrapeaux')}
        </Button>

        {dossier.classification.length > 0 && (
          <>
            {niveaux.map((options, niveau) => (
              <Field.Root
                key={niveau}
                name={`operations-classement-${niveau}`}
                error={niveau === 0 ? erreurs.classement : undefined}
              >
                <Field.Label>{t('operations.classementNiveau', { niveau: niveau + 1 })}</Field.Label>
                <SingleSelect
                  value={classement[niveau] ?? AUCUN}
                  onChange={(v) =>
                    setClassement((chemin) =>
                      v === AUCUN ? chemin.slice(0, niveau) : [...chemin.slice(0, niveau), String(v)],
                    )
                  }
                >
                  <SingleSelectOption value={AUCUN}>{t('operations.nonClasse')}</SingleSelectOption>
                  {options.map((n) => (
                    <SingleSelectOption key={n.code} value={n.code}>
                      {n.libelle}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
            ))}
            <Button
              variant="secondary"
              loading={enCours}
              onClick={() =>
                void operer(
                  () => put(`${url}/classement`, { version: dossier.version, classement }),
                  t('operations.succes.classement'),
                )
              }
            >
              {t('operations.classer')}
            </Button>
          </>
        )}

        <Field.Root name="operations-parent" error={erreurs.parent} hint={t('operations.parentAide')}>
          <Field.Label>{t('operations.parent')}</Field.Label>
          <TextInput value={parent} onChange={(e: { target: { value: string } }) => setParent(e.target.value.trim())} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <Button
          variant="secondary"
          loading={enCours}
          onClick={() =>
            void operer(
              () => put(`${url}/parent`, { version: dossier.version, parent: parent || null }),
              t('operations.succes.lien'),
            )
          }
        >
          {parent ? t('operations.lier') : t('operations.delier')}
        </Button>
        {dossier.enfants.length > 0 && (
          <Box>
            <Typography variant="pi" fontWeight="bold">
              {t('operations.enfants')}
            </Typography>
            <ul>
              {dossier.enfants.map((n) => (
                <li key={n}>
                  <LienRouteur to={`${CHEMIN}/dossiers/${n}`}>{n}</LienRouteur>
                </li>
              ))}
            </ul>
          </Box>
        )}

        <Checkbox checked={lierCopie} onCheckedChange={(coche) => setLierCopie(coche === true)}>
          {t('operations.lierCopie')}
        </Checkbox>
        <Button
          variant="secondary"
          loading={enCours}
          onClick={() => {
            setEnCours(true);
            post<{ data: { numero: string } }>(`${url}/duplication`, { lier: lierCopie })
              .then(({ data }) => {
                onMessage('success', t('operations.succes.duplication', { numero: data.data.numero }));
                naviguer(`${CHEMIN}/dossiers/${data.data.numero}`);
              })
              .catch((erreur: unknown) => onMessage('danger', lireRefus(erreur).message ?? t('erreur.chargement')))
              .finally(() => setEnCours(false));
          }}
        >
          {t('operations.dupliquer')}
        </Button>

        {dossier.peutSupprimer && (
          <DialogueSuppression
            numero={dossier.numero}
            enCours={enCours}
            erreurs={erreurs}
            onConfirmer={(confirmation, motif) =>
              operer(
                () => post(`${url}/suppression`, { version: dossier.version, confirmation, motif }),
                t('operations.succes.suppression'),
              ).then((ok) => {
                if (ok) naviguer(CHEMIN);
                return ok;
              })
            }
          />
        )}
      </Flex>
    </Box>
  );
};
