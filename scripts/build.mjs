// Bundle the CLI into one CommonJS file: one file to read and compile at start-up
// instead of a few hundred modules, which is most of a short run's cost.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/article.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // src/ is ESM; in the CommonJS bundle import.meta.url comes from __filename.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
});
