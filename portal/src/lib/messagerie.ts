/**
 * The dossier's conversation with the agents, as the CMS serves it (GET/POST /api/usagers/dossiers/:numero/messages).
 * Kept out of CmsClient (src/lib/cms.ts) only because that file belongs to another change in flight: same errors
 * (ErreurCms from the Strapi error shape), same Bearer, same timeout. Responses are checked with zod: a CMS answering
 * another shape gives a 502 (« service indisponible »), never a page built on guesses.
 */
import { z } from 'zod';
import { ErreurCms, erreurDepuisReponse } from './cms';
import { config } from './config';

/** The limit the portal announces and checks before sending; the CMS checks it again. */
export const LONGUEUR_MAX_MESSAGE = 5000;
/** The CMS accepts these Idempotency-Key values only. */
export const FORMAT_CLE_IDEMPOTENCE = /^[A-Za-z0-9_-]{8,100}$/;

const schemaMessage = z.object({
  id: z.union([z.number().int(), z.string().min(1)]).transform(String),
  auteur: z.enum(['usager', 'agent']),
  auteurNom: z
    .string()
    .nullish()
    .transform((nom) => nom ?? ''),
  corps: z.string(),
  envoyeLe: z.iso.datetime({ offset: true }),
  luLe: z.iso
    .datetime({ offset: true })
    .nullish()
    .transform((lu) => lu ?? null),
});

const schemaFil = z.object({
  data: z.array(schemaMessage),
  meta: z.object({ conversationOuverte: z.boolean() }),
});

const schemaEnvoi = z.object({ data: schemaMessage });

export type Message = z.infer<typeof schemaMessage>;
export type FilMessages = z.infer<typeof schemaFil>;

type Fetch = typeof fetch;

export class MessagerieCms {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number = 10_000,
    private readonly fetcher: Fetch = fetch,
  ) {}

  /** The thread, oldest first; the CMS marks the agents' messages read. 409 DOSSIER_NON_DEPOSE on a brouillon. */
  async lister(jwt: string, numero: string): Promise<FilMessages> {
    return this.appeler(schemaFil, jwt, numero, { method: 'GET' });
  }

  /** Sends one message; the same key replayed gets the same message back (double click, form sent again). */
  async envoyer(jwt: string, numero: string, corps: string, cleIdempotence: string): Promise<Message> {
    const reponse = await this.appeler(schemaEnvoi, jwt, numero, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': cleIdempotence },
      body: JSON.stringify({ corps }),
    });
    return reponse.data;
  }

  private async appeler<T>(schema: z.ZodType<T>, jwt: string, numero: string, init: RequestInit): Promise<T> {
    const chemin = `/api/usagers/dossiers/${encodeURIComponent(numero)}/messages`;
    const minuteur = new AbortController();
    const delai = setTimeout(() => minuteur.abort(new Error('timeout')), this.timeoutMs);
    let status: number;
    let texte: string;
    try {
      const reponse = await this.fetcher(`${this.baseUrl}${chemin}`, {
        ...init,
        headers: { Accept: 'application/json', Authorization: `Bearer ${jwt}`, ...init.headers },
        signal: minuteur.signal,
        redirect: 'manual',
      });
      status = reponse.status;
      texte = await reponse.text();
    } catch (cause) {
      if (minuteur.signal.aborted)
        throw new ErreurCms(504, 'CmsDelaiDepasse', `Le CMS n'a pas répondu à temps (${chemin})`);
      throw new ErreurCms(502, 'CmsInjoignable', `CMS injoignable (${chemin}) : ${(cause as Error).message}`);
    } finally {
      clearTimeout(delai);
    }
    let corps: unknown;
    try {
      corps = texte === '' ? undefined : JSON.parse(texte);
    } catch {
      corps = undefined;
    }
    if (status < 200 || status >= 300) throw erreurDepuisReponse(status, corps);
    const lu = schema.safeParse(corps);
    if (!lu.success) throw new ErreurCms(502, 'ReponseInvalide', `Réponse inattendue du CMS pour ${chemin}`);
    return lu.data;
  }
}

let instance: MessagerieCms | undefined;

/** The process's client, from the portal's configuration (like services().cms). */
export function messagerie(): MessagerieCms {
  const c = config();
  instance ??= new MessagerieCms(c.CMS_URL, c.CMS_TIMEOUT_MS);
  return instance;
}

/**
 * Unread agents' messages on the dossier page's link, when the CMS gives the count with the dossier
 * (`messagesNonLus`, not yet in the contract): null otherwise, and the link shows no number.
 */
export function nombreNonLus(dossier: object): number | null {
  const lu = z
    .number()
    .int()
    .nonnegative()
    .safeParse((dossier as { messagesNonLus?: unknown }).messagesNonLus);
  return lu.success ? lu.data : null;
}
