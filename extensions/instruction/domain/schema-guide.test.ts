import type { Guide } from './guide';
import { validerGuide } from './schema-guide';
import { copie, lisible, unGuide } from './testing/builders';

function problemes(input: unknown): string[] {
  const resultat = validerGuide(input);
  if (resultat.ok) throw new Error('le guide aurait dû être refusé');
  return resultat.error.map(lisible);
}

/** A copy of the test guide changed by `modifier`, which may mutate it freely. */
function guideModifie(modifier: (guide: Guide) => void): Guide {
  const guide = copie(unGuide());
  modifier(guide);
  return guide;
}

const premiereEtape = (guide: Guide) => {
  const etape = guide.etapes[0];
  if (!etape) throw new Error('guide de test sans étape');
  return etape;
};
const premierStatut = (guide: Guide) => {
  const statut = premiereEtape(guide).statuts[0];
  if (!statut) throw new Error('guide de test sans statut');
  return statut;
};

const MESSAGE_CODE =
  'le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules sans accent, des chiffres et « _ »';

describe('validerGuide', () => {
  it('accepts the test guide and returns it', () => {
    expect(validerGuide(unGuide())).toEqual({ ok: true, value: unGuide() });
  });

  it('accepts a minimal guide: one étape, one closing statut entered at submission', () => {
    const guide: Guide = {
      statutDepot: 'traite',
      etapes: [
        {
          code: 'unique',
          libelle: 'Traitement',
          statuts: [
            { code: 'traite', libelle: 'Traité', visibleUsager: true, cloture: true, transitions: [], actions: [] },
          ],
        },
      ],
    };
    expect(validerGuide(guide)).toEqual({ ok: true, value: guide });
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', null, ['Guide : valeur de type objet attendue']],
    ['no étape', { statutDepot: 'recu', etapes: [] }, ['etapes : le guide doit contenir au moins une étape']],
    ['statutDepot missing', { etapes: unGuide().etapes }, ['statutDepot : valeur manquante']],
    [
      'étape without statut',
      guideModifie((g) => (premiereEtape(g).statuts = [])),
      ['étape 1 › statuts : chaque étape doit contenir au moins un statut'],
    ],
    [
      'étape code with a capital',
      guideModifie((g) => (premiereEtape(g).code = 'Depot')),
      [`étape 1 › code : ${MESSAGE_CODE}`],
    ],
    [
      'statut code with an accent',
      guideModifie((g) => (premierStatut(g).code = 'reçu')),
      [`étape 1 › statut 1 › code : ${MESSAGE_CODE}`],
    ],
    [
      'transition target with a dash',
      guideModifie((g) => (premierStatut(g).transitions = [{ vers: 'en-instruction' }])),
      [`étape 1 › statut 1 › transition 1 › vers : ${MESSAGE_CODE}`],
    ],
    [
      'blank statut libellé',
      guideModifie((g) => (premierStatut(g).libelle = ' ')),
      ['étape 1 › statut 1 › libelle : ne doit pas être vide'],
    ],
    [
      'blank button label',
      guideModifie((g) => (premierStatut(g).transitions = [{ vers: 'en_instruction', libelle: '' }])),
      ['étape 1 › statut 1 › transition 1 › libelle : ne doit pas être vide'],
    ],
    [
      'cloture not a boolean',
      guideModifie((g) => Object.assign(premierStatut(g), { cloture: 'non' })),
      ['étape 1 › statut 1 › cloture : valeur de type vrai/faux attendue'],
    ],
    [
      'unknown action type',
      guideModifie((g) => Object.assign(premierStatut(g), { actions: [{ type: 'fax', modele: 'x' }] })),
      [
        'étape 1 › statut 1 › action 1 › type : type d’action inconnu (attendu : courriel, sms, document, modifier_champs, affecter, sauter_etapes, onglet, statut_dossier_lie, demander_justificatif, detecter_doublon, creer_individu, creer_profil, conversation, webhook)',
      ],
    ],
    [
      'email without recipient',
      guideModifie((g) => (premierStatut(g).actions = [{ type: 'courriel', modele: 'x', destinataires: [] }])),
      ['étape 1 › statut 1 › action 1 › destinataires : indiquez au moins un destinataire'],
    ],
    [
      'email to an unsupported recipient',
      guideModifie((g) =>
        Object.assign(premierStatut(g), { actions: [{ type: 'courriel', modele: 'x', destinataires: ['agent'] }] }),
      ),
      [
        'étape 1 › statut 1 › action 1 › destinataire 1 : destinataire inconnu (attendu : usager, agent_affecte ou { "adresse": … })',
      ],
    ],
    [
      'document file name that is a path',
      guideModifie(
        (g) => (premierStatut(g).actions = [{ type: 'document', modele: 'x', nomFichier: '../../etc/passwd' }]),
      ),
      [
        'étape 1 › statut 1 › action 1 › nomFichier : le nom de fichier ne doit contenir ni « / », ni « \\ », ni « .. »',
      ],
    ],
    [
      'document without template',
      guideModifie((g) => (premierStatut(g).actions = [{ type: 'document', modele: '', nomFichier: 'a.pdf' }])),
      ['étape 1 › statut 1 › action 1 › modele : ne doit pas être vide'],
    ],
  ])('refuses a guide with %s', (_cas, input, attendu) => {
    expect(problemes(input)).toEqual(attendu);
  });

  it.each<[string, Guide, string[]]>([
    [
      'two étapes with the same code',
      guideModifie((g) => {
        const etape = g.etapes[2];
        if (etape) etape.code = 'instruction';
      }),
      ['Le code d’étape « instruction » est utilisé 2 fois : chaque étape doit avoir un code unique.'],
    ],
    [
      'a statut code used in two étapes',
      guideModifie((g) => g.etapes[2]?.statuts.push({ ...premierStatut(g), transitions: [] })),
      [
        'Le code de statut « recu » est utilisé 2 fois (étapes « depot », « decision ») : chaque statut du guide doit avoir un code unique.',
      ],
    ],
    [
      'a statutDepot that exists nowhere',
      guideModifie((g) => (g.statutDepot = 'depose')),
      ['Le statut de dépôt « depose » n’existe dans aucune étape.'],
    ],
    [
      'a transition to a missing statut',
      guideModifie((g) => premierStatut(g).transitions.push({ vers: 'paye' })),
      ['Le statut « recu » propose une transition vers « paye », qui n’existe dans aucune étape.'],
    ],
    [
      'the same transition twice',
      guideModifie((g) => premierStatut(g).transitions.push({ vers: 'irrecevable', libelle: 'Encore' })),
      ['Le statut « recu » propose plusieurs fois la transition vers « irrecevable ».'],
    ],
    [
      'no closing statut',
      guideModifie((g) => g.etapes.forEach((e) => e.statuts.forEach((s) => (s.cloture = false)))),
      [
        'Le guide doit contenir au moins un statut de clôture : sans lui, aucun dossier ne peut être clôturé, ni donc archivé ou purgé.',
      ],
    ],
  ])('reports %s', (_cas, guide, attendu) => {
    expect(problemes(guide)).toEqual(attendu);
  });

  it('lists every coherence problem at once', () => {
    const guide = guideModifie((g) => {
      g.statutDepot = 'absent';
      premierStatut(g).transitions.push({ vers: 'fantome' });
      g.etapes.forEach((e) => e.statuts.forEach((s) => (s.cloture = false)));
    });
    expect(problemes(guide)).toHaveLength(3);
  });

  it('trims labels and drops unknown keys', () => {
    const guide = guideModifie((g) => {
      premiereEtape(g).libelle = '  Dépôt  ';
      Object.assign(premiereEtape(g), { couleur: 'bleu' });
    });
    const resultat = validerGuide(guide);
    expect(resultat).toEqual({ ok: true, value: unGuide() });
  });
});
