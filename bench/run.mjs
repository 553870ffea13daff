#!/usr/bin/env node
// `npm run bench [-- <filtre>]`: runs every benchmark of bench/ (each file *.bench.ts) whose name contains the filter,
// each in its own Node process (no shared JIT state), and lets each write its entry of results.json and RESULTS.md.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ici = dirname(fileURLToPath(import.meta.url));
const filtre = process.argv[2] ?? '';
const fichiers = readdirSync(ici).filter((f) => f.endsWith('.bench.ts') && f.includes(filtre));
let echecs = 0;
for (const fichier of fichiers) {
  console.log(`\n▶ ${fichier}`);
  const r = spawnSync(process.execPath, ['-r', 'esbuild-register', join(ici, fichier)], { stdio: 'inherit' });
  if (r.status !== 0) echecs++;
}
process.exit(echecs > 0 ? 1 : 0);
