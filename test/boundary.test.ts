/**
 * Each package's `src/index.ts` (and the entries its package.json exports) is its boundary (issue 19):
 * no file outside a package imports the package's `src/` by relative path. Scripts, benchmarks and
 * browser tests import `@retainer/collector`, `@retainer/core`, … like any other user would.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const self = 'test/boundary.test.ts';
const code = /\.(?:[cm]?[jt]sx?)$/;
/** `from '…'`, `import '…'`, `import('…')`, `export … from '…'` and `vi.mock('…')`. */
const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)['"]([^'"]+)['"]/g;

/** `packages/<name>` of a repository path, or undefined outside every package. */
const packageOf = (path: string) => /^packages\/([^/]+)\//.exec(path)?.[1];

function crossingImports(files: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    for (const [, specifier] of text.matchAll(specifiers)) {
      if (!specifier?.startsWith('.')) continue;
      const target = relative(root, resolve(root, dirname(file), specifier)).replaceAll('\\', '/');
      const owner = packageOf(target);
      if (owner && packageOf(file) !== owner && target.startsWith(`packages/${owner}/src/`)) {
        found.push(`${file} imports ${specifier}`);
      }
    }
  }
  return found;
}

function repositoryFiles(): Record<string, string> {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  const files: Record<string, string> = {};
  for (const path of listed.split('\n')) {
    // This file's own examples above are strings, not imports.
    if (!code.test(path) || path.startsWith('dist/') || path.includes('node_modules/') || path === self) continue;
    try {
      files[path] = readFileSync(resolve(root, path), 'utf8');
    } catch {
      // Listed but deleted in the working tree.
    }
  }
  return files;
}

describe('package boundaries', () => {
  it('finds an import of another package’s src/ by relative path, and only that', () => {
    expect(
      crossingImports({
        'scripts/backup.ts': "import { backupSqlite } from '../packages/collector/src/storage/backup-sqlite.ts';",
        'test/bench/faq-eval.ts':
          "const { seedDemoSite } = await import('../../packages/collector/src/seed/demo-site.ts');",
        'packages/dashboard/src/app.tsx': "import { problem } from '../../schema/src/problem.ts';",
        'packages/collector/src/app.ts': "import { createApi } from './admin-api/index.ts';",
        'test/e2e/support/stored-intakes.ts': "import { createFieldCipher } from '@retainer/collector';",
        'vite.config.ts': "import { intakeBuild } from './packages/intake/build.ts';",
      }),
    ).toEqual([
      'scripts/backup.ts imports ../packages/collector/src/storage/backup-sqlite.ts',
      'test/bench/faq-eval.ts imports ../../packages/collector/src/seed/demo-site.ts',
      'packages/dashboard/src/app.tsx imports ../../schema/src/problem.ts',
    ]);
  });

  it('no file outside a package imports its src/ by relative path', () => {
    const files = repositoryFiles();
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(crossingImports(files)).toEqual([]);
  });
});
