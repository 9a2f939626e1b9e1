// The layer rules of architecture.md are enforced by lint: each forbidden import fails, each
// allowed one passes.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/libraries';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/analysis/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/model/x.ts', "import path from 'path';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import { Library } from '../electron/core/library';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['electron/core/db/x.ts', "import { app } from 'electron';"],
    ['electron/core/x.ts', "import { App } from '../../renderer/src/app';"],
    ['electron/server/x.ts', "import { ipcMain } from 'electron';"],
    ['electron/cli/x.ts', "import { dialog } from 'electron';"],
    ['electron/preload/x.ts', "import { Library } from '../core/library';"],
    ['electron/core/x.ts', "import { createWindow } from '../main/window';"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import { handlers } from '../../electron/core/handlers';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
  ])('%s may not %s', async (file, code) => {
    expect(await layerErrors(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';"],
    ['electron/core/x.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/core/x.ts', "import { api } from '../../shared/api';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/main/x.ts', "import { Library } from '../core/library';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['renderer/src/x.ts', "import { api } from '../../shared/api';"],
  ])('%s may %s', async (file, code) => {
    expect(await layerErrors(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
