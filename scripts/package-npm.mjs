// Builds kb's npm packages from kb binaries already built, as esbuild ships: one package per
// platform (@kb-ssg/linux-x64, ...) holding the binary, with `os` and `cpu` so npm installs only
// the one that fits, and the package kb-ssg with the `kb` command (npm/kb.js), which names them
// all as optional dependencies. Version, description, licence and home come from Cargo.toml.
//
//   node scripts/package-npm.mjs OUT_DIR [PLATFORM=BINARY ...]
//
// PLATFORM is a release target (x86_64-unknown-linux-musl, ...) or a platform as Node names it
// (linux-x64); with none, kb-ssg alone is packed. Writes OUT_DIR/<name>-<version>.tgz (npm pack)
// and prints each file written. The release workflow runs it on every platform's binary; the
// test in tests/release.rs runs it on the kb just built and installs the result.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const SCOPE = '@kb-ssg';
const WRAPPER = 'kb-ssg';

/** The release targets and the platform Node names each (`process.platform`-`process.arch`). */
export const PLATFORMS = {
  'x86_64-unknown-linux-musl': 'linux-x64',
  'aarch64-unknown-linux-musl': 'linux-arm64',
  'x86_64-apple-darwin': 'darwin-x64',
  'aarch64-apple-darwin': 'darwin-arm64',
  'x86_64-pc-windows-msvc': 'win32-x64',
};

/** `key = "value"` of Cargo.toml's [package] table. */
function cargo(key) {
  const manifest = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const table = manifest.split(/^\[/m).find((part) => part.startsWith('package]'));
  const value = table?.match(new RegExp(`^${key} = "(.*)"$`, 'm'))?.[1];
  if (!value) throw new Error(`Cargo.toml: [package] has no ${key}`);
  return value;
}

function common() {
  const home = cargo('repository');
  return {
    version: cargo('version'),
    license: cargo('license'),
    homepage: home,
    repository: { type: 'git', url: `git+${home}.git` },
  };
}

/** Packs the folder `dir` into `out` with npm; returns the file's path. */
function pack(dir, out) {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', dir, '--pack-destination', out, '--json', '--silent'], { encoding: 'utf8' }),
  );
  return join(out, filename);
}

function write(dir, files) {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

function platformPackage(work, out, platform, binary) {
  const [os, cpu] = platform.split('-');
  const dir = join(work, platform);
  const exe = os === 'win32' ? 'kb.exe' : 'kb';
  const name = `${SCOPE}/${platform}`;
  write(dir, {
    'package.json': `${JSON.stringify({ name, description: `The kb binary for ${platform} (used by the ${WRAPPER} package).`, ...common(), os: [os], cpu: [cpu], files: [`bin/${exe}`], preferUnplugged: true }, null, 2)}\n`,
    'README.md': `# ${name}\n\nThe kb binary for ${platform}. Install the \`${WRAPPER}\` package instead: \`npm install ${WRAPPER}\`.\n`,
  });
  copyFileSync(binary, join(dir, 'bin', exe));
  return pack(dir, out);
}

function wrapperPackage(work, out) {
  const dir = join(work, WRAPPER);
  const { version } = common();
  const optionalDependencies = Object.fromEntries(Object.values(PLATFORMS).map((p) => [`${SCOPE}/${p}`, version]));
  write(dir, {
    'package.json': `${JSON.stringify({ name: WRAPPER, description: cargo('description'), ...common(), bin: { kb: 'bin/kb.js' }, files: ['bin/kb.js'], optionalDependencies }, null, 2)}\n`,
    'README.md': `# kb\n\n${cargo('description')}.\n\n    npx ${WRAPPER} init my-site\n    cd my-site\n    npx ${WRAPPER} serve --open\n\nOr \`npm install --global ${WRAPPER}\`, then \`kb\`. See ${cargo('repository')}.\n`,
  });
  copyFileSync(join(ROOT, 'npm', 'kb.js'), join(dir, 'bin', 'kb.js'));
  return pack(dir, out);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [outArg, ...binaries] = process.argv.slice(2);
  if (!outArg) {
    console.error('usage: node scripts/package-npm.mjs OUT_DIR [PLATFORM=BINARY ...]');
    process.exit(2);
  }
  const out = resolve(outArg);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'kb-npm-'));
  try {
    for (const arg of binaries) {
      const [key, binary] = arg.split(/=(.*)/s);
      const platform = PLATFORMS[key] ?? (Object.values(PLATFORMS).includes(key) ? key : null);
      if (!platform || !binary) throw new Error(`${arg}: expected PLATFORM=BINARY, PLATFORM one of ${Object.entries(PLATFORMS).flat().join(', ')}`);
      console.log(platformPackage(work, out, platform, resolve(binary)));
    }
    console.log(wrapperPackage(work, out));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
