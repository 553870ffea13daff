/**
 * POST of the dossier form. It is one multipart form (no JavaScript): whichever button was pressed, what the citizen
 * typed and the files they chose are kept. The body is read as a stream, in tree order: `_csrf` first (checked
 * before anything else is read), then the hidden and text fields, each justificatif's file where it sits in the
 * page, and the pressed button's `action` where that button sits.
 *
 * 1. Text parts are gathered (bounded) up to the next chosen file.
 * 2. Before each chosen file is sent, the draft is saved (PUT) with the values read so far, so a failed upload
 *    loses no typed value; fields below that file in the page are not read yet and keep their stored value. A
 *    draft refused by the portal's checks or by the CMS (422, 409) stops everything: nothing is uploaded, the form
 *    comes back with the errors and what was typed.
 * 3. Each chosen file streams to the CMS as it arrives (size limit while streaming).
 * 4. Then the button: `enregistrer`, `televerser:<code>` and `supprimer:<id>` save what came after the last file
 *    and go back to the form (`supprimer` deletes that pièce first); `ligne:<code>` saves and comes back with one
 *    more row in that table; `connecteur:<code>` saves, then asks the CMS to fetch that field's data (API
 *    Particulier, API R2P) and shows the CMS's own French message when it cannot; `deposer` validates with the
 *    pièces and posts the deposit with the Idempotency-Key rendered in the page (the deposit carries the data:
 *    nothing is saved before it unless a file was chosen).
 * Values are read and checked for the citizen's view, with the dossier's référentiels and profile type, today.
 * A save whose data the CMS already holds is skipped: pressing a button never writes the same draft twice.
 */
import { randomUUID } from 'node:crypto';
import { champsDeVue, TYPES_CONNECTEUR, type ChampJustificatif, type Donnees } from '@guichet/formulaires';
import { fr } from '../i18n/fr';
import { ErreurCms, type CmsClient } from './cms';
import { ouvrirFormulaireProtege } from './formulaire-protege';
import type { DossierDetail, PieceApi } from './contrat';
import { champsSaisis, contexteDuDossier, ids, verifierSaisie, type ContexteFormulaire } from './formulaire';
import type { Decision } from './limite';
import { ErreurMultipart, FormulaireEnFlux } from './multipart';
import { envoyerFichier } from './pieces';
import { TAILLE_MAX_CORPS } from './tailles';
import { lireAction } from './action-formulaire';
import { messagesConnecteur } from './connecteur';
import { ajoutDeLigne } from './retour-formulaire';
import type { ErreurSaisie, Reaffichage, Redirection, ResultatSoumission } from './resultat-soumission';

export { lireAction, type Action } from './action-formulaire';
export type { ErreurSaisie, Reaffichage, Redirection, ResultatSoumission } from './resultat-soumission';

export interface Soumission {
  requete: Request;
  csrfSession: string;
  jwt: string;
  /** The brouillon as loaded by the caller. */
  dossier: DossierDetail;
  cms: CmsClient;
  /** Counts one upload against the rate limit; called before each chosen file. */
  limiterEnvoi: () => Decision;
  /** Today (YYYY-MM-DD, Paris): ages and `@aujourdhui` in conditions and formulas. */
  aujourdhui: string;
}

const CLE_IDEMPOTENCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function traiterSoumission(s: Soumission): Promise<ResultatSoumission> {
  const ouvert = await ouvrirFormulaireProtege(s.requete, s.csrfSession);
  if (ouvert.issue === 'csrf') return ouvert;
  const { lecteur, formulaire } = ouvert;
  try {
    return await new Traitement(s, formulaire).executer();
  } finally {
    // Whatever happened, the browser finishes sending (within the server's body limit) and gets our answer.
    await lecteur.vider(TAILLE_MAX_CORPS);
  }
}

