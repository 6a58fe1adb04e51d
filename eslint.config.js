// Lint, and the import arrows of docs/architecture.md: apps → libs/{orders,register,alerts,identity}
// → libs/event-store → libs/platform → libs/domain → libs/forces (libs/subject-matching beside them):
// libs/domain imports of ours only the forces table, and no library imports the tests' support.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FRAMEWORK_AND_IO = ['@nestjs/*', 'typeorm', 'typeorm-*', 'class-validator', 'class-transformer', 'pg', '@electric-sql/*', '@kurrent/*', '@eventstore/*', 'fastify', 'jose', 'node:*', 'fs', 'fs/*', 'path', 'crypto', 'http', 'net'];
const APPS = ['**/apps/**'];
const TEST_SUPPORT = ['**/test/**'];

// Our libs are imported as '#name'; gitignore-style groups read '#' as a comment, so those go by regex.
const forbid = (groups, message) => {
  const ours = groups.filter((g) => g.startsWith('#'));
  const others = groups.filter((g) => !g.startsWith('#'));
  const patterns = [{ group: others, message }];
  if (ours.length) patterns.push({ regex: `^(${ours.map((g) => g.replace('*', '.*')).join('|')})$`, message });
  return { 'no-restricted-imports': ['error', { patterns }] };
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.stor-data/**', 'docker/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'error',
    },
  },
  {
    // Nest resolves constructor parameters from their runtime types: these classes must be value imports.
    files: ['apps/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['libs/domain/**', 'libs/forces/**', 'libs/subject-matching/**'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: forbid(
      [...FRAMEWORK_AND_IO, '#event-store', '#platform', '#identity', '#orders', '#register', '#alerts', '#subject-matching', ...APPS, '**/libs/**'],
      'libs/domain is pure: no framework, no I/O, of ours only the forces table (#forces).',
    ),
  },
  {
    files: ['libs/forces/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: forbid([...FRAMEWORK_AND_IO, '#*', ...APPS], 'libs/forces is reference data: it imports nothing.'),
  },
  {
    files: ['libs/subject-matching/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: forbid([...FRAMEWORK_AND_IO, '#event-store', '#forces', '#platform', '#identity', '#orders', '#register', '#alerts', ...APPS], 'libs/subject-matching is pure: no framework, no I/O, of ours only #domain.'),
  },
  {
    files: ['libs/event-store/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: forbid(['#orders', '#register', '#alerts', '#identity', ...APPS, ...TEST_SUPPORT], 'Arrows point down: the event store does not know the use cases.'),
  },
  {
    files: ['libs/platform/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: forbid(['#event-store', '#orders', '#register', '#alerts', '#identity', ...APPS, ...TEST_SUPPORT], 'Arrows point down: the platform knows neither the event store nor the use cases.'),
  },
  {
    // The write side reads the register for rules across orders (R13, R26, who may correct a subject); never the reverse.
    files: ['libs/register/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: forbid(['#orders', ...APPS, ...TEST_SUPPORT], 'The register is read by the write side, never the reverse; libraries import neither apps nor the tests.'),
  },
  {
    files: ['libs/alerts/**/*.ts', 'libs/orders/**/*.ts', 'libs/identity/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: forbid([...APPS, ...TEST_SUPPORT], 'Libraries import neither apps nor the tests.'),
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['apps/cli/**/*.ts', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
