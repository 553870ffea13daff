import { rendreCourriel, variablesUtilisees } from './rendre-courriel';

const variables = {
  usager: { prenom: 'Camille', nom: 'Durand' },
  dossier: { numero: 'AIDE-2026-000123', montant: 1500, urgent: false },
  statut: { libelle: 'En cours d’instruction' },
  portail: { url: 'https://guichet.exemple.fr' },
};

describe('rendreCourriel', () => {
  test('remplace les chemins pointés, avec ou sans espaces', () => {
    const r = rendreCourriel(
      {
        sujet: 'Votre dossier {{dossier.numero}} : {{ statut.libelle }}',
        corps: 'Bonjour {{ usager.prenom }} {{usager.nom}}.',
      },
      variables,
    );
    expect(r.sujet).toBe('Votre dossier AIDE-2026-000123 : En cours d’instruction');
    expect(r.texte).toBe('Bonjour Camille Durand.');
    expect(r.html).toBe('<p>Bonjour Camille Durand.</p>');
  });

  test('nombres, booléens et listes sont convertis en texte', () => {
    const r = rendreCourriel(
      { sujet: '', corps: '{{dossier.montant}} {{dossier.urgent}} {{pieces}}' },
      { ...variables, pieces: ['RIB', 'Devis'] },
    );
    expect(r.texte).toBe('1500 false RIB, Devis');
  });

  test('un chemin absent, null ou un objet donne une chaîne vide', () => {
    const r = rendreCourriel(
      {
        sujet: '[{{inconnu}}]',
        corps: 'a{{usager.inexistant}}b{{usager.prenom.lettre}}c{{vide}}d{{usager}}e{{dossier.numero.length}}f',
      },
      { ...variables, vide: null },
    );
    expect(r.sujet).toBe('[]');
    expect(r.texte).toBe('abcdef');
  });

  test("n'exécute aucun code et ne remonte pas la chaîne des prototypes", () => {
    const r = rendreCourriel(
      {
        sujet: '{{constructor}}{{usager.__proto__}}{{toString}}',
        corps: '{{ usager.prenom.toUpperCase() }} {{ 1+1 }} {{ process.env.HOME }} {{usager.constructor.name}}',
      },
      variables,
    );
    expect(r.sujet).toBe('');
    // Ce qui n'est pas un chemin pointé reste tel quel, rien n'est évalué (le texte final est rogné).
    expect(r.texte).toBe('{{ usager.prenom.toUpperCase() }} {{ 1+1 }}');
  });

  test('échappe le HTML des valeurs et du modèle dans la version html, pas dans le texte', () => {
    const r = rendreCourriel(
      { sujet: 'Re: {{usager.nom}}', corps: 'Nom : {{usager.nom}}\n<b>gras</b> & "guillemets" \'apostrophes\'' },
      { usager: { nom: '<script>alert("x")</script>' } },
    );
    expect(r.texte).toBe('Nom : <script>alert("x")</script>\n<b>gras</b> & "guillemets" \'apostrophes\'');
    expect(r.html).toBe(
      '<p>Nom : &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>\n&lt;b&gt;gras&lt;/b&gt; &amp; &quot;guillemets&quot; &#39;apostrophes&#39;</p>',
    );
    expect(r.html).not.toContain('<script');
  });

  test('paragraphes sur lignes vides, <br> sur retour simple, CRLF normalisés', () => {
    const r = rendreCourriel(
      { sujet: 's', corps: 'Bonjour,\r\n\r\nLigne 1\r\nLigne 2\n\n\n\nCordialement,\nLe service\n' },
      {},
    );
    expect(r.texte).toBe('Bonjour,\n\nLigne 1\nLigne 2\n\n\n\nCordialement,\nLe service');
    expect(r.html).toBe('<p>Bonjour,</p>\n<p>Ligne 1<br>\nLigne 2</p>\n<p>Cordialement,<br>\nLe service</p>');
  });

  test('le sujet tient sur une ligne même si une valeur contient des retours (injection d’en-tête)', () => {
    const r = rendreCourriel({ sujet: 'Dossier {{n}}', corps: '' }, { n: '42\r\nBcc: victime@exemple.fr' });
    expect(r.sujet).toBe('Dossier 42 Bcc: victime@exemple.fr');
    expect(r.sujet).not.toMatch(/[\r\n]/);
    expect(r.html).toBe('');
  });

  test('seules les URL des origines autorisées deviennent des liens', () => {
    const modele = {
      sujet: 's',
      corps: 'Suivre : {{portail.url}}/compte/dossiers/{{dossier.numero}}.\nAutre : {{autre}}\nPiège : {{piege}}',
    };
    const donnees = {
      ...variables,
      autre: 'https://malveillant.exemple/x',
      piege: 'https://guichet.exemple.fr.malveillant.exemple/',
    };
    const sansLien = rendreCourriel(modele, donnees);
    expect(sansLien.html).not.toContain('<a ');

    const r = rendreCourriel(modele, donnees, { liensAutorises: ['https://guichet.exemple.fr/'] });
    expect(r.html).toContain(
      'Suivre : <a href="https://guichet.exemple.fr/compte/dossiers/AIDE-2026-000123">https://guichet.exemple.fr/compte/dossiers/AIDE-2026-000123</a>.<br>',
    );
    expect(r.html).toContain('Autre : https://malveillant.exemple/x<br>');
    expect(r.html).toContain('Piège : https://guichet.exemple.fr.malveillant.exemple/</p>');
    expect(r.html.match(/<a /g)).toHaveLength(1);
  });

  test('un lien autorisé reste échappé dans href', () => {
    const r = rendreCourriel(
      { sujet: '', corps: '{{u}}' },
      { u: 'https://g.fr/a?x=1&y=2' },
      { liensAutorises: ['https://g.fr'] },
    );
    expect(r.html).toBe('<p><a href="https://g.fr/a?x=1&amp;y=2">https://g.fr/a?x=1&amp;y=2</a></p>');
  });
});

describe('variablesUtilisees', () => {
  test('liste les chemins du sujet et du corps sans doublon', () => {
    expect(
      variablesUtilisees({
        sujet: '{{dossier.numero}} {{ statut.libelle }}',
        corps: '{{dossier.numero}} {{usager.nom}} {{ 1+1 }}',
      }),
    ).toEqual(['dossier.numero', 'statut.libelle', 'usager.nom']);
  });
});