class Traitement {
  private readonly textes: URLSearchParams;
  private readonly contexte: ContexteFormulaire;
  private readonly justificatifs: ChampJustificatif[];
  private readonly pieces: PieceApi[];
  private readonly ajoutes: PieceApi[] = [];
  private readonly erreurs: ErreurSaisie[] = [];
  /** What the CMS holds, as far as this request knows, and the version it gave when this request saved. */
  private enregistrees: Donnees;
  private versionEnregistree: number | undefined;
  private readonly codesSaisis: Set<string>;
  private reessayerDansS: number | undefined;
  private lignesDemandees: Record<string, number> | undefined;

  constructor(
    private readonly s: Soumission,
    private readonly formulaire: FormulaireEnFlux,
  ) {
    this.textes = formulaire.textes;
    this.contexte = contexteDuDossier(s.dossier, s.aujourdhui);
    const champs = champsDeVue(s.dossier.modele, 'usager');
    this.justificatifs = champs.filter((c): c is ChampJustificatif => c.type === 'justificatif');
    // Computed fields count too: the same answers on another day may give another age.
    this.codesSaisis = new Set(
      [...champsSaisis(s.dossier.modele), ...champs.filter((c) => c.type === 'calcul' || c.type === 'age')].map(
        (c) => c.code,
      ),
    );
    this.enregistrees = s.dossier.donnees;
    this.pieces = [...s.dossier.pieces];
  }

  async executer(): Promise<ResultatSoumission> {
    try {
      const refus = await this.lireEtEnvoyer();
      if (refus) return refus;
    } catch (erreur) {
      if (!(erreur instanceof ErreurMultipart)) throw erreur;
      this.erreurs.push({ champ: '', message: fr.formulaire.envoiInvalide });
      return this.reaffichage(400);
    }

    const action = lireAction(this.textes.get('action'));
    if (action.type === 'deposer') {
      if (this.erreurs.length > 0) return this.reaffichage();
      return this.deposer();
    }
    const ajout =
      action.type === 'ligne'
        ? ajoutDeLigne(this.s.dossier.modele, action.champ, { donnees: this.s.dossier.donnees, saisie: this.textes })
        : undefined;
    if (ajout) this.lignesDemandees = { [ajout.champ.code]: ajout.nombre };
    // Saved (again, when fields below a file in the page changed what was saved before that file went).
    const refus = await this.sauver();
    if (refus) return refus;
    if (action.type === 'televerser') this.exigerFichier(action.champ);
    if (this.erreurs.length > 0) return this.reaffichage();
    if (action.type === 'supprimer') return this.supprimer(action.piece);
    if (action.type === 'connecteur' && this.estConnecteur(action.champ)) return this.connecteur(action.champ);
    if (ajout) {
      const { champ, nombre } = ajout;
      const colonne = champ.colonnes.find((c) => c.type !== 'calcul');
      return {
        issue: 'redirection',
        vers: 'formulaire',
        lignes: { champ: champ.code, nombre },
        ...(colonne ? { ancre: ids.cellule(champ.code, nombre - 1, colonne.code) } : {}),
        notice: { type: 'succes', message: [...this.messagesAjouts(), fr.formulaire.ligneAjoutee].join(' ') },
      };
    }

    const notice =
      action.type === 'televerser'
        ? [...this.messagesAjouts(), fr.formulaire.reponsesEnregistrees]
        : [fr.formulaire.brouillonEnregistre, ...this.messagesAjouts()];
    return {
      issue: 'redirection',
      vers: 'formulaire',
      ...(action.type === 'televerser' ? { ancre: ids.champ(action.champ) } : {}),
      notice: { type: 'succes', message: notice.join(' ') },
    };
  }

  private estConnecteur(code: string): boolean {
    const champ = champsDeVue(this.s.dossier.modele, 'usager').find((c) => c.code === code);
    return champ !== undefined && TYPES_CONNECTEUR.includes(champ.type);
  }

