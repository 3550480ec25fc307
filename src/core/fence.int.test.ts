import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';

/** Proves the lint fence around src/core: a core file that reaches outside, or into I/O, fails the build. */
describe('the src/core fence', () => {
  const file = join(import.meta.dirname, 'zz-fence-probe.ts');
  afterAll(() => rmSync(file, { force: true }));

  it('rejects imports from adapters and Node, the clock and randomness', async () => {
    writeFileSync(
      file,
      [
        "import { buildApp } from '../server/app.js';",
        "import { readFileSync } from 'node:fs';",
        'export const leaks = [buildApp, readFileSync, Date.now(), Math.random(), new Date()];',
        '',
      ].join('\n'),
    );
    // The fence's rules need no type information; without it ESLint need not build the whole project's program
    // (20 s and more on a busy machine, against 2).
    const eslint = new ESLint({
      cwd: join(import.meta.dirname, '../..'),
      overrideConfig: tseslint.configs.disableTypeChecked,
    });
    const [result] = await eslint.lintFiles([file]);
    const messages = (result?.messages ?? []).map((m) => m.message);
    expect(messages.filter((m) => m.includes('src/core is pure'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('no Node built-ins'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('Time comes in as an argument'))).toHaveLength(2);
    expect(messages.filter((m) => m.includes('Randomness comes in'))).toHaveLength(1);
  });
});
