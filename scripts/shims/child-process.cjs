// Build-time stand-in for node:child_process in dist/article.cjs. commander
// requires it at load (for executable subcommands, which article does not
// use), and it brings in net and stream: several milliseconds of every start.
// The pager is the only user; the real module loads when it is first called.
let real;
function load() {
  // Not 'node:child_process': the build maps that name to this file.
  // biome-ignore lint/style/useNodejsImportProtocol: see above
  real ??= require('child_process');
  return real;
}
for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']) {
  module.exports[name] = (...args) => load()[name](...args);
}
