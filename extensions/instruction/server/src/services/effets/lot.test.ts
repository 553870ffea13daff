import type { OutboxLigne } from '../../repositories/outbox';
import { executerParDossier, regrouperSurFenetre } from './lot';

const ligne = (id: number, dossierId: number) => ({ id, dossierId }) as OutboxLigne;
const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('executerParDossier', () => {
  it('les actions d’un dossier dans leur ordre, une à la fois ; plusieurs dossiers en même temps, dans la limite', async () => {
    const journal: string[] = [];
    let enCours = 0;
    let max = 0;
    await executerParDossier([ligne(4, 2), ligne(1, 1), ligne(2, 1), ligne(3, 2), ligne(5, 3)], 2, async (l) => {
      enCours++;
      max = Math.max(max, enCours);
      journal.push(`début ${l.id}`);
      await pause(5);
      journal.push(`fin ${l.id}`);
      enCours--;
    });
    expect(max).toBe(2);
    // Dossier 1: 1 then 2; dossier 2: 3 then 4 (id order, not the order given).
    expect(journal.indexOf('début 2')).toBeGreaterThan(journal.indexOf('fin 1'));
    expect(journal.indexOf('début 4')).toBeGreaterThan(journal.indexOf('fin 3'));
    expect(journal.filter((e) => e.startsWith('fin'))).toHaveLength(5);
  });

  it('une erreur fait échouer le lot, mais seulement quand les autres actions en cours sont finies', async () => {
    const finies: number[] = [];
    const promesse = executerParDossier([ligne(1, 1), ligne(2, 2)], 2, async (l) => {
      if (l.id === 1) throw new Error('base indisponible');
      await pause(20);
      finies.push(l.id);
    });
    await expect(promesse).rejects.toThrow('base indisponible');
    expect(finies).toEqual([2]);
  });
});

describe('regrouperSurFenetre', () => {
  it('une seule écriture pour les lignes finies dans la fenêtre ; chacune attend la sienne', async () => {
    const ecritures: number[][] = [];
    const marquer = regrouperSurFenetre(async (ids) => {
      ecritures.push(ids);
    }, 15);
    const a = marquer(1);
    await pause(2);
    const b = marquer(2);
    await Promise.all([a, b]);
    await marquer(3);
    expect(ecritures).toEqual([[1, 2], [3]]);
  });

  it('écrit sans attendre la fenêtre quand le groupe est plein ; une écriture en échec rejette ses lignes', async () => {
    const ecritures: number[][] = [];
    const marquer = regrouperSurFenetre(
      async (ids) => {
        ecritures.push(ids);
        if (ids.includes(9)) throw new Error('perdue');
      },
      10_000,
      2,
    );
    await Promise.all([marquer(1), marquer(2)]);
    expect(ecritures).toEqual([[1, 2]]);
    await expect(Promise.all([marquer(9), marquer(10)])).rejects.toThrow('perdue');
  });
});
