/**
 * « Habilitations »: the profils métiers × dispositifs matrix (saved at once), its CSV export, territoires and agents.
 * Every write goes through the admin API, which validates (French 4xx messages shown here) and is the authority.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useTraduction } from './useTraduction';
import {
  type Agent,
  DROITS,
  type Droit,
  type Matrice,
  messageErreur,
  type Territoires,
  useApiHabilitations,
} from './habilitations/api';
import { cellulesDe, cleCellule, TableMatrice } from './habilitations/Matrice';
import { SectionAgents } from './habilitations/Agents';
import { Formulaire, Texte } from './habilitations/Formulaires';
import { SectionTerritoires } from './habilitations/Territoires';

type Retour = { type: 'success' | 'danger'; message: string; details: string[] } | null;

function droitsDe(matrice: Matrice): Map<string, Set<Droit>> {
  return new Map(matrice.cellules.map((c) => [cleCellule(c.profilMetierId, c.dispositifId), new Set(c.droits)]));
}

export function Habilitations() {
  const t = useTraduction();
  const api = useApiHabilitations();
  const [matrice, setMatrice] = useState<Matrice | null>(null);
  const [droits, setDroits] = useState<Map<string, Set<Droit>>>(new Map());
  const [territoires, setTerritoires] = useState<Territoires | null>(null);
  const [agents, setAgents] = useState<Agent[] | null>(null);
  const [echec, setEchec] = useState(false);
  const [retour, setRetour] = useState<Retour>(null);
  const [modifiee, setModifiee] = useState(false);

  const charger = useCallback(async () => {
    const [m, te, a] = await Promise.all([api.matrice(), api.territoires(), api.agents()]);
    setMatrice(m);
    setDroits(droitsDe(m));
    setModifiee(false);
    setTerritoires(te);
    setAgents(a);
  }, [api]);

  useEffect(() => {
    charger().catch(() => setEchec(true));
  }, [charger]);

  /** Runs a write, reloads, and says what happened (the server's French message and problems on failure). */
  const envoyer = async (action: () => Promise<unknown>, succes: string): Promise<boolean> => {
    try {
      await action();
      await charger();
      setRetour({ type: 'success', message: succes, details: [] });
      return true;
    } catch (erreur) {
      const { message, details } = messageErreur(erreur);
      setRetour({ type: 'danger', message: message ?? t('habilitations.erreur'), details });
      return false;
    }
  };

  const basculer = (profilMetierId: number, dispositifId: number, droit: Droit, tenu: boolean) => {
    setDroits((avant) => {
      const apres = new Map(avant);
      const cle = cleCellule(profilMetierId, dispositifId);
      const tenus = new Set(apres.get(cle) ?? []);
      if (tenu) tenus.add(droit);
      else tenus.delete(droit);
      apres.set(cle, tenus);
      return apres;
    });
    setModifiee(true);
  };

  const exporter = async () => {
    try {
      const fichier = await api.exporterCsv();
      const lien = document.createElement('a');
      lien.href = URL.createObjectURL(fichier);
      lien.download = 'habilitations.csv';
      lien.click();
      URL.revokeObjectURL(lien.href);
    } catch (erreur) {
      setRetour({ type: 'danger', message: messageErreur(erreur).message ?? t('habilitations.erreur'), details: [] });
    }
  };

  if (echec) return <Page.Error />;
  if (!matrice || !territoires || !agents) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{t('habilitations.titre')}</Page.Title>
      <Layouts.Header
        title={t('habilitations.titre')}
        subtitle={t('habilitations.sousTitre')}
        primaryAction={
          <Flex gap={2}>
            <Button variant="tertiary" onClick={exporter}>
              {t('habilitations.exporter')}
            </Button>
            <Button
              disabled={!modifiee}
              onClick={() =>
                envoyer(() => api.enregistrerMatrice(cellulesDe(droits, DROITS)), t('habilitations.succes.matrice'))
              }
            >
              {t('habilitations.matrice.enregistrer')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box aria-live="polite">
            {retour && (
              <Alert
                variant={retour.type}
                title={retour.message}
                closeLabel={t('habilitations.fermer')}
                onClose={() => setRetour(null)}
              >
                {retour.details.join(' ')}
              </Alert>
            )}
          </Box>
          <Flex direction="column" alignItems="stretch" gap={4} tag="section">
            <Typography variant="beta" tag="h2">
              {t('habilitations.matrice.titre')}
            </Typography>
            <Typography tag="p" textColor="neutral600">
              {t('habilitations.matrice.aide')}
            </Typography>
            <TableMatrice matrice={matrice} droits={droits} basculer={basculer} />
            <Formulaire
              titre={t('habilitations.profils.nouveau')}
              bouton={t('habilitations.ajouter')}
              envoyer={(v) =>
                envoyer(
                  () =>
                    api.creerProfil({ code: v.code ?? '', libelle: v.libelle ?? '', description: v.description ?? '' }),
                  t('habilitations.succes.profil'),
                )
              }
            >
              {(v, c) => (
                <>
                  <Texte nom="code" libelle={t('habilitations.champ.code')} valeurs={v} changer={c} />
                  <Texte nom="libelle" libelle={t('habilitations.champ.libelle')} valeurs={v} changer={c} />
                  <Texte nom="description" libelle={t('habilitations.champ.description')} valeurs={v} changer={c} />
                </>
              )}
            </Formulaire>
          </Flex>
          <Box tag="section">
            <SectionTerritoires donnees={territoires} envoyer={envoyer} />
          </Box>
          <Flex direction="column" alignItems="stretch" gap={4} tag="section">
            <SectionAgents agents={agents} profils={matrice.profils} territoires={territoires} envoyer={envoyer} />
          </Flex>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
