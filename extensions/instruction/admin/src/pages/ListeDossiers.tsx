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

interface LigneDossier {
  numero: string;
  dispositif: string;
  statutLibelle: string | null;
  deposeLe: string | null;
}

const dateCourte = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString('fr-FR') : '—');

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
          <Table colCount={4} rowCount={lignes.length + 1}>
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
