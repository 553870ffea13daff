import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import type { Changement, ModeleDetail } from '../../../../contracts/admin-api';
import { lireErreur } from '../../api/erreurs';
import { useApi } from '../../api/useApi';
import { SaisieChoix } from '../../components/saisies';
import { useTraduction } from '../../utils/useTraduction';

const BROUILLON = 'brouillon';

/** « Comparer »: the changes between a version and another one or the saved working copy, as French sentences. */
export function ModaleComparaison({
  detail,
  de,
  onFermer,
}: {
  detail: ModeleDetail;
  de: number;
  onFermer: () => void;
}) {
  const t = useTraduction();
  const api = useApi();
  const [depuis, setDepuis] = useState(de);
  const [vers, setVers] = useState<number | typeof BROUILLON>(BROUILLON);
  const [changements, setChangements] = useState<Changement[] | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);

  useEffect(() => {
    let annule = false;
    setChangements(null);
    setErreur(null);
    api
      .difference(detail.id, depuis, vers)
      .then((resultat) => !annule && setChangements(resultat))
      .catch((e: unknown) => !annule && setErreur(lireErreur(e).message ?? t('erreur.chargement')));
    return () => {
      annule = true;
    };
  }, [api, detail.id, depuis, vers, t]);

  const versions = detail.versions.map((v) => ({
    valeur: String(v.numero),
    libelle: t('liste.version', { numero: v.numero }),
  }));

  return (
    <Modal.Root open onOpenChange={(ouvert) => !ouvert && onFermer()}>
      <Modal.Content>
        <Modal.Header closeLabel={t('action.fermer')}>
          <Modal.Title>{t('comparaison.titre')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex gap={4} paddingBottom={4}>
            <SaisieChoix
              nom="de"
              libelle={t('comparaison.de')}
              valeur={String(depuis)}
              onChange={(v) => setDepuis(Number(v))}
              options={versions}
            />
            <SaisieChoix
              nom="a"
              libelle={t('comparaison.a')}
              valeur={String(vers)}
              onChange={(v) => setVers(v === BROUILLON || v === undefined ? BROUILLON : Number(v))}
              options={[{ valeur: BROUILLON, libelle: t('comparaison.brouillon') }, ...versions]}
            />
          </Flex>
          <Box aria-live="polite">
            {erreur ? <Typography textColor="danger600">{erreur}</Typography> : null}
            {changements === null && !erreur ? <Typography>{t('comparaison.enCours')}</Typography> : null}
            {changements?.length === 0 ? <Typography>{t('comparaison.aucun')}</Typography> : null}
            <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
              {(changements ?? []).map((c, i) => (
                <Flex tag="li" key={i} gap={2} alignItems="baseline">
                  <Badge>{t(`changement.${c.nature}`)}</Badge>
                  <Typography>{c.description}</Typography>
                </Flex>
              ))}
            </Flex>
          </Box>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('action.fermer')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
