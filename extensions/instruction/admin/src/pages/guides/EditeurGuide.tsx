/**
 * One dispositif's guide: read with its revision, edited in memory, checked live by the domain (the same checks the
 * server applies), saved whole with the revision (409 when someone saved in between). Import reads a canonical
 * export file into the editor (saved only with « Enregistrer »); export downloads the canonical file of what is shown.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link as LienRouteur, useParams } from 'react-router-dom';
import { Alert, Box, Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { lireTexteGuide, serialiserGuide } from '../../../../domain/export-guide';
import type { Guide } from '../../../../domain/guide';
import { useTraduction } from '../useTraduction';
import { type GuideEditable, lireErreur, useApiGuides } from './api';
import { CHEMINS_GUIDES } from './chemins';
import { EditeurEtape } from './EditeurEtape';
import { deplacer, focaliserApres, nouvelleEtape, remplacer, retirer } from './modifications';
import { analyserGuide, ids } from './problemes';
import { ResumeProblemes } from './ResumeProblemes';
import { Groupe, SaisieChoix } from './saisies';
import { SommaireGuide } from './SommaireGuide';

interface Message {
  variante: 'success' | 'danger';
  titre: string;
  problemes?: string[];
}

export function EditeurGuide() {
  const t = useTraduction();
  const { slug = '' } = useParams();
  const api = useApiGuides();
  const [enregistre, setEnregistre] = useState<GuideEditable | null>(null);
  const [guide, setGuide] = useState<Guide | null>(null);
  const [echec, setEchec] = useState<number | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [enCours, setEnCours] = useState(false);
  const resume = useRef<HTMLDivElement>(null);
  const fichier = useRef<HTMLInputElement>(null);

  useEffect(() => {
    api.lireGuide(slug).then(
      (lu) => {
        setEnregistre(lu);
        setGuide(lu.guide);
      },
      (erreur) => setEchec(lireErreur(erreur).statut ?? 500),
    );
  }, [api, slug]);

  const analyse = useMemo(() => (guide ? analyserGuide(guide) : null), [guide]);
  const modifie = useMemo(
    () => guide !== null && enregistre !== null && JSON.stringify(guide) !== JSON.stringify(enregistre.guide),
    [guide, enregistre],
  );
  // Closing the tab or reloading with unsaved changes: the browser asks first (nothing is saved until « Enregistrer »).
  useEffect(() => {
    if (!modifie) return undefined;
    const retenir = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', retenir);
    return () => window.removeEventListener('beforeunload', retenir);
  }, [modifie]);
  const statuts = useMemo(
    () =>
      (guide?.etapes ?? []).flatMap((etape) =>
        etape.statuts.map((s) => ({ valeur: s.code, libelle: `${s.libelle} (${s.code}) — ${etape.libelle}` })),
      ),
    [guide],
  );

  if (echec === 404) {
    return (
      <Page.Main>
        <Layouts.Content>
          <Box paddingTop={8}>
            <Alert variant="danger" title={t('guides.introuvable')} closeLabel={t('guides.fermer')}>
              <LienRouteur to={CHEMINS_GUIDES.liste}>{t('guides.retour')}</LienRouteur>
            </Alert>
          </Box>
        </Layouts.Content>
      </Page.Main>
    );
  }
  if (echec) return <Page.Error />;
  if (!guide || !enregistre || !analyse) return <Page.Loading />;

  const modifier = (suivant: Guide) => {
    setGuide(suivant);
    setMessage(null);
  };

  const enregistrer = async () => {
    if (analyse.problemes.length > 0) {
      setMessage(null);
      resume.current?.focus();
      return;
    }
    setEnCours(true);
    try {
      const sauve = await api.enregistrerGuide(slug, guide, enregistre.revision);
      setEnregistre(sauve);
      setGuide(sauve.guide);
      setMessage({ variante: 'success', titre: t('guides.succes.enregistre') });
    } catch (erreur) {
      const lue = lireErreur(erreur);
      setMessage({
        variante: 'danger',
        titre: lue.statut === 409 ? (lue.message ?? t('guides.erreur.conflit')) : t('guides.erreur.enregistrement'),
        problemes: lue.problemes,
      });
    } finally {
      setEnCours(false);
    }
  };

  const exporter = () => {
    if (analyse.problemes.length > 0) {
      setMessage({ variante: 'danger', titre: t('guides.erreur.exportIncoherent') });
      resume.current?.focus();
      return;
    }
    const url = URL.createObjectURL(new Blob([serialiserGuide(guide)], { type: 'application/json' }));
    const lien = document.createElement('a');
    lien.href = url;
    lien.download = `guide-${slug}.json`;
    lien.click();
    URL.revokeObjectURL(url);
  };

  const importer = async (choisi: File | undefined) => {
    if (!choisi) return;
    const lu = lireTexteGuide(await choisi.text());
    if (fichier.current) fichier.current.value = '';
    if (!lu.ok) {
      setMessage({ variante: 'danger', titre: t('guides.erreur.import'), problemes: lu.error });
      return;
    }
    setGuide(lu.value.guide);
    setMessage({ variante: 'success', titre: t('guides.succes.importe') });
  };

  const ajouterEtape = () => {
    const etapes = [...guide.etapes, nouvelleEtape(guide)];
    modifier({ ...guide, etapes });
    focaliserApres(ids.controle(ids.etape(etapes.length - 1), 'libelle'));
  };

  return (
    <Page.Main>
      <Page.Title>{t('guides.editeur.titre', { titre: enregistre.titre })}</Page.Title>
      <Layouts.Header
        title={t('guides.editeur.titre', { titre: enregistre.titre })}
        subtitle={modifie ? t('guides.editeur.modifie') : t('guides.editeur.aJour')}
        navigationAction={
          <Flex>
            <LinkButton tag={LienRouteur} to={CHEMINS_GUIDES.liste} variant="ghost" startIcon={<ArrowLeft />}>
              {t('guides.retour')}
            </LinkButton>
          </Flex>
        }
        primaryAction={
          <Flex gap={2} wrap="wrap">
            <Button variant="secondary" onClick={() => fichier.current?.click()}>
              {t('guides.importer')}
            </Button>
            <Button variant="secondary" onClick={exporter}>
              {t('guides.exporter')}
            </Button>
            <Button onClick={() => void enregistrer()} loading={enCours}>
              {t('guides.enregistrer')}
            </Button>
          </Flex>
        }
      />
      <input
        ref={fichier}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t('guides.importer')}
        onChange={(e) => void importer(e.target.files?.[0])}
      />
      <Layouts.Content>
        {/* The design system's Alert is its own live region: no role here, or it would be announced twice. */}
        <Box paddingBottom={message ? 4 : 0}>
          {message ? (
            <Alert
              variant={message.variante}
              title={message.titre}
              onClose={() => setMessage(null)}
              closeLabel={t('guides.fermer')}
            >
              {message.problemes && message.problemes.length > 0 ? (
                <Box tag="ul" paddingTop={2} paddingLeft={4} style={{ listStyle: 'disc' }}>
                  {message.problemes.map((p, i) => (
                    <li key={i}>
                      <Typography>{p}</Typography>
                    </li>
                  ))}
                </Box>
              ) : null}
            </Alert>
          ) : null}
        </Box>
        <ResumeProblemes ref={resume} problemes={analyse.problemes} />
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Groupe id={ids.guide} legende={t('guides.guide.legende')} problemes={analyse.parElement.get(ids.guide)}>
            <SaisieChoix
              id={ids.statutDepot}
              libelle={t('guides.guide.statutDepot')}
              aide={t('guides.guide.statutDepotAide')}
              erreur={analyse.parControle.get(ids.statutDepot)}
              requis
              valeur={guide.statutDepot}
              options={statuts}
              onChange={(v) => modifier({ ...guide, statutDepot: v ?? '' })}
            />
          </Groupe>
          <Typography tag="h2" variant="beta">
            {t('guides.etapes.titre')}
          </Typography>
          <SommaireGuide guide={guide} problemes={analyse.problemes} />
          {guide.etapes.map((etape, index) => (
            <EditeurEtape
              key={index}
              etape={etape}
              index={index}
              total={guide.etapes.length}
              guide={guide}
              statuts={statuts}
              analyse={analyse}
              onChange={(e) => modifier({ ...guide, etapes: remplacer(guide.etapes, index, e) })}
              onDeplacer={(vers) => modifier({ ...guide, etapes: deplacer(guide.etapes, index, vers) })}
              onSupprimer={() => {
                modifier({ ...guide, etapes: retirer(guide.etapes, index) });
                focaliserApres('ajouter-etape');
              }}
            />
          ))}
          <Box>
            <Button id="ajouter-etape" variant="secondary" onClick={ajouterEtape}>
              {t('guides.etapes.ajouter')}
            </Button>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
