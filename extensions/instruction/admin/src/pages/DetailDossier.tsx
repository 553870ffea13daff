import { useEffect, useRef, useState } from 'react';
import { Link as LienRouteur, useParams } from 'react-router-dom';
import {
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  Grid,
  Main,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Donnees, Modele, OptionListe, TypeProfil } from '@guichet/formulaires';
import { Conversation } from '../components/Conversation';
import { type DemandePiece, DemandesPieces } from '../components/DemandesPieces';
import { FormulaireTransfert } from '../components/FormulaireTransfert';
import { Reponses } from '../components/Reponses';
import { BadgeDelai, type DelaiDossier } from './ListeDossiers';
import type { OperationsDossier } from './operations/api';
import { PanneauOperations } from './operations/PanneauOperations';
import { useTraduction } from './useTraduction';

interface Dossier extends OperationsDossier {
  numero: string;
  version: number;
  statutLibelle: string | null;
  delai: DelaiDossier | null;
  dispositif: { titre: string };
  usager: { prenom: string; nom: string; email: string } | null;
  modele: Modele;
  modeleVersion: number;
  referentiels: Record<string, OptionListe[]>;
  typeProfil: TypeProfil;
  donnees: Donnees;
  pieces: Array<{ id: number; nom: string; nature: string; champ: string | null }>;
  historique: Array<{
    nature: 'depot' | 'transition' | 'correction' | null;
    de: string | null;
    vers: string;
    versLibelle: string;
    motif: string | null;
    acteurNom: string | null;
    date: string;
  }>;
  livraisons: Array<{ type: string; etat: string; tentatives: number; erreur: string | null }>;
  transitions: Array<{ vers: string; libelle: string }>;
  corrections: Array<{ vers: string; libelle: string; etape: string }>;
  droits: string[];
  demandes: DemandePiece[];
  conversationOuverte: boolean;
  messagesNonLus: number;
  journal: { integre: boolean; entrees: number; rompuA?: number };
}

interface ErreurApi {
  message: string;
  details?: { erreurs?: Array<{ champ: string; message: string }> };
}

