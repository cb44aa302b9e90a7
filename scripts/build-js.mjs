// Builds the theme's shipped search.js from its readable source with esbuild (minified ES
// module). `npm run build:js` writes it; the browser tests check the shipped file equals a fresh
// build, so the two never drift apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const SOURCE = join(ROOT, 'themes', 'default', 'js', 'search.js');
export const SHIPPED = join(ROOT, 'themes', 'default', 'static', 'kb', 'search.js');
const BANNER = '// kb search, minified from themes/default/js/search.js by `npm run build:js`.\n';

/** The minified source, as it is shipped. */
export async function minify() {
  const { transform } = await import('esbuild');
  const { code } = await transform(readFileSync(SOURCE, 'utf8'), { minify: true, format: 'esm', target: 'es2022', charset: 'utf8' });
  return BANNER + code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SHIPPED, await minify());
  console.log(`wrote ${SHIPPED}`);
}
