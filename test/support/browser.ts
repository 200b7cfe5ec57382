import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

/**
 * The Chromium the browser tests run, never a downloaded one, in this order:
 * - `CHROMIUM_PATH` when set (`CHROMIUM_PATH=packaged` forces the npm package's, below);
 * - Debian's `/usr/bin/chromium` when it is there;
 * - else the Linux x64 build shipped inside the `@sparticuz/chromium` dev dependency (the binary
 *   is in the package: nothing is fetched at install or test time), unpacked once per version
 *   into the temp folder with the libraries a bare Debian lacks (NSS, NSPR, expat) and its fonts.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const PACKAGED = 'packaged';

interface ChromiumChoice {
  executablePath: string;
  env?: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'system' | 'packaged';
}

export function chooseChromium(): ChromiumChoice {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && fromEnv !== PACKAGED) {
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  if (fromEnv !== PACKAGED && existsSync(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, source: 'system' };
  }
  return packagedChromium();
}

/** Unpacks `@sparticuz/chromium`'s binary, libraries and fonts once; later calls take ~1 ms. */
function packagedChromium(): ChromiumChoice {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `no Chromium for the browser tests: @sparticuz/chromium ships a Linux x64 build only ` +
        `(this is ${process.platform} ${process.arch}); set CHROMIUM_PATH to a Chrome or Chromium`,
    );
  }
  const require = createRequire(import.meta.url);
  // The package's entry is build/cjs/index.cjs; its compressed files are in bin/.
  const root = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const bin = join(root, 'bin');
  // One folder per package version (and user): a stale unpack of another version is never used.
  const dir = join(tmpdir(), `probo-mock-chromium-${version}-${process.getuid?.() ?? 0}`);
  const executablePath = join(dir, 'chromium');
  if (!existsSync(executablePath)) {
    // Unpacked into a private folder, then renamed into place: two test files starting at the
    // same time cannot see each other's half-written files (the loser's copy is removed).
    removeAbandoned(dir);
    const partial = `${dir}.partial-${process.pid}-${Date.now()}`;
    mkdirSync(partial, { recursive: true });
    writeFileSync(
      join(partial, 'chromium'),
      brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))),
      {
        mode: 0o755,
      },
    );
    untar(join(bin, 'swiftshader.tar.br'), partial); // libGLESv2 and friends, next to the binary
    untar(join(bin, 'al2023.tar.br'), join(partial, 'al2023')); // lib/libnss3.so, …
    untar(join(bin, 'fonts.tar.br'), join(partial, 'fonts')); // fonts/Open_Sans/*.ttf
    // The package's fonts.conf names /tmp/fonts; ours names where the fonts really are.
    writeFileSync(
      join(partial, 'fonts', 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(partial, dir);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(executablePath)) throw error;
    }
  }
  return {
    executablePath,
    source: 'packaged',
    env: {
      ...(process.env as Record<string, string>),
      LD_LIBRARY_PATH: join(dir, 'al2023', 'lib'),
      // Without it a machine with no fonts of its own renders no text at all.
      FONTCONFIG_PATH: join(dir, 'fonts'),
    },
  };
}

/** Half-unpacked copies left by a process that was killed while unpacking (~300 MB each). */
function removeAbandoned(dir: string): void {
  const prefix = `${basename(dir)}.partial-`;
  for (const name of readdirSync(dirname(dir))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    try {
      process.kill(pid, 0); // still running: its unpack is in progress
    } catch (error) {
      // EPERM: alive, another user's. ESRCH: gone.
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') {
        rmSync(join(dirname(dir), name), { recursive: true, force: true });
      }
    }
  }
}

function untar(file: string, into: string): void {
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-x', '-C', into], { input: brotliDecompressSync(readFileSync(file)) });
}

/** Headless, with no calls to Google's hosts. */
export function launchChromium(): Promise<Browser> {
  const { executablePath, env } = chooseChromium();
  return chromium.launch({
    executablePath,
    ...(env === undefined ? {} : { env }),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
