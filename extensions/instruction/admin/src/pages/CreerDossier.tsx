import { useEffect, useRef, useState } from 'react';
import { Link as LienRouteur, useNavigate } from 'react-router-dom';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  Main,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { CHEMIN, lireRefus } from './operations/api';
import { useTraduction } from './useTraduction';

interface Individu {
  id: number;
  nom: string;
  prenom: string | null;
  dateNaissance: string | null;
  commune: string | null;
}
interface DispositifOuvert {
  slug: string;
  titre: string;
  creationAnonyme: boolean;
}

const jour = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');
const nomComplet = (i: Individu) =>
  [i.prenom, i.nom].filter(Boolean).join(' ') +
  (i.dateNaissance ? ` — ${jour(i.dateNaissance)}` : '') +
  (i.commune ? ` — ${i.commune}` : '');

/**
 * An agent files a dossier for someone: pick the dispositif, find the individu (accent-insensitive search) or create
 * them, or file it for « Anonyme » when the dispositif allows it; the new dossier opens once deposited.
 */
export const CreerDossier = () => {
  const t = useTraduction();
  const naviguer = useNavigate();
  const { get, post } = useFetchClient();
  const [dispositifs, setDispositifs] = useState<DispositifOuvert[]>([]);
  const [dispositif, setDispositif] = useState('');
  const [recherche, setRecherche] = useState('');
  const [resultats, setResultats] = useState<Individu[] | null>(null);
  const [individu, setIndividu] = useState<Individu | null>(null);
  const [anonyme, setAnonyme] = useState(false);
  const [nouveau, setNouveau] = useState({ nom: '', prenom: '', dateNaissance: '', commune: '' });
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [enCours, setEnCours] = useState(false);
  const annonce = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void get<{ data: DispositifOuvert[] }>('/instruction/creation/dispositifs')
      .then(({ data }) => setDispositifs(data.data))
      .catch(() => setMessage(t('erreur.chargement')));
  }, []);
  const choisi = dispositifs.find((d) => d.slug === dispositif);

  const refuser = (erreur: unknown) => {
    const refus = lireRefus(erreur);
    setErreurs(Object.fromEntries(refus.erreurs.map((e) => [e.champ.split('.')[0]!, e.message])));
    if (refus.erreurs.length === 0) setMessage(refus.message ?? t('erreur.chargement'));
  };

  const rechercher = async () => {
    setErreurs({});
    try {
      const { data } = await get<{ data: Individu[] }>('/instruction/tiers/individus', { params: { q: recherche } });
      setResultats(data.data);
      // Screen readers hear how many people were found (the list appears below the field).
      annonce.current?.focus();
    } catch (erreur) {
      refuser(erreur);
    }
  };

  const creerIndividu = async () => {
    setErreurs({});
    try {
      const corps = {
        nom: nouveau.nom,
        ...(nouveau.prenom ? { prenom: nouveau.prenom } : {}),
        ...(nouveau.dateNaissance ? { dateNaissance: nouveau.dateNaissance } : {}),
        ...(nouveau.commune ? { adresse: { commune: nouveau.commune } } : {}),
      };
      const { data } = await post<{ data: Individu }>('/instruction/tiers/individus', corps);
      setIndividu(data.data);
      setAnonyme(false);
      setNouveau({ nom: '', prenom: '', dateNaissance: '', commune: '' });
    } catch (erreur) {
      refuser(erreur);
    }
  };

  const creerDossier = async () => {
    setEnCours(true);
    setErreurs({});
    try {
      const corps = anonyme ? { dispositif, anonyme: true } : { dispositif, individuId: individu?.id };
      const { data } = await post<{ data: { numero: string } }>('/instruction/dossiers', corps);
      naviguer(`${CHEMIN}/dossiers/${data.data.numero}`);
    } catch (erreur) {
      refuser(erreur);
    } finally {
      setEnCours(false);
    }
  };

  const champ = (cle: keyof typeof nouveau, libelle: string, type = 'text') => (
    <Field.Root name={`individu-${cle}`} error={erreurs[cle === 'commune' ? 'adresse' : cle]} required={cle === 'nom'}>
      <Field.Label>{libelle}</Field.Label>
      <TextInput
        type={type}
        value={nouveau[cle]}
        onChange={(e: { target: { value: string } }) => setNouveau((n) => ({ ...n, [cle]: e.target.value }))}
      />
      <Field.Error />
    </Field.Root>
  );

  return (
    <Main>
      <Box padding={8}>
        <LienRouteur to={CHEMIN}>{t('detail.retour')}</LienRouteur>
        <Box paddingTop={4} paddingBottom={6}>
          <Typography variant="alpha" tag="h1">
            {t('operations.creation.titre')}
          </Typography>
        </Box>
        {message && (
          <Box paddingBottom={4}>
            <Alert variant="danger" title={message} onClose={() => setMessage(null)} closeLabel="Fermer">
              {null}
            </Alert>
          </Box>
        )}
        <Flex direction="column" gap={6} alignItems="stretch" maxWidth="60rem">
          <Field.Root name="creation-dispositif" required error={erreurs.dispositif}>
            <Field.Label>{t('operations.creation.dispositif')}</Field.Label>
            <SingleSelect value={dispositif || null} onChange={(v) => setDispositif(String(v))}>
              {dispositifs.map((d) => (
                <SingleSelectOption key={d.slug} value={d.slug}>
                  {d.titre}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Error />
          </Field.Root>

          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <Typography variant="delta" tag="h2">
              {t('operations.creation.individu')}
            </Typography>
            <Flex gap={2} paddingTop={4} alignItems="flex-end">
              <Field.Root name="creation-recherche" error={erreurs.q} hint={t('operations.creation.rechercheAide')}>
                <Field.Label>{t('operations.creation.recherche')}</Field.Label>
                <TextInput
                  value={recherche}
                  onChange={(e: { target: { value: string } }) => setRecherche(e.target.value)}
                  onKeyDown={(e: { key: string; preventDefault(): void }) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      void rechercher();
                    }
                  }}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <Button variant="secondary" onClick={() => void rechercher()}>
                {t('operations.creation.rechercher')}
              </Button>
            </Flex>
            <div ref={annonce} tabIndex={-1} aria-live="polite">
              {resultats && (
                <Typography variant="pi" textColor="neutral600">
                  {t('operations.creation.resultats', { nombre: resultats.length })}
                </Typography>
              )}
            </div>
            {resultats && resultats.length > 0 && (
              <ul>
                {resultats.map((r) => (
                  <li key={r.id}>
                    <Flex gap={2} paddingTop={2}>
                      <Typography>{nomComplet(r)}</Typography>
                      <Button
                        size="S"
                        variant={individu?.id === r.id ? 'default' : 'tertiary'}
                        aria-pressed={individu?.id === r.id}
                        onClick={() => {
                          setIndividu(r);
                          setAnonyme(false);
                        }}
                      >
                        {t('operations.creation.choisir')}
                      </Button>
                    </Flex>
                  </li>
                ))}
              </ul>
            )}

            <Box paddingTop={6}>
              <Typography variant="sigma" tag="h3">
                {t('operations.creation.nouvelIndividu')}
              </Typography>
              <Flex direction="column" gap={3} paddingTop={2} alignItems="stretch">
                {champ('nom', t('operations.creation.nom'))}
                {champ('prenom', t('operations.creation.prenom'))}
                {champ('dateNaissance', t('operations.creation.dateNaissance'), 'date')}
                {champ('commune', t('operations.creation.commune'))}
                <Button variant="secondary" onClick={() => void creerIndividu()} disabled={!nouveau.nom.trim()}>
                  {t('operations.creation.creerIndividu')}
                </Button>
              </Flex>
            </Box>

            {choisi?.creationAnonyme && (
              <Box paddingTop={6}>
                <Checkbox checked={anonyme} onCheckedChange={(c) => setAnonyme(c === true)}>
                  {t('operations.creation.anonyme')}
                </Checkbox>
              </Box>
            )}
          </Box>

          <Box aria-live="polite">
            <Typography fontWeight="bold">
              {anonyme
                ? t('operations.creation.pourAnonyme')
                : individu
                  ? t('operations.creation.pour', { nom: nomComplet(individu) })
                  : t('operations.creation.personneChoisie')}
            </Typography>
            {erreurs.individuId && (
              <Typography textColor="danger600" tag="p">
                {erreurs.individuId}
              </Typography>
            )}
            {erreurs.anonyme && (
              <Typography textColor="danger600" tag="p">
                {erreurs.anonyme}
              </Typography>
            )}
          </Box>
          <Flex>
            <Button
              loading={enCours}
              disabled={!dispositif || (!anonyme && !individu)}
              onClick={() => void creerDossier()}
              data-testid="creer-dossier"
            >
              {t('operations.creation.valider')}
            </Button>
          </Flex>
        </Flex>
      </Box>
    </Main>
  );
};
