import type { ChampTexteRiche } from '../modele';
import { assainirHtml, texteDuHtml } from './index';
import { lire, lisibleDe, problemeDe, valeurValide } from './testing/contexte';

const presentation: ChampTexteRiche = {
  code: 'presentation',
  type: 'texte_riche',
  libelle: "Présentation de l'association",
  requis: false,
};
const court: ChampTexteRiche = { ...presentation, longueurMax: 10 };

describe('texte_riche: sanitised HTML', () => {
  it.each<[string, string, string]>([
    [
      'allowed formatting is kept',
      '<p>Une <strong>grande</strong> <em>fête</em> <u>locale</u>.</p>',
      '<p>Une <strong>grande</strong> <em>fête</em> <u>locale</u>.</p>',
    ],
    [
      'lists and headings',
      '<h3>Objet</h3><ul><li>un</li><li>deux</li></ul><ol><li>trois</li></ol><h4>Note</h4><blockquote>cité</blockquote>',
      '<h3>Objet</h3><ul><li>un</li><li>deux</li></ul><ol><li>trois</li></ol><h4>Note</h4><blockquote>cité</blockquote>',
    ],
    ['a script disappears with its content', '<p>Bonjour<script>alert(1)</script></p>', '<p>Bonjour</p>'],
    ['a style element too', '<style>p { display: none }</style><p>Visible</p>', '<p>Visible</p>'],
    ['event handlers are dropped', '<p onclick="alert(1)" onmouseover="x">Texte</p>', '<p>Texte</p>'],
    ['an image with onerror disappears', '<p>Photo <img src="x" onerror="alert(1)"></p>', '<p>Photo </p>'],
    ['style attributes are dropped', '<p style="color:red">Rouge</p>', '<p>Rouge</p>'],
    ['other tags go, their text stays', '<div><span>Texte</span> <b>gras</b></div>', 'Texte gras'],
    [
      'an https link is kept, other attributes dropped',
      '<a href="https://www.amiens.fr/aides" target="_blank" onclick="x">Aides</a>',
      '<a href="https://www.amiens.fr/aides">Aides</a>',
    ],
    ['a mailto link', '<a href="mailto:contact@asso.fr">Écrire</a>', '<a href="mailto:contact@asso.fr">Écrire</a>'],
    ['a javascript: link loses its address', '<a href="javascript:alert(1)">Cliquez</a>', '<a>Cliquez</a>'],
    ['an encoded javascript: link too', '<a href="&#106;avascript:alert(1)">Cliquez</a>', '<a>Cliquez</a>'],
    ['an uppercase one too', '<a href=" JAVASCRIPT:alert(1)">Cliquez</a>', '<a>Cliquez</a>'],
    ['a data: link too', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '<a>x</a>'],
    ['a relative link too (no http, https or mailto)', '<a href="/admin">x</a>', '<a>x</a>'],
    ['comments go', '<!-- <script>x</script> --><p>Texte</p>', '<p>Texte</p>'],
    ['a lone < is text', '<p>1 < 2</p>', '<p>1 &lt; 2</p>'],
    ['a broken tag is neutralised', '<scr<script>ipt>alert(1)</script>', '&lt;scr'],
  ])('%s', (_cas, html, attendu) => {
    expect(assainirHtml(html)).toBe(attendu);
    expect(valeurValide(presentation, html)).toBe(attendu);
  });

  it.each<[unknown, unknown]>([
    ['<p><br></p>', null], // an editor left empty
    ['<script>alert(1)</script>', null],
    ['  ', null],
    [null, null],
  ])('%j is empty', (valeur, attendu) => {
    expect(valeurValide(presentation, valeur)).toBe(attendu);
  });

  it('limits the text, not the markup, to longueurMax', () => {
    expect(valeurValide(court, '<p><strong>0123456789</strong></p>')).toBe('<p><strong>0123456789</strong></p>');
    expect(problemeDe(court, '<p>01234567890</p>')).toEqual({
      code: 'TROP_LONG',
      message: "« Présentation de l'association » ne doit pas dépasser 10 caractères (vous en avez saisi 11).",
    });
  });

  it('limits to 10 000 characters by default', () => {
    expect(problemeDe(presentation, `<p>${'x'.repeat(10_001)}</p>`).code).toBe('TROP_LONG');
  });

  it('refuses what is not text', () => {
    expect(problemeDe(presentation, { html: '<p>x</p>' })).toEqual({
      code: 'FORMAT',
      message: "Saisissez du texte pour « Présentation de l'association ».",
    });
  });

  it('reads as plain text with line breaks (letters, exports)', () => {
    expect(texteDuHtml('<h3>Objet</h3><p>Un &amp; deux<br>trois</p><ul><li>a</li><li>b</li></ul>')).toBe(
      'Objet\nUn & deux\ntrois\na\nb',
    );
    expect(lisibleDe(presentation, '<p>L&#39;association &lt;Les Amis&gt;</p>')).toBe("L'association <Les Amis>");
    expect(lisibleDe(presentation, '<p><br></p>')).toBeNull();
  });

  it('reads the posted HTML', () => {
    expect(lire(presentation, { presentation: '<p>x</p>' })).toBe('<p>x</p>');
  });
});
