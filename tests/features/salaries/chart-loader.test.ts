import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the chart module stays out of the route chunk', () => {
  it("is reached from the page only through the loader's dynamic import", () => {
    // Vitest runs from the repository root.
    const dir = join(process.cwd(), 'src/features/salaries');
    const files = readdirSync(dir).filter(
      (f) => /\.tsx?$/.test(f) && !f.startsWith('salary-charts') && f !== 'chart-parts.tsx',
    );
    const route = join(process.cwd(), 'src/app/routes/salaries-route.tsx');
    for (const file of [...files.map((f) => join(dir, f)), route]) {
      const source = readFileSync(file, 'utf8');
      // Static value imports of the chart files or recharts would pull recharts into the first load.
      expect(source, file).not.toMatch(
        /^import (?!type)[^;]*from '(recharts|\.\/salary-charts|\.\/chart-parts)'/m,
      );
    }
    const loader = readFileSync(join(dir, 'chart-loader.ts'), 'utf8');
    expect(loader).toContain("import('./salary-charts')");
  });
});
