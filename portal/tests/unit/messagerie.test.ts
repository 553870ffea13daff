/**
 * The conversation's CMS calls (shape checks, Bearer, Idempotency-Key, errors), the send's decisions before and after
 * the CMS (rate limit, key, text, CMS refusals) and the French date of a message.
 */
import { ErreurCms } from '../../src/lib/cms';
import { erreurCorps, normaliserCorps, traiterEnvoiMessage, type EnvoiMessage } from '../../src/lib/envoi-message';
import { dateHeureLisible } from '../../src/lib/horodatage';
import { MessagerieCms, nombreNonLus } from '../../src/lib/messagerie';

const NBSP = '\u00A0';
const MESSAGE = {
  id: 7,
  auteur: 'agent',
  auteurNom: 'Marie Durand',
  corps: 'Bonjour',
  envoyeLe: '2026-11-28T09:00:00.000Z',
  luLe: null,
};

function faux(status: number, corps: unknown) {
  const appels: { url: string; init: RequestInit }[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    appels.push({ url, init });
    return new Response(corps === undefined ? null : JSON.stringify(corps), { status });
  }) as unknown as typeof fetch;
  return { appels, client: new MessagerieCms('http://cms.test', 1_000, fetcher) };
}

const entetes = (init: RequestInit | undefined) => new Headers(init?.headers);

describe('MessagerieCms', () => {
  it('lists the thread with the Bearer and checks its shape', async () => {
    const { appels, client } = faux(200, { data: [MESSAGE], meta: { conversationOuverte: true } });
    const fil = await client.lister('jwt-1', 'GU 1/2');
    expect(appels[0]?.url).toBe('http://cms.test/api/usagers/dossiers/GU%201%2F2/messages');
    expect(entetes(appels[0]?.init).get('authorization')).toBe('Bearer jwt-1');
    expect(fil).toEqual({ data: [{ ...MESSAGE, id: '7' }], meta: { conversationOuverte: true } });
  });

  it('sends JSON { corps } with the Idempotency-Key', async () => {
    const { appels, client } = faux(201, { data: { ...MESSAGE, auteur: 'usager', auteurNom: null } });
    const message = await client.envoyer('jwt-1', 'GU-1', 'Bonjour', 'cle-12345678');
    expect(appels[0]?.init.method).toBe('POST');
    expect(entetes(appels[0]?.init).get('idempotency-key')).toBe('cle-12345678');
    expect(entetes(appels[0]?.init).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(appels[0]?.init.body))).toEqual({ corps: 'Bonjour' });
    expect(message).toMatchObject({ id: '7', auteur: 'usager', auteurNom: '' });
  });

  it('turns a Strapi error into ErreurCms with its code, and an unexpected shape into a 502', async () => {
    const ferme = faux(409, {
      data: null,
      error: { status: 409, name: 'ConflictError', message: 'x', details: { code: 'CONVERSATION_FERMEE' } },
    });
    await expect(ferme.client.envoyer('j', 'GU-1', 'a', 'cle-12345678')).rejects.toMatchObject({
      status: 409,
      code: 'CONVERSATION_FERMEE',
    });
    const bizarre = faux(200, { data: [{ ...MESSAGE, envoyeLe: 'hier' }], meta: { conversationOuverte: true } });
    await expect(bizarre.client.lister('j', 'GU-1')).rejects.toMatchObject({ status: 502, nom: 'ReponseInvalide' });
  });

  it('reads the unread count only when the dossier carries a valid one', () => {
    expect(nombreNonLus({ messagesNonLus: 3 })).toBe(3);
    expect(nombreNonLus({ messagesNonLus: -1 })).toBeNull();
    expect(nombreNonLus({})).toBeNull();
  });
});