  /** « Récupérer mes informations »: the CMS calls the connector; its French message is shown when it cannot. */
  private async connecteur(code: string): Promise<ResultatSoumission> {
    try {
      await this.s.cms.appelerConnecteur(this.s.jwt, this.s.dossier.numero, code, this.version());
    } catch (erreur) {
      if (!(erreur instanceof ErreurCms) || erreur.status === 401) throw erreur;
      if (erreur.status === 409) return this.reaffichage(409, true);
      this.erreurs.push(...messagesConnecteur(code, erreur));
      return this.reaffichage(erreur.status >= 500 ? 502 : 422);
    }
    return {
      issue: 'redirection',
      vers: 'formulaire',
      ancre: ids.champ(code),
      notice: { type: 'succes', message: [...this.messagesAjouts(), fr.formulaire.connecteurReussi].join(' ') },
    };
  }

  /** Reads the body to its end, saving the draft before each chosen file and streaming that file. */
  private async lireEtEnvoyer(): Promise<Reaffichage | null> {
    const vus = new Set<string>();
    for (let partie = await this.formulaire.fichierSuivant(); partie; partie = await this.formulaire.fichierSuivant()) {
      const nomFichier = partie.nomFichier ?? '';
      const champ = this.justificatifs.find((c) => c.code === partie.nom);
      if (!champ || vus.has(champ.code)) {
        // A justificatif removed from the model since the page was rendered (or a forged part): its bytes are skipped.
        if (nomFichier !== '') this.erreurs.push({ champ: '', message: fr.formulaire.champFichierInconnu });
        continue;
      }
      vus.add(champ.code);
      if (nomFichier === '') continue; // no file chosen for this justificatif
      const decision = this.s.limiterEnvoi();
      if (!decision.autorise) {
        this.reessayerDansS = decision.reessayerDansS;
        this.erreurs.push({ champ: champ.code, message: fr.formulaire.tropDEnvois(decision.reessayerDansS) });
        continue;
      }
      const refus = await this.sauver();
      if (refus) return refus;
      const resultat = await envoyerFichier({
        lecteur: this.formulaire.lecteur,
        nomFichier,
        typeContenu: partie.typeContenu,
        champ,
        jwt: this.s.jwt,
        numero: this.s.dossier.numero,
        cms: this.s.cms,
      });
      if (resultat.ok) {
        this.ajoutes.push(resultat.piece);
        this.pieces.push(resultat.piece);
      } else {
        this.erreurs.push({ champ: champ.code, message: resultat.message });
      }
    }
    return null;
  }

  /**
   * Saves the draft with what was typed so far (fields not sent yet keep their stored value), unless the CMS holds
   * exactly that already. The answer to give when the draft is refused.
   */
  private async sauver(): Promise<Reaffichage | null> {
    const { dossier } = this.s;
    const verification = verifierSaisie(
      this.contexte,
      this.textes,
      'brouillon',
      this.pieces,
      dossier.donnees,
      dossier.donnees,
    );
    if (!verification.valide) {
      this.erreurs.push(...verification.erreurs);
      return this.reaffichage(422);
    }
    if (this.memesDonnees(verification.donnees)) return null;
    try {
      const enregistre = await this.s.cms.enregistrer(this.s.jwt, dossier.numero, {
        version: this.version(),
        donnees: verification.donnees,
      });
      this.versionEnregistree = enregistre.version;
      this.enregistrees = verification.donnees;
      return null;
    } catch (erreur) {
      return this.refusCms(erreur);
    }
  }

  private async deposer(): Promise<ResultatSoumission> {
    const { dossier } = this.s;
    const verification = verifierSaisie(this.contexte, this.textes, 'depot', this.pieces, dossier.donnees);
    if (!verification.valide) {
      this.erreurs.push(...verification.erreurs);
      return this.reaffichage(422);
    }
    const cle = this.textes.get('_idempotence') ?? '';
    try {
      await this.s.cms.deposer(
        this.s.jwt,
        dossier.numero,
        { version: this.version(), donnees: verification.donnees },
        CLE_IDEMPOTENCE.test(cle) ? cle : randomUUID(),
      );
    } catch (erreur) {
      return this.refusCms(erreur);
    }
    return {
      issue: 'redirection',
      vers: 'dossier',
      notice: { type: 'succes', message: fr.dossier.depotReussi(dossier.numero) },
    };
  }

