// Write V8's code cache for each bundle in dist/ (bin/article.js loads through
// it). The cache is made after a representative run, so it holds the functions
// that a run compiles, not only the top level. It is specific to this Node and
// V8 version; a mismatched one is ignored at load.
const { readFileSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// Under the V8 flags bin/article.js sets for every run: V8 rejects a cache made under other flags.
for (const flag of require('../bin/v8-flags.cjs').shortRun) setFlagsFromString(flag);

const dist = join(__dirname, '..', 'dist');
const scripts = new Map();
Module._extensions['.cjs'] = function compileAndKeep(module, filename) {
  const script = new Script(Module.wrap(readFileSync(filename, 'utf8')), { filename });
  scripts.set(filename, script);
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(filename), module, filename, dist);
};

const sink = { write: () => true, isTTY: true, columns: 80, rows: 10_000 };
const io = (argv) => ({ argv, env: { TERM: 'xterm-256color' }, stdout: sink, stderr: sink, readStdin: () => Buffer.alloc(0) });
const { main } = require(join(dist, 'article.cjs'));

(async () => {
  // Exercise the common paths: plain output, JSON, Markdown, styled output with a code block.
  const markdown = join(dist, 'cache-sample.md');
  writeFileSync(
    markdown,
    '# Sample\n\n## 1. Part\n\nText with `code` and *emphasis*.\n\n```js\nconst a = 1;\n```\n\n- a\n- b\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
  );
  for (const argv of [
    ['toc', '--color=never'],
    ['section', '2', '--color=never'],
    ['read', '--format', 'json'],
    ['read', '--color=always'],
    ['read', markdown, '--color=always'],
    ['toc', '--color=always'],
  ]) {
    await main(io(argv));
  }
  rmSync(markdown);
  for (const [filename, script] of scripts) writeFileSync(`${filename}.cache`, script.createCachedData());
})();
