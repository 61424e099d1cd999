#!/usr/bin/env node
'use strict';
// Start-up is most of a short run's cost, and compiling the bundle is a large
// part of it. The build leaves V8's code cache beside each file in dist/
// (scripts/code-cache.cjs); loading through it skips most of the compiling.
// Without a cache, or with one from another Node version, files load as usual.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');
const v8Flags = require('./v8-flags.cjs');

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
