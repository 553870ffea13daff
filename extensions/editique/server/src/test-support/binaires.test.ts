import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deciderServices, trouverBinaire } from './binaires';

describe('deciderServices (binaires système absents)', () => {
  let dossier: string;
  beforeAll(() => {
    dossier = mkdtempSync(path.join(os.tmpdir(), 'editique-bin-'));
    writeFileSync(path.join(dossier, 'present'), '#!/bin/sh\n');
    chmodSync(path.join(dossier, 'present'), 0o755);
    writeFileSync(path.join(dossier, 'non-executable'), '');
  });
  afterAll(() => rmSync(dossier, { recursive: true, force: true }));

  test('trouve un binaire exécutable dans PATH ou par chemin', () => {
    expect(trouverBinaire('present', { PATH: dossier })).toBe(path.join(dossier, 'present'));
    expect(trouverBinaire(path.join(dossier, 'present'), { PATH: '' })).toBe(path.join(dossier, 'present'));
    expect(trouverBinaire('non-executable', { PATH: dossier })).toBeUndefined();
    expect(trouverBinaire('absent', { PATH: dossier })).toBeUndefined();
  });

  test('tout est présent : on exécute', () => {
    expect(deciderServices(['present'], { PATH: dossier, REQUIRE_SERVICES: '1' })).toEqual({ mode: 'executer' });
  });

  test('absent sans REQUIRE_SERVICES : ignoré avec un message qui nomme le binaire', () => {
    const d = deciderServices(['present', 'soffice'], { PATH: dossier });
    expect(d.mode).toBe('ignorer');
    expect(d.mode !== 'executer' && d.message).toContain('soffice');
    expect(d.mode !== 'executer' && d.message).not.toContain('present');
  });

  test('absent avec REQUIRE_SERVICES=1 : échec', () => {
    const d = deciderServices(['soffice'], { PATH: dossier, REQUIRE_SERVICES: '1' });
    expect(d.mode).toBe('echouer');
    expect(d.mode !== 'executer' && d.message).toContain('soffice');
  });
});
