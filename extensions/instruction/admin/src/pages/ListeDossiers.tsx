import { useEffect, useState } from 'react';
import { Link as LienRouteur } from 'react-router-dom';
import {
  Alert,
  Badge,
  Box,
  Button,
  Flex,
  Main,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
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
}

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

  const charger = async (avant?: number) => {
    try {
      const { data } = await get<{ data: LigneDossier[]; meta: { suivant: number | null } }>('/instruction/dossiers', {
        params: avant ? { avant } : {},
      });
      setLignes((precedentes) => [...(avant ? (precedentes ?? []) : []), ...data.data]);
      setSuivant(data.meta.suivant);
    } catch {
      setErreur(true);
    }
  };
  useEffect(() => {
    void charger();
  }, []);

  return (
    <Main>
      <Box padding={8}>
        <Typography variant="alpha" tag="h1">
          {t('liste.titre')}
        </Typography>
        <Box paddingTop={2} paddingBottom={6}>
          <Typography variant="epsilon" textColor="neutral600">
            {t('liste.sousTitre')}
          </Typography>
        </Box>
        {erreur && (
          <Alert variant="danger" title={t('erreur.chargement')} closeLabel="Fermer">
            {null}
          </Alert>
        )}
        {lignes && lignes.length === 0 && <Typography>{t('liste.vide')}</Typography>}
        {lignes && lignes.length > 0 && (
          <Table colCount={5} rowCount={lignes.length + 1}>
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
