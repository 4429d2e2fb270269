import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Which external packages each scope may import: native and network dependencies stay
// behind one lib each so the rest of the code base stays portable and testable.
const DRIVERS = ['better-sqlite3', 'pg', 'pg-*'];
const TENSORFLOW = ['@tensorflow/*'];
const GRPC = ['@grpc/*', 'grpc-health-check'];

export default [
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/generated/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.mts',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util', 'type:proto'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util'],
            },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:proto', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:store', onlyDependOnLibsWithTags: ['scope:shared', 'scope:store'] },
            {
              sourceTag: 'scope:training',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:training'],
            },
            {
              sourceTag: 'scope:report',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:report'],
            },
            {
              sourceTag: 'scope:coordinator',
              // scope:report: the dashboard shows the report's threshold fit and plots.
              onlyDependOnLibsWithTags: [
                'scope:shared',
                'scope:store',
                'scope:report',
                'scope:coordinator',
              ],
            },
            {
              sourceTag: 'scope:worker',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:training', 'scope:worker'],
            },
            { sourceTag: 'scope:shared', bannedExternalImports: [...DRIVERS, ...TENSORFLOW] },
            { sourceTag: 'type:util', bannedExternalImports: GRPC },
            { sourceTag: 'scope:store', bannedExternalImports: [...TENSORFLOW, ...GRPC] },
            { sourceTag: 'scope:training', bannedExternalImports: [...DRIVERS, ...GRPC] },
            {
              sourceTag: 'scope:report',
              bannedExternalImports: [...DRIVERS, ...TENSORFLOW, ...GRPC],
            },
            { sourceTag: 'scope:coordinator', bannedExternalImports: [...DRIVERS, ...TENSORFLOW] },
            { sourceTag: 'scope:worker', bannedExternalImports: [...DRIVERS] },
            { sourceTag: 'type:feature', bannedExternalImports: GRPC },
            { sourceTag: 'scope:cli', bannedExternalImports: [...DRIVERS, ...TENSORFLOW] },
            { sourceTag: 'scope:e2e', bannedExternalImports: [...DRIVERS, ...TENSORFLOW] },
            { sourceTag: 'scope:tools', bannedExternalImports: [...DRIVERS] },
          ],
        },
      ],
    },
  },
];
