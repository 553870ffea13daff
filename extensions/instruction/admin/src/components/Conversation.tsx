import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Badge, Box, Button, Field, Flex, Loader, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { lireRefus } from '../pages/operations/api';
import { useTraduction } from '../pages/useTraduction';
import { FilConversation, type Message } from './FilConversation';

/** New citizen messages show up without a reload; slower than the dossier's 3 s: each read marks them read. */
const RAFRAICHISSEMENT_MS = 15_000;

/**
 * An Idempotency-Key for one saisie (the API accepts 8–100 of [A-Za-z0-9_-]). getRandomValues rather than
 * randomUUID: the admin may be served over plain http on an intranet, where randomUUID does not exist.
 */
function nouvelleCle(): string {
  const octets = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(octets, (o) => o.toString(16).padStart(2, '0')).join('');
}

type Annonce = { type: 'succes' | 'erreur'; texte: string; n: number };

/**
 * « Conversation »: the messages between the citizen and the agents, a reply form, and closing / reopening. The
 * server is the authority: sending needs « instruire » (403 otherwise), a closed conversation answers 409 and the
 * thread is reloaded; its 422 lands on the field. Outcomes are announced in live regions inside the panel, so the
 * focus stays where the agent is typing.
 */
export const Conversation = ({
  dossier,
}: {
  dossier: { numero: string; conversationOuverte: boolean; droits: string[]; messagesNonLus?: number };
}) => {
  const t = useTraduction();
  const { get, post, put } = useFetchClient();
  const url = `/instruction/dossiers/${dossier.numero}`;
  const peutEcrire = dossier.droits.includes('instruire');

  const [messages, setMessages] = useState<Message[] | null>(null);
  const [ouverte, setOuverte] = useState(dossier.conversationOuverte);
  const [erreurChargement, setErreurChargement] = useState(false);
  const [corps, setCorps] = useState('');
  const [erreurCorps, setErreurCorps] = useState<string | undefined>();
  const [envoi, setEnvoi] = useState(false);
  const [bascule, setBascule] = useState(false);
  const [annonce, setAnnonce] = useState<Annonce | null>(null);
  // Reading marks read, so the thread cannot say what is new: the count the page read just before opening can.
  const [nouveaux, setNouveaux] = useState<ReadonlySet<number> | null>(null);
  const nonLusALOuverture = useRef(dossier.messagesNonLus ?? 0);
  // One key per saisie: a retry of the same text reuses it (no duplicate), editing the text starts a new one.
  const cle = useRef<string | null>(null);
  // Bumped by each write: a refresh started before it would bring back a thread missing the new message.
  const generation = useRef(0);
  const saisie = useRef<HTMLTextAreaElement>(null);
  const boutonBascule = useRef<HTMLButtonElement>(null);

  const annoncer = (type: Annonce['type'], texte: string) => setAnnonce((a) => ({ type, texte, n: (a?.n ?? 0) + 1 }));

  const charger = async () => {
    const depart = generation.current;
    try {
      const { data } = await get<{ data: Message[]; meta: { conversationOuverte: boolean } }>(`${url}/messages`);
      if (depart !== generation.current) return;
      setMessages(data.data);
      // The citizen's latest messages, as many as were unread when the page opened (first load only).
      const n = nonLusALOuverture.current;
      const usager = data.data.filter((m) => m.auteur === 'usager');
      setNouveaux((deja) => deja ?? new Set(n === 0 ? [] : usager.slice(-n).map((m) => m.id)));
      setOuverte(data.meta.conversationOuverte);
      setErreurChargement(false);
    } catch {
      if (depart === generation.current) setErreurChargement(true);
    }
  };

  useEffect(() => {
    setMessages(null);
    void charger();
    // Only while the page is in front: reading marks the citizen's messages read, a background tab has not read them.
    const siVisible = () => {
      if (document.visibilityState === 'visible') void charger();
    };
    const minuterie = setInterval(siVisible, RAFRAICHISSEMENT_MS);
    document.addEventListener('visibilitychange', siVisible);
    return () => {
      clearInterval(minuterie);
      document.removeEventListener('visibilitychange', siVisible);
    };
  }, [dossier.numero]);
  // A statut's action may open or close the conversation: follow the dossier the page reloads.
  useEffect(() => setOuverte(dossier.conversationOuverte), [dossier.conversationOuverte]);

  const envoyer = async (evenement: FormEvent) => {
    evenement.preventDefault();
    if (envoi) return;
    if (!corps.trim()) {
      setErreurCorps(t('conversation.erreur.vide'));
      saisie.current?.focus();
      return;
    }
    setErreurCorps(undefined);
    setEnvoi(true);
    cle.current ??= nouvelleCle();
    generation.current += 1;
    try {
      const { data } = await post<{ data: Message }>(
        `${url}/messages`,
        { corps },
        { headers: { 'Idempotency-Key': cle.current } },
      );
      setMessages((liste) => [...(liste ?? []).filter((m) => m.id !== data.data.id), data.data]);
      setCorps('');
      cle.current = null;
      annoncer('succes', t('conversation.succes.envoi'));
      saisie.current?.focus();
    } catch (erreur) {
      const refus = lireRefus(erreur);
      const surCorps = refus.erreurs.find((e) => e.champ === 'corps');
      if (refus.status === 422 && surCorps) {
        setErreurCorps(surCorps.message);
        saisie.current?.focus();
      } else if (refus.status === 409) {
        annoncer('erreur', t('conversation.erreur.fermee'));
        await charger();
        // The form is gone with the focus in it: land on « Rouvrir la conversation », next to the alert.
        boutonBascule.current?.focus();
      } else if (refus.status === 403 || refus.status === 422) {
        annoncer('erreur', t('erreur.refus', { message: refus.message ?? '' }));
      } else annoncer('erreur', t('conversation.erreur.envoi'));
    } finally {
      setEnvoi(false);
    }
  };

  const basculer = async () => {
    setBascule(true);
    generation.current += 1;
    try {
      const { data } = await put<{ data: { conversationOuverte: boolean } }>(`${url}/conversation`, {
        ouverte: !ouverte,
      });
      setOuverte(data.data.conversationOuverte);
      setErreurCorps(undefined);
      annoncer(
        'succes',
        data.data.conversationOuverte ? t('conversation.succes.rouverte') : t('conversation.succes.fermee'),
      );
    } catch (erreur) {
      const refus = lireRefus(erreur);
      annoncer(
        'erreur',
        refus.message ? t('erreur.refus', { message: refus.message }) : t('conversation.erreur.bascule'),
      );
    } finally {
      setBascule(false);
    }
  };

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius marginTop={6}>
      <section aria-labelledby="conversation-titre" data-testid="conversation">
        <Flex gap={2} alignItems="center">
          <Typography variant="delta" tag="h2" id="conversation-titre">
            {t('conversation.titre')}
          </Typography>
          <Badge variant={ouverte ? 'success' : 'neutral'} data-testid="conversation-etat">
            {ouverte ? t('conversation.etat.ouverte') : t('conversation.etat.fermee')}
          </Badge>
        </Flex>

        {messages === null && !erreurChargement && (
          <Box paddingTop={4}>
            <Loader small>{t('conversation.chargement')}</Loader>
          </Box>
        )}
        {erreurChargement && (
          <Flex gap={2} paddingTop={4} alignItems="center" wrap="wrap">
            <Typography textColor="danger600" role="alert">
              {t('conversation.erreur.chargement')}
            </Typography>
            <Button variant="tertiary" size="S" onClick={() => void charger()}>
              {t('conversation.reessayer')}
            </Button>
          </Flex>
        )}
        {messages?.length === 0 && (
          <Box paddingTop={4}>
            <Typography>{t('conversation.aucun')}</Typography>
          </Box>
        )}
        {messages && messages.length > 0 && <FilConversation messages={messages} nouveaux={nouveaux} />}

        {/* Always in the DOM so that assistive technologies listen before the first outcome; keyed so that the
            same text twice (two messages sent) is announced twice. */}
        <Box role="status" aria-live="polite" paddingTop={annonce?.type === 'succes' ? 4 : 0}>
          {annonce?.type === 'succes' && (
            <Typography key={annonce.n} textColor="success600" fontWeight="bold" data-testid="conversation-annonce">
              {annonce.texte}
            </Typography>
          )}
        </Box>
        <Box role="alert" paddingTop={annonce?.type === 'erreur' ? 4 : 0}>
          {annonce?.type === 'erreur' && (
            <Typography key={annonce.n} textColor="danger600" fontWeight="bold" data-testid="conversation-erreur">
              {annonce.texte}
            </Typography>
          )}
        </Box>

        {!peutEcrire && (
          <Box paddingTop={4}>
            <Typography variant="pi" textColor="neutral600">
              {t('conversation.lectureSeule')}
            </Typography>
          </Box>
        )}
        {peutEcrire && ouverte && (
          <form onSubmit={(e) => void envoyer(e)} aria-label={t('conversation.formulaire')} noValidate>
            <Flex direction="column" gap={2} paddingTop={6} alignItems="stretch">
              <Field.Root name="conversation-corps" required error={erreurCorps} hint={t('conversation.reponseAide')}>
                <Field.Label>{t('conversation.reponse')}</Field.Label>
                <Textarea
                  ref={saisie}
                  value={corps}
                  onChange={(e: { target: { value: string } }) => {
                    setCorps(e.target.value);
                    cle.current = null;
                  }}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <Flex justifyContent="flex-end">
                <Button type="submit" loading={envoi} data-testid="conversation-envoyer">
                  {t('conversation.envoyer')}
                </Button>
              </Flex>
            </Flex>
          </form>
        )}
        {!ouverte && (
          <Box paddingTop={4}>
            <Typography variant="pi" textColor="neutral600">
              {t('conversation.fermeeInfo')}
            </Typography>
          </Box>
        )}
        {peutEcrire && (
          <Flex paddingTop={4}>
            <Button
              ref={boutonBascule}
              variant={ouverte ? 'danger-light' : 'secondary'}
              loading={bascule}
              onClick={() => void basculer()}
              data-testid="conversation-bascule"
            >
              {ouverte ? t('conversation.fermer') : t('conversation.rouvrir')}
            </Button>
          </Flex>
        )}
      </section>
    </Box>
  );
};