export const DetailDossier = () => {
  const t = useTraduction();
  const { numero } = useParams();
  const { get, post } = useFetchClient();
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [message, setMessage] = useState<{ type: 'success' | 'danger'; texte: string } | null>(null);
  const [enCours, setEnCours] = useState(false);
  // After a submit the message takes the focus: keyboard and screen reader users land on the outcome.
  const zoneMessage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) zoneMessage.current?.focus();
  }, [message]);

  const charger = async () => {
    try {
      setDossier((await get<{ data: Dossier }>(`/instruction/dossiers/${numero}`)).data.data);
    } catch {
      setMessage({ type: 'danger', texte: t('erreur.chargement') });
    }
  };
  useEffect(() => {
    void charger();
    // Deliveries run after commit: refresh a few times so the agent sees them arrive.
    const minuterie = setInterval(() => void charger(), 3000);
    return () => clearInterval(minuterie);
  }, [numero]);

  const changerStatut = async (vers: string) => {
    if (!dossier) return;
    setEnCours(true);
    try {
      const { data } = await post<{ data: Dossier }>(`/instruction/dossiers/${numero}/transitions`, {
        vers,
        version: dossier.version,
      });
      setDossier(data.data);
      setMessage({ type: 'success', texte: t('succes.transition') });
    } catch (erreur) {
      const status =
        (erreur as { status?: number; response?: { status?: number } }).response?.status ??
        (erreur as { status?: number }).status;
      setMessage({ type: 'danger', texte: status === 409 ? t('erreur.conflit') : t('erreur.chargement') });
      await charger();
    } finally {
      setEnCours(false);
    }
  };

  const [correction, setCorrection] = useState({ vers: '', motif: '', executerActions: false });
  const [erreurMotif, setErreurMotif] = useState<string | undefined>();

  const corriger = async () => {
    if (!dossier || !correction.vers) return;
    setEnCours(true);
    setErreurMotif(undefined);
    try {
      const { data } = await post<{ data: Dossier }>(`/instruction/dossiers/${numero}/corrections`, {
        ...correction,
        version: dossier.version,
      });
      setDossier(data.data);
      setCorrection({ vers: '', motif: '', executerActions: false });
      setMessage({ type: 'success', texte: t('succes.correction') });
    } catch (erreur) {
      const reponse = (erreur as { response?: { status?: number; data?: { error?: ErreurApi } } }).response;
      const refus = reponse?.data?.error;
      if (reponse?.status === 409) {
        setMessage({ type: 'danger', texte: t('erreur.conflit') });
        await charger();
      } else if (refus?.details?.erreurs?.[0]?.champ === 'motif') {
        setErreurMotif(refus.message);
      } else if (refus && (reponse?.status === 403 || reponse?.status === 422)) {
        setMessage({ type: 'danger', texte: t('erreur.refus', { message: refus.message }) });
      } else setMessage({ type: 'danger', texte: t('erreur.chargement') });
    } finally {
      setEnCours(false);
    }
  };

  const telecharger = async (piece: { id: number; nom: string }) => {
    const { data } = await get<Blob>(`/instruction/dossiers/${numero}/pieces/${piece.id}/fichier`, {
      responseType: 'blob',
    });
    const url = URL.createObjectURL(data as Blob);
    const lien = document.createElement('a');
    lien.href = url;
    lien.download = piece.nom;
    lien.click();
    URL.revokeObjectURL(url);
  };

  if (!dossier) {
    return (
      <Main>
        <Box padding={8}>
          {message && (
            <Alert variant={message.type} title={message.texte} closeLabel="Fermer">
              {null}
            </Alert>
          )}
        </Box>
      </Main>
    );
  }

  return (
    <Main>
      <Box padding={8}>
        <LienRouteur to="../..">{t('detail.retour')}</LienRouteur>
        <Flex gap={4} paddingTop={4} paddingBottom={4} alignItems="center">
          <Typography variant="alpha" tag="h1">
            {dossier.numero}
          </Typography>
          <Badge data-testid="statut">{dossier.statutLibelle}</Badge>
          {dossier.delai && <BadgeDelai delai={dossier.delai} />}
        </Flex>
        <Typography variant="epsilon">{dossier.dispositif.titre}</Typography>
        {message && (
          <Box paddingTop={4} ref={zoneMessage} tabIndex={-1} data-testid="message">
            <Alert variant={message.type} title={message.texte} onClose={() => setMessage(null)} closeLabel="Fermer">
              {null}
            </Alert>
          </Box>
        )}
        <Grid.Root gap={6} paddingTop={6}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Typography variant="delta" tag="h2">
                {t('detail.donnees')}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {t('detail.versionModele')} {dossier.modeleVersion}
              </Typography>
              <Reponses
                modele={dossier.modele}
                donnees={dossier.donnees}
                referentiels={dossier.referentiels}
                typeProfil={dossier.typeProfil}
                vide="—"
              />
            </Box>
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius marginTop={6}>
              <Typography variant="delta" tag="h2">
                {t('detail.pieces')}
              </Typography>
              {dossier.pieces.map((p) => (
                <Flex key={p.id} gap={4} paddingTop={2}>
                  <Typography>{p.nom}</Typography>
                  <Button variant="tertiary" size="S" onClick={() => void telecharger(p)}>
                    {t('detail.telecharger')}
                  </Button>
                </Flex>
              ))}
            </Box>
            <DemandesPieces
              dossier={dossier}
              pieces={dossier.pieces}
              onMisAJour={setDossier}
              onMessage={(type, texte) => setMessage({ type, texte })}
              recharger={charger}
              telecharger={telecharger}
            />
            <Conversation key={dossier.numero} dossier={dossier} />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Typography variant="delta" tag="h2">
                {t('detail.actions')}
              </Typography>
              {dossier.transitions.length === 0 && <Typography>{t('detail.aucuneTransition')}</Typography>}
              <Flex direction="column" gap={2} paddingTop={4} alignItems="stretch">
                {dossier.transitions.map((tr) => (
                  <Button
                    key={tr.vers}
                    loading={enCours}
                    onClick={() => void changerStatut(tr.vers)}
                    data-testid={`transition-${tr.vers}`}
                  >
                    {tr.libelle}
                  </Button>
                ))}
              </Flex>
            </Box>
            <PanneauOperations
              dossier={dossier}
              onMisAJour={setDossier}
              onMessage={(type, texte) => setMessage({ type, texte })}
              recharger={charger}
            />
            {dossier.corrections.length > 0 && (
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius marginTop={6}>
                <Typography variant="delta" tag="h2">
                  {t('correction.titre')}
                </Typography>
                <Flex direction="column" gap={4} paddingTop={4} alignItems="stretch">
                  <Typography variant="pi" textColor="neutral600">
                    {t('correction.aide')}
                  </Typography>
                  <Field.Root name="correction-vers" required>
                    <Field.Label>{t('correction.statut')}</Field.Label>
                    <SingleSelect
                      value={correction.vers || null}
                      onChange={(v) => setCorrection((c) => ({ ...c, vers: String(v) }))}
                    >
                      {dossier.corrections.map((c) => (
                        <SingleSelectOption key={c.vers} value={c.vers}>
                          {`${c.etape} — ${c.libelle}`}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Field.Root>
                  <Field.Root name="correction-motif" required error={erreurMotif}>
                    <Field.Label>{t('correction.motif')}</Field.Label>
                    <Textarea
                      value={correction.motif}
                      maxLength={2000}
                      onChange={(e: { target: { value: string } }) =>
                        setCorrection((c) => ({ ...c, motif: e.target.value }))
                      }
                    />
                    <Field.Error />
                  </Field.Root>
                  <Checkbox
                    checked={correction.executerActions}
                    onCheckedChange={(etat) => setCorrection((c) => ({ ...c, executerActions: etat === true }))}
                  >
                    {t('correction.executerActions')}
                  </Checkbox>
                  <Button
                    variant="danger-light"
                    loading={enCours}
                    disabled={!correction.vers}
                    onClick={() => void corriger()}
                    data-testid="corriger"
                  >
                    {t('correction.valider')}
                  </Button>
                </Flex>
              </Box>
            )}
            {dossier.droits.includes('decider') && (
              <FormulaireTransfert
                dossier={dossier}
                onMisAJour={setDossier}
                onMessage={(type, texte) => setMessage({ type, texte })}
                recharger={charger}
              />
            )}
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius marginTop={6}>
              <Typography variant="delta" tag="h2">
                {t('detail.usager')}
              </Typography>
              <Typography>
                {dossier.usager ? `${dossier.usager.prenom} ${dossier.usager.nom} — ${dossier.usager.email}` : '—'}
              </Typography>
            </Box>
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius marginTop={6}>
              <Typography variant="delta" tag="h2">
                {t('detail.historique')}
              </Typography>
              {dossier.historique.map((h, i) => (
                <Box key={i} paddingTop={2}>
                  <Typography>
                    {new Date(h.date).toLocaleString('fr-FR')} — {h.versLibelle} {h.acteurNom ? `(${h.acteurNom})` : ''}
                  </Typography>
                  {h.nature === 'correction' && (
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {t('historique.correction', { motif: h.motif ?? '' })}
                    </Typography>
                  )}
                </Box>
              ))}
              <Box paddingTop={4}>
                <Typography variant="sigma" tag="h3">
                  {t('detail.journal')}
                </Typography>
                <Box paddingTop={1}>
                  <Badge variant={dossier.journal.integre ? 'success' : 'danger'} data-testid="journal">
                    {dossier.journal.integre ? t('detail.journalIntegre') : t('detail.journalRompu')} (
                    {dossier.journal.entrees})
                  </Badge>
                </Box>
              </Box>
              <Box paddingTop={4}>
                <Typography variant="sigma" tag="h3">
                  {t('detail.livraisons')}
                </Typography>
                {dossier.livraisons.map((l, i) => (
                  <Box key={i} paddingTop={1}>
                    <Typography data-testid="livraison">
                      {t(`livraison.${l.type}` as never)} : {t(`livraison.${l.etat}` as never)}
                      {l.tentatives > 1 ? ` (${l.tentatives} ${t('livraison.tentatives')})` : ''}
                      {l.erreur ? ` — ${l.erreur}` : ''}
                    </Typography>
                  </Box>
                ))}
              </Box>
            </Box>
          </Grid.Item>
        </Grid.Root>
      </Box>
    </Main>
  );
};
