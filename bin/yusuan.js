#!/usr/bin/env node
// Runs the compiled CLI (dist/ is built by `npm ci` through the prepare script).
import { runMain } from '../dist/cli/main.js';

process.exitCode = await runMain(process.argv.slice(2));
