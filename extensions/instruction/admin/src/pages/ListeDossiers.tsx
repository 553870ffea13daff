import { useEffect, useState } from 'react';
import { Link as LienRouteur } from 'react-router-dom';
import {
  Alert,
  Badge,
  Box,
  Button,
  Field,
  Flex,
  Main,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { CHEMIN, DRAPEAUX, type Drapeau } from './operations/api';
import { useTraduction } from './useTraduction';

/** The délai of the dossier's current étape (server-computed on the French calendar); null when none runs. */
export interface DelaiDossier {
  etat: 'dans_les_temps' | 'bientot' | 'en_retard';
  /** Days late, or days left (0 on the due day), in the délai's unit. */
  jours: number;
  /** The last day to act, "YYYY-MM-DD". */
  echeance: string;
}

interface LigneDossier {
  numero: string;
  dispositif: string;
  statutLibelle: string | null;
  deposeLe: string | null;
  delai: DelaiDossier | null;
  agentNom: string | null;
  drapeaux: Drapeau[];
}

/** The list's filters (server-side: they narrow the scoped query, keyset pagination kept). */
const TOUS = 'tous';

const dateCourte = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString('fr-FR') : '—');
const VARIANTE_DELAI = { dans_les_temps: 'success', bientot: 'warning', en_retard: 'danger' } as const;

/** « en retard de 3 j » / « 2 j restants », coloured by état; the due day in the tooltip. */
export const BadgeDelai = ({ delai }: { delai: DelaiDossier | null }) => {
  const t = useTraduction();
  if (!delai) return <Typography textColor="neutral600">—</Typography>;
  const [annee, mois, jour] = delai.echeance.split('-');
  return (
    <Badge
      variant={VARIANTE_DELAI[delai.etat]}
      title={t('delai.echeance', { date: `${jour}/${mois}/${annee}` })}
      data-testid="delai"
    >
      {delai.etat === 'en_retard'
        ? t('delai.enRetard', { jours: delai.jours })
        : t('delai.restants', { jours: delai.jours })}
    </Badge>
  );
};

export const ListeDossiers = () => {
  const t = useTraduction();
  const { get } = useFetchClient();
  const [lignes, setLignes] = useState<LigneDossier[] | null>(null);
  const [suivant, setSuivant] = useState<number | null>(null);
  const [erreur, setErreur] = useState(false);
  const [filtreAgent, setFiltreAgent] = useState(TOUS);
  const [filtreDrapeau, setFiltreDrapeau] = useState(TOUS);

  const charger = async (avant?: number) => {
    try {
      const params = {
        ...(avant ? { avant } : {}),
        ...(filtreAgent !== TOUS ? { agent: filtreAgent } : {}),
        ...(filtreDrapeau !== TOUS ? { drapeau: filtreDrapeau } : {}),
      };
      const { data } = await get<{ data: LigneDossier[]; meta: { suivant: number | null } }>('/instruction/dossiers', {
        params,
      });
      setLignes((precedentes) => [...(avant ? (precedentes ?? []) : []), ...data.data]);
      setSuivant(data.meta.suivant);
    } catch {
      setErreur(true);
    }
  };
  useEffect(() => {
    void charger();
  }, [filtreAgent, filtreDrapeau]);

  return (
    <Main>
      <Box padding={8}>
        <Flex justifyContent="space-between" alignItems="center">
          <Typography variant="alpha" tag="h1">
            {t('liste.titre')}
          </Typography>
          <LienRouteur to={`${CHEMIN}/dossiers/nouveau`} data-testid="nouveau-dossier">
            {t('operations.nouveauDossier')}
          </LienRouteur>
        </Flex>
        <Box paddingTop={2} paddingBottom={6}>
          <Typography variant="epsilon" textColor="neutral600">
            {t('liste.sousTitre')}
          </Typography>
        </Box>
        <Flex gap={4} paddingBottom={6} alignItems="flex-end">
          <Field.Root name="filtre-agent">
            <Field.Label>{t('operations.filtre.agent')}</Field.Label>
            <SingleSelect value={filtreAgent} onChange={(v) => setFiltreAgent(String(v))}>
              <SingleSelectOption value={TOUS}>{t('operations.filtre.tous')}</SingleSelectOption>
              <SingleSelectOption value="moi">{t('operations.filtre.moi')}</SingleSelectOption>
              <SingleSelectOption value="aucun">{t('operations.filtre.aucun')}</SingleSelectOption>
            </SingleSelect>
          </Field.Root>
          <Field.Root name="filtre-drapeau">
            <Field.Label>{t('operations.filtre.drapeau')}</Field.Label>
            <SingleSelect value={filtreDrapeau} onChange={(v) => setFiltreDrapeau(String(v))}>
              <SingleSelectOption value={TOUS}>{t('operations.filtre.tous')}</SingleSelectOption>
              {DRAPEAUX.map((d) => (
                <SingleSelectOption key={d} value={d}>
                  {t(`operations.drapeau.${d}`)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Flex>
        {erreur && (
          <Alert variant="danger" title={t('erreur.chargement')} closeLabel="Fermer">
            {null}
          </Alert>
        )}
        {lignes && lignes.length === 0 && <Typography>{t('liste.vide')}</Typography>}
        {lignes && lignes.length > 0 && (
          <Table colCount={7} rowCount={lignes.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('liste.numero')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('liste.dispositif')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('liste.statut')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('liste.depot')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('liste.delai')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('operations.colonne.agent')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('operations.drapeaux')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {lignes.map((l) => (
                <Tr key={l.numero}>
                  <Td>
                    <LienRouteur to={`dossiers/${l.numero}`} data-testid={`dossier-${l.numero}`}>
                      {l.numero}
                    </LienRouteur>
                  </Td>
                  <Td>
                    <Typography>{l.dispositif}</Typography>
                  </Td>
                  <Td>
                    <Badge>{l.statutLibelle ?? '—'}</Badge>
                  </Td>
                  <Td>
                    <Typography>{dateCourte(l.deposeLe)}</Typography>
                  </Td>
                  <Td>
                    <BadgeDelai delai={l.delai} />
                  </Td>
                  <Td>
                    <Typography>{l.agentNom ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Flex gap={1}>
                      {l.drapeaux.map((d) => (
                        <Badge key={d} variant={d === 'urgent' ? 'danger' : 'secondary'}>
                          {t(`operations.drapeau.${d}`)}
                        </Badge>
                      ))}
                    </Flex>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
        {suivant && (
          <Flex paddingTop={4}>
            <Button variant="secondary" onClick={() => void charger(suivant)}>
              {t('liste.suivant')}
            </Button>
          </Flex>
        )}
      </Box>
    </Main>
  );
};
