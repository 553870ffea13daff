/**
 * Streaming multipart/form-data reader and writer, so that an uploaded file goes from the browser to the CMS without
 * ever being held whole in memory. Parts are read in order; small text fields are read with a byte cap, the file
 * part is consumed chunk by chunk.
 */
import { randomBytes } from 'node:crypto';

export class ErreurMultipart extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ErreurMultipart';
  }
}

export interface EntetePartie {
  nom: string;
  /** Present (possibly empty) for file inputs. */
  nomFichier?: string;
  typeContenu?: string;
}

/** The boundary of a `multipart/form-data` Content-Type, or null. */
export function frontiereDe(typeContenu: string | null): string | null {
  if (!typeContenu) return null;
  const [type, ...parametres] = typeContenu.split(';');
  if (type?.trim().toLowerCase() !== 'multipart/form-data') return null;
  for (const parametre of parametres) {
    const egal = parametre.indexOf('=');
    if (egal < 0) continue;
    if (parametre.slice(0, egal).trim().toLowerCase() !== 'boundary') continue;
    let valeur = parametre.slice(egal + 1).trim();
    if (valeur.startsWith('"') && valeur.endsWith('"')) valeur = valeur.slice(1, -1);
    return /^[0-9A-Za-z'()+_,\-./:=? ]{1,70}$/.test(valeur) ? valeur : null;
  }
  return null;
}

const CRLF = Buffer.from('\r\n');
const FIN_ENTETES = Buffer.from('\r\n\r\n');
const TAILLE_MAX_ENTETES = 8 * 1024;

/** Decodes a quoted parameter value as browsers write it (`"` as %22, CR/LF as %0D/%0A). */
function parametre(entete: string, nom: string): string | undefined {
  const motif = new RegExp(`(?:^|;)\\s*${nom}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
  const trouve = motif.exec(entete);
  if (!trouve) return undefined;
  const brut = trouve[1] !== undefined ? trouve[1].replace(/\\(.)/g, '$1') : (trouve[2] ?? '');
  return brut.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}

function lireEntetes(bloc: string): EntetePartie {
  let disposition: string | undefined;
  let typeContenu: string | undefined;
  for (const ligne of bloc.split('\r\n')) {
    const deuxPoints = ligne.indexOf(':');
    if (deuxPoints < 0) continue;
    const nom = ligne.slice(0, deuxPoints).trim().toLowerCase();
    const valeur = ligne.slice(deuxPoints + 1).trim();
    if (nom === 'content-disposition') disposition = valeur;
    else if (nom === 'content-type') typeContenu = valeur;
  }
  if (!disposition || !/^form-data\b/i.test(disposition))
    throw new ErreurMultipart('Partie sans Content-Disposition form-data');
  // Only look after "form-data;" so that a parameter value cannot pose as another parameter name.
  const parametres = disposition.slice(disposition.indexOf(';') + 1);
  const nom = parametre(parametres, 'name');
  if (nom === undefined) throw new ErreurMultipart('Partie sans nom');
  const nomFichier = parametre(parametres, 'filename');
  return { nom, ...(nomFichier !== undefined ? { nomFichier } : {}), ...(typeContenu ? { typeContenu } : {}) };
}

type Etat = 'preambule' | 'apres-delimiteur' | 'corps' | 'fin';

export class LecteurMultipart {
  private tampon: Buffer;
  private readonly delimiteur: Buffer;
  private readonly lecteur: ReadableStreamDefaultReader<Uint8Array>;
  private etat: Etat = 'preambule';
  private termine = false;

  constructor(flux: ReadableStream<Uint8Array>, frontiere: string) {
    this.delimiteur = Buffer.from(`\r\n--${frontiere}`);
    // A leading CRLF lets the first boundary (which has none) match the same delimiter as the others.
    this.tampon = Buffer.from(CRLF);
    this.lecteur = flux.getReader();
  }

  /** Moves to the next part and returns its headers, or null after the closing boundary. */
  async partieSuivante(): Promise<EntetePartie | null> {
    if (this.etat === 'corps') for await (const _morceau of this.contenu()); // skip the rest of the current part
    if (this.etat === 'fin') return null;
    if (this.etat === 'preambule') {
      for (;;) {
        const position = this.tampon.indexOf(this.delimiteur);
        if (position >= 0) {
          this.tampon = this.tampon.subarray(position + this.delimiteur.length);
          break;
        }
        this.tampon = this.tampon.subarray(Math.max(0, this.tampon.length - this.delimiteur.length + 1));
        if (!(await this.remplir())) throw new ErreurMultipart('Aucune partie');
      }
      this.etat = 'apres-delimiteur';
    }
    // After a delimiter: "--" closes the body, CRLF starts a part's headers.
    while (this.tampon.length < 2) if (!(await this.remplir())) throw new ErreurMultipart('Corps tronqué');
    if (this.tampon[0] === 0x2d && this.tampon[1] === 0x2d) {
      this.etat = 'fin';
      return null;
    }
    let finEntetes: number;
    for (;;) {
      finEntetes = this.tampon.indexOf(FIN_ENTETES);
      if (finEntetes >= 0) break;
      if (this.tampon.length > TAILLE_MAX_ENTETES) throw new ErreurMultipart('En-têtes de partie trop longs');
      if (!(await this.remplir())) throw new ErreurMultipart('Corps tronqué');
    }
    // Skip the CRLF (and any transport padding) that ends the boundary line.
    const debut = this.tampon.indexOf(CRLF);
    const bloc = this.tampon.subarray(debut + 2, finEntetes).toString('utf8');
    this.tampon = this.tampon.subarray(finEntetes + FIN_ENTETES.length);
    this.etat = 'corps';
    return lireEntetes(bloc);
  }

  /** The bytes of the current part, as they arrive. */
  async *contenu(): AsyncGenerator<Uint8Array> {
    if (this.etat !== 'corps') return;
    for (;;) {
      const position = this.tampon.indexOf(this.delimiteur);
      if (position >= 0) {
        const morceau = this.tampon.subarray(0, position);
        this.tampon = this.tampon.subarray(position + this.delimiteur.length);
        this.etat = 'apres-delimiteur';
        if (morceau.length > 0) yield morceau;
        return;
      }
      // Everything but a possible beginning of the delimiter can be handed over.
      const sur = this.tampon.length - this.delimiteur.length + 1;
      if (sur > 0) {
        const morceau = this.tampon.subarray(0, sur);
        this.tampon = this.tampon.subarray(sur);
        yield morceau;
      }
      if (!(await this.remplir())) throw new ErreurMultipart('Corps tronqué');
    }
  }

  /** The current part as text, refusing more than `max` bytes. */
  async texte(max: number): Promise<string> {
    const morceaux: Uint8Array[] = [];
    let total = 0;
    for await (const morceau of this.contenu()) {
      total += morceau.length;
      if (total > max) throw new ErreurMultipart('Champ trop long');
      morceaux.push(morceau);
    }
    return Buffer.concat(morceaux).toString('utf8');
  }

  /**
   * Reads and discards what remains, up to `max` bytes, so that the browser finishes sending and gets our answer
   * instead of a reset connection. Returns false when more remained (the caller then gives up on the body).
   */
  async vider(max: number): Promise<boolean> {
    let lu = 0;
    try {
      while (!this.termine) {
        const { done, value } = await this.lecteur.read();
        if (done) {
          this.termine = true;
          break;
        }
        lu += value.length;
        if (lu > max) {
          await this.lecteur.cancel().catch(() => undefined);
          return false;
        }
      }
      return true;
    } catch {
      return false;
    }
  }

  private async remplir(): Promise<boolean> {
    if (this.termine) return false;
    let lu: ReadableStreamReadResult<Uint8Array>;
    try {
      lu = await this.lecteur.read();
    } catch {
      // The connection dropped, or the server's own body limit cut the request.
      this.termine = true;
      throw new ErreurMultipart('Corps interrompu');
    }
    const { done, value } = lu;
    if (done) {
      this.termine = true;
      return false;
    }
    this.tampon = this.tampon.length === 0 ? Buffer.from(value) : Buffer.concat([this.tampon, value]);
    return true;
  }
}

/** Bounds on what a form's non-file parts may hold in memory. */
export interface LimitesFormulaire {
  /** Total bytes of the names and values of the text parts. */
  octetsTexte: number;
  /** Number of parts after the first one, files included. */
  parties: number;
}

/**
 * A form read in tree order: the first part alone (the CSRF token, checked before anything else is read), then the
 * text parts, gathered into `textes` within `limites`, up to each file part, which is handed over unread so that
 * its bytes can be streamed elsewhere.
 */
export class FormulaireEnFlux {
  /** The text parts read so far, in order. */
  readonly textes = new URLSearchParams();
  private octets = 0;
  private parties = 0;

  constructor(
    readonly lecteur: LecteurMultipart,
    private readonly limites: LimitesFormulaire,
  ) {}

  /** The value of the first part when it is the text part `nom` (at most `max` bytes), else null. */
  async premierePartie(nom: string, max: number): Promise<string | null> {
    const partie = await this.lecteur.partieSuivante();
    if (!partie || partie.nom !== nom || partie.nomFichier !== undefined) return null;
    return this.lecteur.texte(max);
  }

  /** Reads text parts into `textes` until the next file part (returned, content not read) or the end (null). */
  async fichierSuivant(): Promise<EntetePartie | null> {
    for (;;) {
      const partie = await this.lecteur.partieSuivante();
      if (!partie) return null;
      this.parties += 1;
      if (this.parties > this.limites.parties) throw new ErreurMultipart('Trop de parties');
      if (partie.nomFichier !== undefined) return partie;
      this.octets += Buffer.byteLength(partie.nom);
      const valeur = await this.lecteur.texte(Math.max(0, this.limites.octetsTexte - this.octets));
      this.octets += Buffer.byteLength(valeur);
      if (this.octets > this.limites.octetsTexte) throw new ErreurMultipart('Champs trop longs');
      this.textes.append(partie.nom, valeur);
    }
  }
}

/** Removes what could break a header or reveal a client path ("C:\\fakepath\\x.pdf"). */
export function nomDeFichierSur(nom: string): string {
  const base = nom.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const propre = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (propre === '' ? 'fichier' : propre).slice(0, 200);
}

export interface PartieSortante {
  nom: string;
  valeur?: string;
  fichier?: { nom: string; type: string; contenu: AsyncIterable<Uint8Array> };
}

/**
 * Builds a multipart/form-data body as a stream (pull-based, so the upload to the CMS runs at the pace the CMS
 * reads). Returns the stream and its Content-Type.
 */
export function corpsMultipart(parties: PartieSortante[]): { flux: ReadableStream<Uint8Array>; typeContenu: string } {
  const frontiere = `----guichet${randomBytes(16).toString('hex')}`;
  async function* generer(): AsyncGenerator<Uint8Array> {
    for (const partie of parties) {
      if (partie.fichier) {
        yield Buffer.from(
          `--${frontiere}\r\nContent-Disposition: form-data; name="${partie.nom}"; filename="${nomDeFichierSur(partie.fichier.nom)}"\r\n` +
            `Content-Type: ${partie.fichier.type.replace(/[\r\n]/g, '')}\r\n\r\n`,
        );
        yield* partie.fichier.contenu;
        yield CRLF;
      } else {
        yield Buffer.from(
          `--${frontiere}\r\nContent-Disposition: form-data; name="${partie.nom}"\r\n\r\n${partie.valeur ?? ''}\r\n`,
        );
      }
    }
    yield Buffer.from(`--${frontiere}--\r\n`);
  }
  const iterateur = generer();
  const flux = new ReadableStream<Uint8Array>({
    async pull(controleur) {
      try {
        const { done, value } = await iterateur.next();
        if (done) controleur.close();
        else controleur.enqueue(value);
      } catch (erreur) {
        controleur.error(erreur);
      }
    },
    async cancel(raison) {
      await iterateur.throw(raison).catch(() => undefined);
    },
  });
  return { flux, typeContenu: `multipart/form-data; boundary=${frontiere}` };
}

/** Passes chunks through, throwing `ErreurTaille` as soon as more than `max` bytes went by. */
export class ErreurTaille extends Error {
  constructor(readonly max: number) {
    super(`Plus de ${max} octets`);
    this.name = 'ErreurTaille';
  }
}

export async function* limiterTaille(
  source: AsyncIterable<Uint8Array>,
  max: number,
  compteur?: { octets: number },
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const morceau of source) {
    total += morceau.length;
    if (compteur) compteur.octets = total;
    if (total > max) throw new ErreurTaille(max);
    yield morceau;
  }
}
