#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Derives resources/communes/communes.tsv (and ATTRIBUTION.md) from the
// @etalab/decoupage-administratif npm package pinned in package.json.
//
//   cd tools/communes && npm install --no-package-lock && node derive.mjs
//
// Kept: current communes (type "commune-actuelle") and the municipal arrondissements of
// Paris, Lyon and Marseille ("arrondissement-municipal"). Skipped: delegated and associated
// communes ("commune-deleguee", "commune-associee"), which are not communes any more.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@etalab/decoupage-administratif';
const KEPT_TYPES = new Set(['commune-actuelle', 'arrondissement-municipal']);
const SKIPPED_TYPES = new Set(['commune-deleguee', 'commune-associee']);

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const outDir = join(repoRoot, 'resources', 'communes');
const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`derive.mjs: ${message}`);
  process.exit(1);
}

let pkg;
let communes;
try {
  pkg = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8'));
  communes = require(`${PACKAGE}/data/communes.json`);
} catch (e) {
  fail(`cannot read ${PACKAGE} (run "npm install --no-package-lock" in tools/communes first): ${e.message}`);
}

const pinned = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies[PACKAGE];
if (pinned !== pkg.version) {
  fail(`installed ${PACKAGE} is ${pkg.version} but package.json pins ${pinned}: run "npm install --no-package-lock"`);
}

// A field must not break the TSV: no tab, no line break.
function clean(value, what, code) {
  const s = String(value ?? '').trim();
  if (/[\t\r\n]/.test(s)) {
    fail(`${what} of ${code} contains a tab or a line break`);
  }
  return s;
}

const rows = [];
const counts = {};
const seen = new Set();
for (const c of communes) {
  counts[c.type] = (counts[c.type] ?? 0) + 1;
  if (SKIPPED_TYPES.has(c.type)) {
    continue;
  }
  if (!KEPT_TYPES.has(c.type)) {
    fail(`unknown commune type "${c.type}" for ${c.code}: update derive.mjs`);
  }
  const code = clean(c.code, 'code', c.code);
  if (!/^[0-9][0-9AB][0-9]{3}$/.test(code)) {
    fail(`unexpected INSEE code "${code}"`);
  }
  if (seen.has(code)) {
    fail(`duplicate INSEE code ${code}`);
  }
  seen.add(code);
  const postalCodes = [...new Set(c.codesPostaux ?? [])].map((p) => clean(p, 'postal code', code));
  for (const p of postalCodes) {
    if (!/^[0-9]{5}$/.test(p)) {
      fail(`unexpected postal code "${p}" for ${code}`);
    }
  }
  postalCodes.sort();
  const population = Number.isInteger(c.population) && c.population >= 0 ? c.population : 0;
  rows.push([code, clean(c.nom, 'name', code), postalCodes.join(','),
             clean(c.departement, 'department', code), String(population)]);
}

// Plain code-unit order (not locale order), so that "2A004" sorts the same everywhere.
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const communeCount = rows.length - (counts['arrondissement-municipal'] ?? 0);
const header = [
  `# Passages: French communes referential, derived from the npm package ${PACKAGE} ${pkg.version}`,
  `# (${pkg.repository ?? 'https://github.com/etalab/decoupage-administratif'}).`,
  '# Data: Licence Ouverte / Open Licence 2.0 (Etalab), from INSEE (Code officiel géographique,',
  '# populations légales) and La Poste (Base officielle des codes postaux).',
  `# ${communeCount} current communes + ${counts['arrondissement-municipal'] ?? 0} municipal arrondissements (Paris, Lyon, Marseille);`,
  '# delegated and associated communes are left out.',
  '# Regenerate: cd tools/communes && npm install --no-package-lock && node derive.mjs (do not edit by hand).',
  '# Columns: INSEE code, official name, postal codes (comma-separated), department, population.',
  'code\tname\tpostal_codes\tdepartment\tpopulation',
];

mkdirSync(outDir, { recursive: true });
const tsvPath = join(outDir, 'communes.tsv');
writeFileSync(tsvPath, [...header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n', 'utf8');

const attribution = `# Communes referential: attribution

\`communes.tsv\` lists the current French communes and the municipal arrondissements of
Paris, Lyon and Marseille, with their INSEE code, official name, postal codes, department
and population.

- **Source**: the npm package \`${PACKAGE}\`,
  version **${pkg.version}** (${pkg.repository ?? 'https://github.com/etalab/decoupage-administratif'}),
  file \`data/communes.json\`. Its own sources are the INSEE *Code officiel géographique*
  and *populations légales*, and La Poste's *Base officielle des codes postaux*.
- **Data licence**: [Licence Ouverte / Open Licence 2.0](https://www.etalab.gouv.fr/licence-ouverte-open-licence)
  (Etalab). Reuse is free provided the source and its date are credited, which this file does.
  (The package's code is under the MIT licence; only its data is used here.)
- **Changes made**: only the entries of type \`commune-actuelle\` and
  \`arrondissement-municipal\` are kept (${communeCount} + ${counts['arrondissement-municipal'] ?? 0} rows),
  the fields are reduced to the five columns above, postal codes are de-duplicated and
  sorted, rows are sorted by INSEE code, and a missing population is written as 0.
- **Regenerate** (never edit by hand): \`cd tools/communes && npm install --no-package-lock && node derive.mjs\`.
  To move to a newer vintage, change the exact version in \`tools/communes/package.json\`,
  run \`npm install --no-package-lock\`, then the script, and commit \`package.json\`, \`communes.tsv\` and
  this file together.
`;
writeFileSync(join(outDir, 'ATTRIBUTION.md'), attribution, 'utf8');

console.log(`${relative(repoRoot, tsvPath)}: ${rows.length} rows ` +
            `(${communeCount} communes + ${counts['arrondissement-municipal'] ?? 0} arrondissements; ` +
            `skipped ${counts['commune-deleguee'] ?? 0} delegated, ${counts['commune-associee'] ?? 0} associated)`);
