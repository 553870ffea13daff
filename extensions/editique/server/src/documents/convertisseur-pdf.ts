import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErreurEditique } from '../erreurs';

export interface OptionsConvertisseur {
  /** Binaire LibreOffice (défaut : SOFFICE_PATH ou `soffice` dans le PATH). */
  soffice?: string;
  /** Dossier sous lequel le convertisseur crée son profil LibreOffice et ses fichiers temporaires. */
  dossierTravail: string;
  /** Au-delà, le processus (et ses enfants) est tué : code CONVERSION_DELAI. */
  delaiMaxMs?: number;
}

export interface ConvertisseurPdf {
  convertir(docx: Buffer): Promise<Buffer>;
  /** Attend la fin des conversions en file, puis supprime le profil et les fichiers temporaires. */
  fermer(): Promise<void>;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PDF = Buffer.from('%PDF-', 'latin1');

/**
 * DOCX → PDF avec LibreOffice en ligne de commande (`soffice --headless --convert-to pdf`).
 *
 * - Un profil LibreOffice propre à chaque convertisseur (`-env:UserInstallation`) : deux processus ne se
 *   bloquent pas sur le même profil, et le profil est réutilisé d'une conversion à l'autre (la première crée
 *   le profil et est plus lente).
 * - Une conversion à la fois par convertisseur (file de promesses) : soffice n'aime pas les appels concurrents.
 * - Le filtre d'entrée est imposé (`--infilter=MS Word 2007 XML`) : sans lui, LibreOffice importe un fichier
 *   corrompu comme du texte brut et produit un PDF de charabia en sortant avec le code 0.
 * - soffice sort aussi avec le code 0 quand il n'a pas pu charger le fichier : on juge sur le PDF produit.
 * - `soffice` est un script qui lance `oosplash` puis `soffice.bin` : au délai, on tue tout le groupe de processus
 *   (voir `lancer`).
 */
export function creerConvertisseurPdf(options: OptionsConvertisseur): ConvertisseurPdf {
  const soffice = options.soffice || process.env.SOFFICE_PATH || 'soffice';
  const delaiMaxMs = options.delaiMaxMs ?? 60000;
  let racine: Promise<string> | undefined;
  let file: Promise<unknown> = Promise.resolve();
  let ferme = false;

  const preparerRacine = (): Promise<string> => {
    racine ??= (async () => {
      await mkdir(options.dossierTravail, { recursive: true });
      const dossier = await mkdtemp(path.join(options.dossierTravail, 'lo-'));
      await mkdir(path.join(dossier, 'profil'));
      return dossier;
    })().catch((e: unknown) => {
      racine = undefined; // on réessaiera à la prochaine conversion
      throw new ErreurEditique(
        'CONVERSION_ECHEC',
        `Conversion PDF impossible : dossier de travail inutilisable (${String(e)})`,
        { cause: e },
      );
    });
    return racine;
  };

  const executer = async (docx: Buffer): Promise<Buffer> => {
    if (!docx.subarray(0, 4).equals(ZIP)) {
      throw new ErreurEditique(
        'CONVERSION_ECHEC',
        "Conversion PDF impossible : le fichier n'est pas un DOCX (archive ZIP attendue)",
      );
    }
    const dossier = await preparerRacine();
    const travail = await mkdtemp(path.join(dossier, 'conv-'));
    try {
      const entree = path.join(travail, 'document.docx');
      const sortie = path.join(travail, 'pdf');
      await writeFile(entree, docx);
      const { stderr } = await lancer(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(path.join(dossier, 'profil')).href}`,
          '--headless',
          '--norestore',
          '--nologo',
          '--nolockcheck',
          '--infilter=MS Word 2007 XML',
          '--convert-to',
          'pdf',
          '--outdir',
          sortie,
          entree,
        ],
        delaiMaxMs,
      );
      let pdf: Buffer;
      try {
        pdf = await readFile(path.join(sortie, 'document.pdf'));
      } catch {
        throw new ErreurEditique(
          'CONVERSION_ECHEC',
          `Conversion PDF impossible : LibreOffice n'a produit aucun PDF (${resumer(stderr)})`,
        );
      }
      if (!pdf.subarray(0, PDF.length).equals(PDF)) {
        throw new ErreurEditique(
          'CONVERSION_ECHEC',
          "Conversion PDF impossible : la sortie de LibreOffice n'est pas un PDF",
        );
      }
      return pdf;
    } finally {
      await rm(travail, { recursive: true, force: true });
    }
  };

  return {
    convertir(docx) {
      if (ferme)
        return Promise.reject(
          new ErreurEditique('CONVERSION_ECHEC', 'Conversion PDF impossible : convertisseur fermé'),
        );
      const resultat = file
        .then(() => executer(docx))
        .catch((e: unknown) => {
          if (e instanceof ErreurEditique) throw e;
          throw new ErreurEditique('CONVERSION_ECHEC', `Conversion PDF impossible : ${String(e)}`, { cause: e });
        });
      file = resultat.catch(() => undefined);
      return resultat;
    },
    async fermer() {
      ferme = true;
      await file;
      if (racine) {
        const dossier = await racine.catch(() => undefined);
        if (dossier) await rm(dossier, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Lance soffice sans shell. `spawn` plutôt que `execFile` : execFile ignore l'option `detached` (il ne transmet à
 * spawn qu'une liste fixe d'options), donc l'enfant reste dans notre groupe de processus ; or tuer le seul `oosplash`
 * laisse `soffice.bin` orphelin (mesuré), qui garde le verrou du profil. Avec `detached`, l'enfant dirige son propre
 * groupe, qu'on tue en entier (`kill(-pid)`) au délai.
 */
function lancer(commande: string, args: string[], delaiMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    let expire = false;
    let termine = false;
    const sorties = { stdout: '', stderr: '' };
    const enfant = spawn(commande, args, {
      detached: true,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const collecter = (flux: 'stdout' | 'stderr') => (morceau: Buffer) => {
      if (sorties[flux].length < 64 * 1024) sorties[flux] += morceau.toString('utf8');
    };
    enfant.stdout?.on('data', collecter('stdout'));
    enfant.stderr?.on('data', collecter('stderr'));
    let filet: NodeJS.Timeout | undefined;
    const minuteur = setTimeout(() => {
      expire = true;
      tuerGroupe(enfant.pid);
      // Filet : si un descendant sorti du groupe garde nos tubes ouverts, 'close' n'arriverait jamais.
      filet = setTimeout(() => finir(null, null, 'SIGKILL'), 5000);
      filet.unref();
    }, delaiMs);
    const finir = (erreur: Error | null, code: number | null, signal: NodeJS.Signals | null) => {
      if (termine) return;
      termine = true;
      clearTimeout(minuteur);
      clearTimeout(filet);
      if (expire) {
        reject(new ErreurEditique('CONVERSION_DELAI', `Conversion PDF interrompue : délai de ${delaiMs} ms dépassé`));
      } else if (erreur) {
        const cause = (erreur as NodeJS.ErrnoException).code === 'ENOENT' ? `${commande} introuvable` : erreur.message;
        reject(new ErreurEditique('CONVERSION_ECHEC', `Conversion PDF impossible : ${cause}`, { cause: erreur }));
      } else if (code !== 0) {
        const etat = signal ? `signal ${signal}` : `code ${code}`;
        reject(
          new ErreurEditique(
            'CONVERSION_ECHEC',
            `Conversion PDF impossible : soffice a échoué (${etat}) : ${resumer(sorties.stderr)}`,
          ),
        );
      } else {
        resolve(sorties);
      }
    };
    enfant.once('error', (e) => finir(e, null, null));
    // 'close' (et non 'exit') : les flux sont vidés, stderr est complet.
    enfant.once('close', (code, signal) => finir(null, code, signal));
  });
}

function tuerGroupe(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // déjà terminé
    }
  }
}

function resumer(stderr: string): string {
  const lignes = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('Warning: failed to launch javaldx'));
  return lignes.join(' ').slice(0, 500) || 'aucun message';
}
