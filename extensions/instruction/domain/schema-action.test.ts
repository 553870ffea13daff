import { validerGuide } from './schema-guide';
import { copie, lisible, unGuide } from './testing/builders';

/** Validates the test guide with `actions` on its first statut: the problems, or [] when accepted. */
function problemesDesActions(actions: unknown[]): string[] {
  const guide = copie(unGuide());
  Object.assign(guide.etapes[0]!.statuts[0]!, { actions });
  const resultat = validerGuide(guide);
  return resultat.ok ? [] : resultat.error.map(lisible);
}

const A = 'étape 1 › statut 1 › action 1';

describe('schemaAction: every action type', () => {
  it.each<[string, unknown]>([
    ['courriel to the citizen', { type: 'courriel', modele: 'm', destinataires: ['usager'] }],
    [
      'courriel to the assigned agent and a fixed address, with the justificatifs',
      {
        type: 'courriel',
        modele: 'm',
        destinataires: ['agent_affecte', { adresse: 'service@example.fr' }],
        joindreJustificatifs: true,
      },
    ],
    ['sms', { type: 'sms', modele: 'm', destinataires: ['usager', 'agent_affecte'] }],
    [
      'modifier_champs',
      {
        type: 'modifier_champs',
        champs: [
          { champ: 'montant', valeur: 0 },
          { champ: 'motif', valeur: null },
        ],
      },
    ],
    ['affecter to an agent', { type: 'affecter', mode: 'agent', agentId: 12 }],
    ['affecter by territoire', { type: 'affecter', mode: 'territoire' }],
    ['onglet', { type: 'onglet', onglet: 'avis', vue: 'partenaire', etat: 'masque' }],
    ['statut_dossier_lie', { type: 'statut_dossier_lie', lien: 'enfants', statut: 'clos' }],
    ['demander_justificatif', { type: 'demander_justificatif', typeDocument: 'rib', message: 'Votre RIB, svp.' }],
    ['document', { type: 'document', modele: 'm', nomFichier: 'courrier.pdf' }],
    ['detecter_doublon', { type: 'detecter_doublon', critere: 'les_deux' }],
    ['creer_individu', { type: 'creer_individu', correspondances: { nom_demandeur: 'nom', ne_le: 'dateNaissance' } }],
    ['creer_profil', { type: 'creer_profil', correspondances: { siret: 'siret' } }],
    ['conversation', { type: 'conversation', etat: 'fermee' }],
    ['webhook in https', { type: 'webhook', url: 'https://api.example.fr/hook?x=1', secret: 'WEBHOOK_CAF' }],
    [
      'webhook on the local machine in http',
      { type: 'webhook', url: 'http://localhost:4010/hook', secret: 'WEBHOOK_LOCAL' },
    ],
  ])('accepts %s', (_cas, action) => {
    expect(problemesDesActions([action])).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    [
      'a courriel to a malformed address',
      { type: 'courriel', modele: 'm', destinataires: [{ adresse: 'pas-une-adresse' }] },
      [`${A} › destinataire 1 › adresse : adresse électronique invalide`],
    ],
    [
      'an sms to a fixed address',
      { type: 'sms', modele: 'm', destinataires: [{ adresse: 'a@b.fr' }] },
      [`${A} › destinataire 1 : destinataire inconnu (attendu : usager ou agent_affecte)`],
    ],
    [
      'an sms without recipient',
      { type: 'sms', modele: 'm', destinataires: [] },
      [`${A} › destinataires : indiquez au moins un destinataire`],
    ],
    [
      'modifier_champs without field',
      { type: 'modifier_champs', champs: [] },
      [`${A} › champs : indiquez au moins un champ à modifier`],
    ],
    [
      'modifier_champs with an object value',
      { type: 'modifier_champs', champs: [{ champ: 'montant', valeur: { a: 1 } }] },
      [`${A} › champ 1 › valeur : valeur invalide`],
    ],
    [
      'affecter to agent 0',
      { type: 'affecter', mode: 'agent', agentId: 0 },
      [`${A} › agentId : identifiant d’agent attendu (nombre entier positif)`],
    ],
    [
      'affecter by an unknown mode',
      { type: 'affecter', mode: 'hasard' },
      [`${A} › mode : mode d’affectation inconnu (attendu : agent ou territoire)`],
    ],
    [
      'an onglet in an unknown view',
      { type: 'onglet', onglet: 'avis', vue: 'public', etat: 'visible' },
      [`${A} › vue : valeur invalide (attendu : usager, agent ou partenaire)`],
    ],
    [
      'a demande de justificatif without message',
      { type: 'demander_justificatif', typeDocument: 'rib', message: '  ' },
      [`${A} › message : ne doit pas être vide`],
    ],
    [
      'creer_individu towards an unknown property',
      { type: 'creer_individu', correspondances: { nom: 'pointure' } },
      [
        `${A} › correspondances › nom : propriété inconnue (attendu : civilite, nom, nomNaissance, prenom, dateNaissance, communeNaissance, email, telephone, adresse)`,
      ],
    ],
    [
      'creer_profil without correspondance',
      { type: 'creer_profil', correspondances: {} },
      [`${A} › correspondances : indiquez au moins une correspondance entre un champ du dossier et une propriété`],
    ],
    [
      'a webhook in plain http',
      { type: 'webhook', url: 'http://api.example.fr/hook', secret: 'WEBHOOK_CAF' },
      [`${A} › url : adresse https attendue (http n’est accepté que pour localhost)`],
    ],
    [
      'a webhook on a host that merely starts with localhost',
      { type: 'webhook', url: 'http://localhost.evil.example/hook', secret: 'WEBHOOK_CAF' },
      [`${A} › url : adresse https attendue (http n’est accepté que pour localhost)`],
    ],
    [
      'a webhook with credentials in the URL',
      { type: 'webhook', url: 'https://moi:motdepasse@api.example.fr/hook', secret: 'WEBHOOK_CAF' },
      [`${A} › url : l’adresse ne doit contenir ni identifiant ni mot de passe : le webhook est signé avec le secret`],
    ],
    [
      'a webhook to something else than a URL',
      { type: 'webhook', url: 'pas une url', secret: 'WEBHOOK_CAF' },
      [`${A} › url : adresse web invalide`],
    ],
    ...(['s3cr3t-v4leur-en-clair', 'DATABASE_PASSWORD', 'webhook_caf', 'WEBHOOK_'].map((secret) => [
      `a webhook whose secret is ${secret}`,
      { type: 'webhook', url: 'https://api.example.fr', secret },
      [
        `${A} › secret : nom de variable d’environnement attendu, commençant par « WEBHOOK_ » (par exemple « WEBHOOK_SECRET_CAF ») : jamais le secret lui-même`,
      ],
    ]) as Array<[string, unknown, string[]]>),
  ])('refuses %s', (_cas, action, attendu) => {
    expect(problemesDesActions([action])).toEqual(attendu);
  });

  it('sorts correspondances by field code, so that exports are canonical', () => {
    const guide = copie(unGuide());
    guide.etapes[0]!.statuts[0]!.actions = [
      { type: 'creer_individu', correspondances: { prenom_demandeur: 'prenom', nom_demandeur: 'nom' } },
    ];
    const resultat = validerGuide(guide);
    if (!resultat.ok) throw new Error(resultat.error.join('\n'));
    const [action] = resultat.value.etapes[0]!.statuts[0]!.actions;
    expect(action?.type === 'creer_individu' && Object.keys(action.correspondances)).toEqual([
      'nom_demandeur',
      'prenom_demandeur',
    ]);
  });
});
