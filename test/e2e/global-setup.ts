import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startMoto } from './support/moto.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the installed `aws-baseline` command. */
    binDir: string;
    /** Root of the installed package (node_modules/aws-baseline). */
    packageDir: string;
    /** The tarball `npm pack` made. */
    tarball: string;
    /** moto_server, for setting account states through the real AWS APIs. */
    motoEndpoint: string;
    /** The Node binary that runs the installed command (E2E_NODE, else this one). */
    nodeBinary: string;
  }
}

/**
 * What users install is what is tested: `npm pack` (its prepack builds the bundle), the tarball installed
 * into an empty prefix with no network, and moto_server started on a free loopback port.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'aws-baseline-e2e-'));
  const packed = join(work, 'pack');
  const prefix = join(work, 'prefix');
  mkdirSync(packed);
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packed], { stdio: ['ignore', 'ignore', 'inherit'] });
  const [name] = readdirSync(packed).filter((file) => file.endsWith('.tgz'));
  if (!name) throw new Error('npm pack made no tarball');
  const tarball = join(packed, name);
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--loglevel', 'error', tarball], { stdio: ['ignore', 'ignore', 'inherit'] });
  const moto = await startMoto();
  project.provide('binDir', join(prefix, 'bin'));
  project.provide('packageDir', join(prefix, 'lib', 'node_modules', 'aws-baseline'));
  project.provide('tarball', tarball);
  project.provide('motoEndpoint', moto.endpoint);
  project.provide('nodeBinary', process.env.E2E_NODE || process.execPath);
  return async () => {
    await moto.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
