// electron-builder.yml is only read when someone packages the app (which needs internet), so its
// mistakes would surface late: check it against electron-builder's own schema, and check the
// settings architecture.md's security baseline depends on.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaPath = join(root, 'node_modules', 'app-builder-lib', 'scheme.json');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  directories?: { output?: string };
  files?: string[];
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext: string; name?: string; role?: string; mimeType?: string }[];
  win?: { target?: string[] };
  mac?: { target?: string[]; category?: string };
  linux?: { target?: string[]; category?: string; maintainer?: string; mimeTypes?: string[] };
}

const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's JSON schema", () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $schema?: string };
    // Ajv's default class speaks draft-07, the draft scheme.json declares; a newer draft would need ajv/dist/2019.
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // strict: false because the schema carries documentation keywords Ajv does not know.
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator does reject what electron-builder would: a misspelt option fails.
    expect(validate({ ...config, asarUnpak: ['x'] })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('names the app and packs it in an asar with the native module unpacked and rebuilt', () => {
    expect(config.appId).toBe('org.evidenceworkbench.app');
    expect(config.productName).toBe('Evidence Workbench');
    expect(config.directories?.output).toBe('release');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack?.some((p) => p.includes('better-sqlite3') && p.endsWith('.node'))).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['package.json']));
    expect(config.files?.some((p) => p.startsWith('dist/'))).toBe(true);
    expect(config.files?.some((p) => p.startsWith('test') || p.startsWith('electron/'))).toBe(false);
  });

  it('sets the fuses of the security baseline', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('registers .ewb files as libraries the app edits', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'ewb',
        name: 'Evidence Workbench library',
        role: 'Editor',
        mimeType: 'application/x-evidence-workbench-library',
      }),
    ]);
    expect(config.linux?.mimeTypes).toContain('application/x-evidence-workbench-library');
  });

  it('builds an installer per platform', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
  });
});
