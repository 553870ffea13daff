/** Reading request bodies with a byte cap (the adapter's own limit is sized for uploads, not for forms). */

export class CorpsTropGros extends Error {
  constructor() {
    super('Corps de requête trop volumineux');
    this.name = 'CorpsTropGros';
  }
}

/** Reads a urlencoded body of at most `max` bytes. */
export async function lireFormulaireBorne(requete: Request, max: number): Promise<URLSearchParams> {
  const longueur = Number(requete.headers.get('content-length') ?? '0');
  if (longueur > max) throw new CorpsTropGros();
  if (!requete.body) return new URLSearchParams();
  const lecteur = requete.body.getReader();
  const morceaux: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await lecteur.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await lecteur.cancel().catch(() => undefined);
      throw new CorpsTropGros();
    }
    morceaux.push(value);
  }
  return new URLSearchParams(Buffer.concat(morceaux).toString('utf8'));
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function typeMedia(typeContenu: string | null): string {
  return (typeContenu ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
