// The layer rules of docs/ARCHITECTURE.md are lint rules (eslint.config.js). This test lints small
// probe files placed in each layer and expects each forbidden import to fail with the rule that
// forbids it, and an allowed one to pass: if a later config block, a plugin update or a moved
// folder silently disabled a rule, this fails.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function ruleIdsOf(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const ZONE = 'import-x/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';

describe('a forbidden import fails lint', () => {
  it.each([
    ['src/domain/probe.ts', "import { useDataStore } from '../state/data-store';", ZONE],
    ['src/domain/probe.ts', "import { create } from 'zustand';", PACKAGES],
    ['src/domain/probe.ts', "import { useState } from 'react';", PACKAGES],
    ['src/reader/probe.ts', "import { useDataStore } from '../state/data-store';", ZONE],
    ['src/state/probe.ts', "import { Money } from '../components/Money';", ZONE],
    ['src/components/probe.ts', "import { OverviewView } from '../features/overview/OverviewView';", ZONE],
    ['src/features/overview/probe.ts', "import { CompareView } from '../compare/CompareView';", ZONE],
    ['src/features/overview/probe.ts', "import { App } from '../../app/App';", ZONE],
    ['src/embed/probe.ts', "import { App } from '../app/App';", ZONE],
    ['src/shell/probe.ts', "import { App } from '../app/App';", ZONE],
    ['src/features/kiosk/probe.ts', "import { DataGate } from '../../shell/DataGate';", ZONE],
    ['src/app/probe.ts', "import { renderViews } from '../prerender/build/render-views';", ZONE],
    ['src/prerender/probe.ts', "import { DEFAULT_VIEW_STATE } from '../state/link/app-link';", ZONE],
    ['src/features/tables/probe.ts', "import { z } from 'zod';", PACKAGES],
  ])('%s: %s', async (file, code, rule) => {
    expect(await ruleIdsOf(file, `${code}\nexport {};\n`)).toContain(rule);
  });

  it('an import that goes down the layers passes', async () => {
    const code = [
      "import { formatMoney } from '../../domain/money-format';",
      "import { useDataStore } from '../../state/data-store';",
      "import { Money } from '../../components/Money';",
      'export const probe = [formatMoney, useDataStore, Money];',
      '',
    ].join('\n');
    expect(await ruleIdsOf('src/features/overview/probe.ts', code)).toEqual([]);
  });
});

describe('an import cycle fails lint', () => {
  // A cycle needs two files on disk; they live in a folder of their own, removed afterwards.
  const folder = mkdtempSync(join(ROOT, 'src/domain/cycle-probe-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('two modules that import each other', async () => {
    writeFileSync(join(folder, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(folder, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const [result] = await eslint.lintFiles([relative(ROOT, join(folder, 'a.ts'))]);
    expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  });
});