describe('traiterEnvoiMessage', () => {
  const formulaire = (corps: string, cle = 'cle-12345678') => new URLSearchParams({ corps, _idempotence: cle });
  function envoi(
    partiel: Partial<EnvoiMessage>,
    envoyer: MessagerieCms['envoyer'] = async () => ({ ...MESSAGE, id: '8' }) as never,
  ) {
    const appels: unknown[][] = [];
    const messagerie = {
      envoyer: async (...args: Parameters<MessagerieCms['envoyer']>) => {
        appels.push(args);
        return envoyer(...args);
      },
    } as unknown as MessagerieCms;
    const e: EnvoiMessage = {
      formulaire: formulaire('Bonjour'),
      jwt: 'jwt',
      numero: 'GU-1',
      messagerie,
      limiterEnvoi: () => ({ autorise: true, reessayerDansS: 60 }),
      ...partiel,
    };
    return { e, appels };
  }
  const rejet = (erreur: ErreurCms) => async () => {
    throw erreur;
  };

  it('normalises line breaks and blank ends before sending, with the rendered key', async () => {
    const { e, appels } = envoi({ formulaire: formulaire(' \r\nLigne 1\r\nLigne 2\r\n ') });
    expect(await traiterEnvoiMessage(e)).toMatchObject({ issue: 'envoye' });
    expect(appels).toEqual([['jwt', 'GU-1', 'Ligne 1\nLigne 2', 'cle-12345678']]);
  });

  it('over the rate limit → 429 with the delay, and the CMS is not called', async () => {
    const { e, appels } = envoi({ limiterEnvoi: () => ({ autorise: false, reessayerDansS: 42 }) });
    const resultat = await traiterEnvoiMessage(e);
    expect(resultat).toMatchObject({ issue: 'refus', statut: 429, reessayerDansS: 42, saisie: 'Bonjour' });
    expect(JSON.stringify(resultat)).toContain(`42${NBSP}secondes`);
    expect(appels).toEqual([]);
  });

  it('a missing or malformed key → 400; an empty or too long text → 422 on the field, nothing sent', async () => {
    for (const cle of ['', 'court', 'a b c d e f g h', 'x'.repeat(101)]) {
      const { e, appels } = envoi({ formulaire: formulaire('Bonjour', cle) });
      expect(await traiterEnvoiMessage(e)).toMatchObject({ issue: 'refus', statut: 400 });
      expect(appels).toEqual([]);
    }
    for (const corps of ['   \r\n ', 'x'.repeat(5001)]) {
      const { e, appels } = envoi({ formulaire: formulaire(corps) });
      const resultat = await traiterEnvoiMessage(e);
      expect(resultat).toMatchObject({ issue: 'refus', statut: 422, erreurs: [{ surCorps: true }] });
      expect(appels).toEqual([]);
    }
    // 5 000 characters, line breaks counted once, an emoji as one (like the CMS).
    expect(erreurCorps(normaliserCorps(`${'x'.repeat(4998)}\r\ny`))).toBeNull();
    expect(erreurCorps('🙂'.repeat(5000))).toBeNull();
    expect(erreurCorps('🙂'.repeat(5001))).toContain(`5${NBSP}001`);
  });

  it('maps the CMS refusals: closed, not deposited, field errors; other errors go up', async () => {
    const conflit = (code: string) => new ErreurCms(409, 'ConflictError', 'x', code);
    expect(await traiterEnvoiMessage(envoi({}, rejet(conflit('CONVERSATION_FERMEE'))).e)).toMatchObject({
      statut: 409,
      conversation: 'fermee',
    });
    expect(await traiterEnvoiMessage(envoi({}, rejet(conflit('DOSSIER_NON_DEPOSE'))).e)).toMatchObject({
      statut: 409,
      conversation: 'non-deposee',
    });
    expect(await traiterEnvoiMessage(envoi({}, rejet(new ErreurCms(400, 'CLE_INVALIDE', 'x'))).e)).toMatchObject({
      statut: 400,
      erreurs: [{ surCorps: false }],
    });
    const champ = new ErreurCms(422, 'ValidationError', 'x', undefined, [
      { champ: 'corps', code: 'X', message: 'Message refusé.' },
      { champ: 'autre', code: 'Y', message: 'Autre chose.' },
    ]);
    expect(await traiterEnvoiMessage(envoi({}, rejet(champ)).e)).toMatchObject({
      statut: 422,
      erreurs: [
        { message: 'Message refusé.', surCorps: true },
        { message: 'Autre chose.', surCorps: false },
      ],
    });
    await expect(
      traiterEnvoiMessage(envoi({}, rejet(new ErreurCms(404, 'NotFoundError', 'x'))).e),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('dateHeureLisible', () => {
  it('says the Paris day and time in French, « 1er » on the first of the month', () => {
    expect(dateHeureLisible('2026-03-01T08:30:00.000Z')).toBe(`le 1er${NBSP}mars 2026 à 9${NBSP}h${NBSP}30`);
    expect(dateHeureLisible('2026-11-28T13:05:00.000Z')).toBe(`le 28${NBSP}novembre 2026 à 14${NBSP}h${NBSP}05`);
    expect(dateHeureLisible('2026-07-31T22:30:00.000Z')).toBe(`le 1er${NBSP}août 2026 à 0${NBSP}h${NBSP}30`);
  });
});
