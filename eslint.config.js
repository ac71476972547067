// Lint rules. The engine block enforces DESIGN.md §4: transcendental Math
// functions are approximated differently by each JavaScript engine, and
// Math.random/Date break replay, so none of them may appear in src/engine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const transcendental = [
  'random', 'exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'pow',
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2',
  'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'hypot',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.scratch-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Bots replay inside graders and may run in the browser: the same determinism.
    files: ['src/engine/**/*.ts', 'src/bots/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error',
        ...transcendental.map((property) => ({
          object: 'Math', property,
          message: `Math.${property} is not deterministic across engines (DESIGN.md §4); use src/engine/math helpers.`,
        })),
      ],
      'no-restricted-globals': ['error',
        { name: 'Date', message: 'No clocks in the engine (DESIGN.md §4).' },
        { name: 'performance', message: 'No clocks in the engine (DESIGN.md §4).' },
        { name: 'setTimeout', message: 'No timers in the engine (DESIGN.md §4).' },
        { name: 'setInterval', message: 'No timers in the engine (DESIGN.md §4).' },
        { name: 'window', message: 'The engine is pure: no DOM.' },
        { name: 'document', message: 'The engine is pure: no DOM.' },
        { name: 'process', message: 'The engine is pure: no Node APIs.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "BinaryExpression[operator='**']", message: '** is Math.pow: not deterministic across engines (DESIGN.md §4).' },
        { selector: "AssignmentExpression[operator='**=']", message: '**= is Math.pow: not deterministic across engines (DESIGN.md §4).' },
        { selector: 'ForInStatement', message: 'for…in walks keys in insertion order and reaches inherited names; iterate a sorted id list.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'worker_threads'], message: 'The engine runs in browsers too: no Node APIs.' },
          { group: ['phaser', '**/game/**', '**/cli/**', '**/run/**', '**/scenario/**'], message: 'src/engine imports nothing from the outer layers (DESIGN.md §3).' },
        ],
      }],
    },
  },
);
