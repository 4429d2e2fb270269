#!/usr/bin/env node
// Generates libs/proto/src/generated/ from proto/ with protobufjs-cli (static code + typings).
// Usage: node libs/proto/scripts/compile-proto.js [outDir]   (default: libs/proto/src/generated)
// The output is committed; a test regenerates into a temp dir and compares byte for byte.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pbjs, pbts } = require('protobufjs-cli');

const root = path.resolve(__dirname, '../../..');
const protoFiles = [path.join(root, 'proto/thresher/v1/coordinator.proto')];
const HEADER =
  '// GENERATED FILE - DO NOT EDIT. Produced by libs/proto/scripts/compile-proto.js from\n' +
  '// proto/thresher/v1/coordinator.proto (protobufjs-cli). Run `npx nx run proto:generate`.\n';

function run(main, args) {
  return new Promise((resolve, reject) => {
    main(args, (err, output) => (err ? reject(err) : resolve(output)));
  });
}

async function generate(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const js = path.join(outDir, 'coordinator.js');
  const dts = path.join(outDir, 'coordinator.d.ts');
  const jsCode = await run(pbjs.main, [
    '-t',
    'static-module',
    '-w',
    'commonjs',
    '--no-beautify',
    '--root',
    'thresher',
    ...protoFiles.map((f) => path.relative(process.cwd(), f)),
  ]);
  fs.writeFileSync(js, HEADER + jsCode.replace(/^\/\*eslint-disable[^\n]*\n/, ''));
  const dtsCode = await run(pbts.main, ['--no-comments', js]);
  fs.writeFileSync(dts, HEADER + dtsCode.replace(/^\/\/ DO NOT EDIT[^\n]*\n/, ''));
  return [js, dts];
}

module.exports = { generate };

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(root, 'libs/proto/src/generated'));
  generate(outDir).then(
    (files) => console.log(`generated ${files.map((f) => path.relative(root, f)).join(', ')}`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
