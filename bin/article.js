#!/usr/bin/env node
'use strict';
// Start-up is most of a short run's cost, and compiling the bundle is a large
// part of it. The build leaves V8's code cache beside each file in dist/
// (scripts/code-cache.cjs); loading through it skips most of the compiling.
// Without a cache, or with one from another Node version, files load as usual.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');
const v8Flags = require('./v8-flags.cjs');

/**
 * node:v8's setFlagsFromString, without loading node:v8: that module loads Node's
 * stream modules, 2-3 ms of a run that sets its flags to save 4-5 ms. The binding
 * it wraps is reached through process.binding, deprecated, so its warning is held
 * back; if the binding ever goes, node:v8 is used.
 */
function v8FlagSetter() {
  const noDeprecation = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const binding = process.binding('v8');
    if (typeof binding.setFlagsFromString === 'function') return (flag) => binding.setFlagsFromString(flag);
  } catch {
  } finally {
    process.noDeprecation = noDeprecation;
  }
  return require('node:v8').setFlagsFromString;
}
const setFlagsFromString = v8FlagSetter();
const setFlags = (flags) => {
  for (const flag of flags) setFlagsFromString(flag);
};
// Before anything in dist/ is compiled: its code caches are made under the same flags.
setFlags(v8Flags.shortRun);

const dist = join(__dirname, '..', 'dist');
const plainLoad = Module._extensions['.js'];

Module._extensions['.cjs'] = function loadWithCodeCache(module, filename) {
  if (dirname(filename) !== dist) return plainLoad(module, filename);
  let cachedData;
  try {
    cachedData = readFileSync(`${filename}.cache`);
  } catch {}
  const script = new Script(Module.wrap(readFileSync(filename, 'utf8')), { filename, cachedData });
  const wrapper = script.runInThisContext();
  const require = Module.createRequire(filename);
  wrapper.call(module.exports, module.exports, require, module, filename, dist);
};

require(join(dist, 'article.cjs')).runProcess(() => setFlags(v8Flags.largeInput));
