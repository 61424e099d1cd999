// Bundle the CLI at build time (npm ci runs this through `prepare`).
//
// Start-up is most of a short run's cost, and it grows with the code Node has
// to read and compile. So the program is three files, each loaded only when
// needed:
//   dist/article.cjs      the CLI: load, parse, select, plain/Markdown/JSON output
//   dist/terminal.cjs     styled terminal output: plain-text documents
//   dist/markdown-terminal.cjs  marked + marked-terminal, on the first Markdown
//                         to style (a Markdown document, or a heading with a link)
//   dist/highlight.cjs    syntax highlighting (cli-highlight + highlight.js), on
//                         the first code block shown in colour
//   dist/table.cjs        cli-table3, on the first Markdown table shown
//   dist/marked.cjs       marked's lexer, for Markdown input
//   dist/string-width.cjs cell widths of non-ASCII text

import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const shim = (name) => fileURLToPath(new URL(`./shims/${name}.cjs`, import.meta.url));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // For a Node target esbuild rewrites every regexp literal with `\p{...}` as `new RegExp(...)` (property
  // values change between Unicode versions), so a pattern inside a function was parsed again at every call:
  // the decimal-heading rule did so for each numbered line. Node 20 reads them as written.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  minify: process.env.ARTICLE_DEBUG_BUILD !== '1',
  legalComments: 'none',
  logLevel: 'warning',
  // src/ is ESM; in a CommonJS bundle import.meta.url comes from __filename, made only when asked for.
  define: { 'import.meta.url': 'importMeta.url' },
  banner: { js: "const importMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
};

/** chalk's own colour detection is never used (output.ts decides): see the shim. */
const noColorDetection = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: shim('supports-color') }));
  },
};

/** The terminal renderer, loaded on first use by cli.ts, is its own file. */
const terminalApart = {
  name: 'terminal-apart',
  setup(b) {
    b.onResolve({ filter: /\/load-terminal\.js$/ }, () => ({ path: shim('load-terminal') }));
  },
};

/** Inside the renderer, marked and marked-terminal are their own file, loaded on first use. */
const markdownApart = {
  name: 'markdown-apart',
  setup(b) {
    b.onResolve({ filter: /\/markdown-terminal\.js$/ }, () => ({ path: shim('markdown-terminal') }));
  },
};

// A code cache left from an older bundle must never meet the new one.
rmSync('dist', { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/article.cjs',
    plugins: [terminalApart, noColorDetection],
    alias: { marked: shim('marked'), 'string-width': shim('string-width'), 'node:child_process': shim('child-process') },
    external: ['./terminal.cjs', './marked.cjs', './string-width.cjs'],
  }),
  build({ ...common, entryPoints: ['node_modules/marked/lib/marked.esm.js'], outfile: 'dist/marked.cjs' }),
  build({ ...common, entryPoints: ['node_modules/string-width/index.js'], outfile: 'dist/string-width.cjs' }),
  build({
    ...common,
    entryPoints: ['src/render/terminal.ts'],
    outfile: 'dist/terminal.cjs',
    plugins: [markdownApart, noColorDetection],
    alias: { 'cli-highlight': shim('cli-highlight'), 'string-width': shim('string-width') },
    external: ['./highlight.cjs', './string-width.cjs', './markdown-terminal.cjs'],
  }),
  build({
    ...common,
    entryPoints: ['src/render/markdown-terminal.ts'],
    outfile: 'dist/markdown-terminal.cjs',
    plugins: [noColorDetection],
    alias: {
      'cli-highlight': shim('cli-highlight'),
      'node-emoji': shim('node-emoji'),
      'supports-hyperlinks': shim('supports-hyperlinks'),
      'ansi-escapes': shim('ansi-escapes'),
      'cli-table3': shim('cli-table3'),
      'string-width': shim('string-width'),
    },
    external: ['./highlight.cjs', './table.cjs', './string-width.cjs'],
  }),
  build({ ...common, entryPoints: ['node_modules/cli-highlight/dist/index.js'], outfile: 'dist/highlight.cjs' }),
  build({ ...common, entryPoints: ['node_modules/cli-table3/index.js'], outfile: 'dist/table.cjs' }),
]);
