// Bundles the backoffice's scripts into the repository's wwwroot/js (run by the web project's build
// when these inputs change; see OmbudsmanSite.Web.csproj).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [path.join(here, 'rich-text.js')],
  outfile: path.join(here, '..', '..', '..', 'wwwroot', 'js', 'rich-text.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['es2022'],
  legalComments: 'linked',
  logLevel: 'warning',
});
