#!/usr/bin/env node
// tsc does not copy the generated JavaScript: put it next to the compiled sources in dist/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const from = path.join(__dirname, '../src/generated');
const to = path.join(__dirname, '../dist/generated');
fs.mkdirSync(to, { recursive: true });
for (const file of fs.readdirSync(from))
  fs.copyFileSync(path.join(from, file), path.join(to, file));
