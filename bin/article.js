#!/usr/bin/env node
// The built CLI (npm ci / npm run build make dist/); all the work is in src/cli.ts.
require('../dist/article.cjs').runProcess();