  private async supprimer(id: number): Promise<Redirection> {
    const piece = this.pieces.find((p) => p.id === id && p.nature === 'justificatif');
    const apres = [...this.messagesAjouts(), fr.formulaire.reponsesEnregistrees];
    const introuvable: Redirection = {
      issue: 'redirection',
      vers: 'formulaire',
      notice: { type: 'erreur', message: [fr.formulaire.fichierIntrouvable, ...apres].join(' ') },
    };
    if (!piece) return introuvable;
    try {
      await this.s.cms.supprimerPiece(this.s.jwt, this.s.dossier.numero, piece.id);
    } catch (erreur) {
      if (erreur instanceof ErreurCms && erreur.status === 404) return introuvable;
      if (erreur instanceof ErreurCms && erreur.status === 409)
        return {
          issue: 'redirection',
          vers: 'dossier',
          notice: { type: 'erreur', message: fr.formulaire.pasModifiable },
        };
      throw erreur;
    }
    return {
      issue: 'redirection',
      vers: 'formulaire',
      ...(piece.champ ? { ancre: ids.champ(piece.champ) } : {}),
      notice: { type: 'succes', message: [fr.formulaire.fichierSupprime(piece.nom), ...apres].join(' ') },
    };
  }

  /** « Envoyer le fichier » with no file chosen (and nothing else said about that field). */
  private exigerFichier(code: string): void {
    const champ = this.justificatifs.find((c) => c.code === code);
    if (!champ) return;
    if (this.ajoutes.some((p) => p.champ === code) || this.erreurs.some((e) => e.champ === code)) return;
    this.erreurs.push({ champ: code, message: fr.formulaire.fichierManquant(champ.libelle) });
  }

  private refusCms(erreur: unknown): Reaffichage {
    if (erreur instanceof ErreurCms && erreur.status === 422) {
      this.erreurs.push(...(erreur.erreurs.length > 0 ? erreur.erreurs : [{ champ: '', message: erreur.message }]));
      return this.reaffichage(422);
    }
    if (erreur instanceof ErreurCms && erreur.status === 409) return this.reaffichage(409, true);
    throw erreur;
  }

  /** The version the next write must carry. */
  private version(): number {
    if (this.versionEnregistree !== undefined) return this.versionEnregistree;
    const postee = Number(this.textes.get('version'));
    // The version the citizen started from: a newer one on the server means someone else changed the dossier.
    return Number.isInteger(postee) ? postee : this.s.dossier.version;
  }

  private memesDonnees(donnees: Donnees): boolean {
    const codes = [...Object.keys(donnees), ...Object.keys(this.enregistrees)].filter((c) => this.codesSaisis.has(c));
    return codes.every((code) => JSON.stringify(donnees[code]) === JSON.stringify(this.enregistrees[code]));
  }

  private messagesAjouts(): string[] {
    return this.ajoutes.map((p) => fr.formulaire.fichierAjoute(p.nom));
  }

  private reaffichage(statut?: Reaffichage['statut'], conflit = false): Reaffichage {
    const ajouts = this.messagesAjouts();
    return {
      issue: 'reaffichage',
      statut: statut ?? (this.reessayerDansS !== undefined ? 429 : 422),
      saisie: this.textes,
      erreurs: this.erreurs,
      conflit,
      version: this.version(),
      pieces: this.pieces,
      ...(ajouts.length > 0 ? { notice: { type: 'succes' as const, message: ajouts.join(' ') } } : {}),
      ...(this.reessayerDansS !== undefined ? { reessayerDansS: this.reessayerDansS } : {}),
      ...(this.lignesDemandees ? { lignesDemandees: this.lignesDemandees } : {}),
    };
  }
}
