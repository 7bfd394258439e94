#!/usr/bin/env node
// The `crick` command runs the compiled CLI; `npm install` builds it (the root `prepare` script).
import { run } from '../dist/main.js';

process.exitCode = await run(process.argv);
