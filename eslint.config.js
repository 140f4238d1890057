// Lint: typescript-eslint (type-aware), lit, lit-a11y, wc, no .only; and the dependency direction
// core ← features/elements ← yilan enforced with no-restricted-imports per folder (axe-core style).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import noOnlyTests from 'eslint-plugin-no-only-tests';

const banned = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map(g => ({
        group: [g],
        message: 'Dependencies point one way: core ← features/elements ← yilan.',
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'node_modules/**',
      'test-results/**',
      'bench/pages/**',
      'scratch/**',
      'test/scratch/**',
      'packages/elements/custom-elements.json',
      // Real public pages copied as fixtures: their sites' code, kept as it was.
      'test/fixtures/real/**',
      'test/fixtures/*/real/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    extends: [...tseslint.configs.recommendedTypeChecked],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-member-accessibility': ['error', { accessibility: 'no-public' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'No markup from strings: it breaks under Trusted Types.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No markup from strings.',
        },
        {
          selector:
            "CallExpression[callee.property.name='querySelectorAll'][arguments.0.value='*']",
          message: 'Never walk the whole DOM.',
        },
        { selector: 'TSEnumDeclaration', message: 'Use `as const` arrays, not enums.' },
      ],
    },
  },
  // Two configs, not one object spread from both: the second's `plugins` and `rules` would replace
  // the first's, and no lit rule would run.
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
    rules: {
      ...lit.configs['flat/recommended'].rules,
      // Beyond the recommended set: the mistakes lit's own docs warn about.
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-arrow': 'off',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/prefer-static-styles': 'error',
      'lit/quoted-expressions': ['error', 'never'],
    },
  },
  { files: ['packages/elements/src/**/*.ts'], ...wc.configs['flat/recommended'] },
  {
    files: ['packages/elements/src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: banned('@yilan/features/*', '@yilan/elements/*', 'lit', 'lit/*', 'yilan'),
  },
  {
    files: ['packages/features/src/**/*.ts'],
    rules: banned('@yilan/elements/*', 'lit', 'lit/*', 'yilan'),
  },
  { files: ['packages/elements/src/**/*.ts'], rules: banned('@yilan/features/*', 'yilan') },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    plugins: { 'no-only-tests': noOnlyTests },
    rules: { 'no-only-tests/no-only-tests': 'error' },
  },
);
