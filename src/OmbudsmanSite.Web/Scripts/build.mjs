// Bundles the backoffice's scripts into the repository's wwwroot/js, and its icons into one SVG
// sprite in wwwroot/icons (run by the web project's build when these inputs change; see
// OmbudsmanSite.Web.csproj).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ICONS } from './icons.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.join(here, '..', '..', '..', 'wwwroot');

await build({
  entryPoints: [path.join(here, 'rich-text.js')],
  outfile: path.join(webRoot, 'js', 'rich-text.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['es2022'],
  legalComments: 'linked',
  logLevel: 'warning',
});

// One <symbol> per icon, referenced as /icons/backoffice.svg#name: one cached request for all of
// them, and each icon takes the text colour (stroke="currentColor").
const symbols = [];
for (const name of ICONS) {
  const svg = await readFile(path.join(here, 'node_modules', 'lucide-static', 'icons', `${name}.svg`), 'utf8');
  const body = svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>'))
    .replace(/\s+/g, ' ').replace(/> </g, '><').trim();
  symbols.push(`<symbol id="${name}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</symbol>`);
}
await mkdir(path.join(webRoot, 'icons'), { recursive: true });
await writeFile(path.join(webRoot, 'icons', 'backoffice.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">' +
  `<!-- Lucide icons (lucide-static, ISC licence) -->${symbols.join('')}</svg>\n`);
