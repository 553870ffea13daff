import { useState } from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { lireRefus } from '../pages/operations/api';
import { useTraduction } from '../pages/useTraduction';

/** A justificatif asked after deposit, as the agent detail returns it (server/src/services/demandes.ts pourAgent). */
export interface DemandePiece {
  id: number;
  typeDocument: string;
  message: string;
  etat: 'en_attente' | 'fournie' | 'annulee';
  demandeLe: string;
  fournieLe: string | null;
  annuleeLe: string | null;
  pieceId: number | null;
}

const VARIANTE = { en_attente: 'secondary', fournie: 'success', annulee: 'neutral' } as const;
const date = (iso: string) => new Date(iso).toLocaleString('fr-FR');

/**
 * « Pièces demandées »: the requests the `demander_justificatif` action created, with their state; the file when
 * the citizen answered, and « Annuler la demande » on pending ones (the server requires « instruire », else 403).
 */
export const DemandesPieces = <D extends { numero: string; version: number; demandes: DemandePiece[] }>({
  dossier,
  pieces,
  onMisAJour,
  onMessage,
  recharger,
  telecharger,
}: {
  dossier: D;
  pieces: Array<{ id: number; nom: string }>;
  onMisAJour: (dossier: D) => void;
  onMessage: (type: 'success' | 'danger', texte: string) => void;
  recharger: () => Promise<void>;
  telecharger: (piece: { id: number; nom: string }) => Promise<void>;
}) => {
  const t = useTraduction();
  const { post } = useFetchClient();
  const [enCours, setEnCours] = useState<number | null>(null);

  const annuler = async (demande: DemandePiece) => {
    setEnCours(demande.id);
    try {
      const { data } = await post<{ data: D }>(
        `/instruction/dossiers/${dossier.numero}/demandes/${demande.id}/annulation`,
        { version: dossier.version },
      );
      onMisAJour(data.data);
      onMessage('success', t('demandes.succes', { type: demande.typeDocument }));
    } catch (erreur) {
      const refus = lireRefus(erreur);
      const code = (erreur as { response?: { data?: { error?: { name?: string } } } }).response?.data?.error?.name;
      if (refus.status === 409 && code !== 'VERSION_PERIMEE' && refus.message) {
        // Closed meanwhile (answered or cancelled): the server says which; show the current state.
        onMessage('danger', t('erreur.refus', { message: refus.message }));
        await recharger();
      } else if (refus.status === 409) {
        onMessage('danger', t('erreur.conflit'));
        await recharger();
      } else
        onMessage('danger', refus.message ? t('erreur.refus', { message: refus.message }) : t('erreur.chargement'));
    } finally {
      setEnCours(null);
    }
  };

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius marginTop={6}>
      <section aria-labelledby="demandes-titre">
        <Typography variant="delta" tag="h2" id="demandes-titre">
          {t('demandes.titre')}
        </Typography>
        {dossier.demandes.length === 0 ? (
          <Box paddingTop={2}>
            <Typography>{t('demandes.aucune')}</Typography>
          </Box>
        ) : (
          <ul>
            {dossier.demandes.map((d) => {
              const piece = d.pieceId === null ? undefined : pieces.find((p) => p.id === d.pieceId);
              return (
                <li key={d.id} data-testid={`demande-${d.id}`}>
                  <Flex direction="column" gap={1} paddingTop={4} alignItems="flex-start">
                    <Flex gap={2} alignItems="center">
                      <Typography fontWeight="bold" tag="h3">
                        {d.typeDocument}
                      </Typography>
                      <Badge variant={VARIANTE[d.etat]}>{t(`demandes.etat.${d.etat}`)}</Badge>
                    </Flex>
                    <Typography>{d.message}</Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {t('demandes.demandeeLe', { date: date(d.demandeLe) })}
                      {d.fournieLe ? ` — ${t('demandes.fournieLe', { date: date(d.fournieLe) })}` : ''}
                      {d.annuleeLe ? ` — ${t('demandes.annuleeLe', { date: date(d.annuleeLe) })}` : ''}
                    </Typography>
                    {piece && (
                      <Button variant="tertiary" size="S" onClick={() => void telecharger(piece)}>
                        {t('demandes.voirPiece', { nom: piece.nom })}
                      </Button>
                    )}
                    {d.etat === 'en_attente' && (
                      <Button
                        variant="danger-light"
                        size="S"
                        loading={enCours === d.id}
                        disabled={enCours !== null}
                        onClick={() => void annuler(d)}
                        aria-label={t('demandes.annulerType', { type: d.typeDocument })}
                      >
                        {t('demandes.annuler')}
                      </Button>
                    )}
                  </Flex>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </Box>
  );
};
