/**
 * The import boundaries in eslint.config.js, checked on probe files that are linted, never written:
 * every folder under src/features is held to them (the list is read from the folders, so a new
 * feature is too), and the domain engine stays pure.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

const features = readdirSync(new URL('../../src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A module of the feature, without its extension, for an import to name. */
function moduleOf(feature: string): string {
  const file = readdirSync(new URL(`../../src/features/${feature}`, import.meta.url)).find(
    (name) => /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name),
  );
  if (file === undefined) throw new Error(`src/features/${feature} has no module`);
  return file.replace(/\.tsx?$/, '');
}

/** The rules that report on `code` as if it were the file at `path`. */
async function rulesBroken(path: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result?.messages.map((message) => message.ruleId) ?? [];
}

describe('import boundaries', () => {
  it('finds every feature folder, pay included', () => {
    expect(features).toContain('pay');
    expect(features.length).toBeGreaterThan(1);
  });

  it.each(features)(
    'features/%s may not import another feature, not even a type',
    async (feature) => {
      const other = features.find((name) => name !== feature) ?? '';
      const from = `../${other}/${moduleOf(other)}`;
      const code = [
        `import * as other from '${from}';`,
        `import type * as types from '${from}';`,
        'export const probe: [typeof other, typeof types | null] = [other, null];',
        '',
      ].join('\n');
      const broken = await rulesBroken(`src/features/${feature}/zz-boundary-probe.ts`, code);
      expect(broken.filter((rule) => rule === 'import-x/no-restricted-paths')).toHaveLength(2);
    },
  );

  it('lets a feature import its own modules', async () => {
    const feature = features[0] ?? '';
    const code = `import * as own from './${moduleOf(feature)}';\nexport const probe = own;\n`;
    const broken = await rulesBroken(`src/features/${feature}/zz-boundary-probe.ts`, code);
    expect(broken).not.toContain('import-x/no-restricted-paths');
  });

  it('keeps React, the store, state and browser storage out of the domain engine', async () => {
    const code = [
      "import { useState } from 'react';",
      "import { create } from 'zustand';",
      "import * as state from '../../state/plans-store';",
      'export const probe = [useState, create, state, localStorage, new Date()];',
      '',
    ].join('\n');
    const broken = await rulesBroken('src/domain/plan/zz-boundary-probe.ts', code);
    expect(broken).toEqual(
      expect.arrayContaining([
        'no-restricted-imports',
        'import-x/no-restricted-paths',
        'no-restricted-globals',
        'no-restricted-syntax',
      ]),
    );
    expect(broken.filter((rule) => rule === 'no-restricted-imports')).toHaveLength(2);
  });
});
