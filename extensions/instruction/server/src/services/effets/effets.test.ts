import { createHmac } from 'node:crypto';
import type { Modele } from '@guichet/formulaires';
import { projeterVue } from '../vues';
import { versE164 } from './destinataires';
import { signer } from './webhook';

describe('versE164', () => {
  it.each([
    ['+33612345678', '+33612345678'],
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+262692123456', '+262692123456'],
  ])('%s → %s', (saisie, attendu) => expect(versE164(saisie)).toBe(attendu));

  it.each(['0692 12 34 56', '12345', 'pas un numéro', '+0612345678'])('%s → null', (saisie) =>
    expect(versE164(saisie)).toBeNull(),
  );
});

describe('signer (webhook)', () => {
  it('HMAC-SHA256 hexadécimal de « horodatage.corps »', () => {
    const attendu = createHmac('sha256', 'cle').update('1700000000.{"a":1}').digest('hex');
    expect(signer('cle', '1700000000', '{"a":1}')).toBe(attendu);
    expect(signer('autre', '1700000000', '{"a":1}')).not.toBe(attendu);
  });
});

describe('projeterVue (action onglet)', () => {
  const modele: Modele = {
    champs: [
      { code: 'nom', type: 'texte', libelle: 'Nom', requis: true },
      { code: 'iban', type: 'texte', libelle: 'IBAN', requis: false },
      { code: 'commun', type: 'texte', libelle: 'Commun', requis: false },
    ],
    vues: {
      usager: {
        onglets: [
          {
            code: 'identite',
            titre: 'Identité',
            sections: [{ code: 's1', titre: 'S1', lignes: [{ champs: ['nom', 'commun'] }] }],
          },
          {
            code: 'banque',
            titre: 'Banque',
            sections: [{ code: 's2', titre: 'S2', lignes: [{ champs: ['iban', 'commun'] }] }],
          },
        ],
      },
    },
  };
  const donnees = { nom: 'Martin', iban: 'FR76…', commun: 'x' };

  it('retire l’onglet masqué et les valeurs des champs qui n’apparaissent que dans lui', () => {
    const vue = projeterVue(modele, 'usager', { onglets: { usager: { banque: 'masque' } }, donnees });
    expect(vue.modele.vues.usager.onglets.map((o) => o.code)).toEqual(['identite']);
    expect(vue.donnees).toEqual({ nom: 'Martin', commun: 'x' });
    expect(vue.onglets).toEqual({ banque: 'masque' });
  });

  it('laisse tout en place sans onglet masqué, ou pour une autre vue', () => {
    expect(projeterVue(modele, 'usager', { onglets: { usager: { banque: 'modifiable' } }, donnees })).toMatchObject({
      modele,
      donnees,
    });
    const agent = projeterVue(modele, 'agent', { onglets: { usager: { banque: 'masque' } }, donnees });
    expect(agent.donnees).toEqual(donnees);
  });

  it('masque dans la vue agent (repli sur la disposition de l’usager) sans toucher la vue usager', () => {
    const vue = projeterVue(modele, 'agent', { onglets: { agent: { identite: 'masque' } }, donnees });
    expect(vue.modele.vues.agent!.onglets.map((o) => o.code)).toEqual(['banque']);
    expect(vue.modele.vues.usager.onglets).toHaveLength(2);
    expect(vue.donnees).toEqual({ iban: 'FR76…', commun: 'x' });
  });
});
