// The dependency-graph check of `npm run lint`: no cycles, and imports only go down the layers
// of DESIGN.md ("Layout"). LAYERS runs from the bottom (imported by everything) to the top.
const LAYERS = [
  ['shared', '^src/shared/'],
  ['generated', '^src/generated/'],
  ['contract', '^src/contract/'],
  ['fake', '^src/fake/'],
  ['http-client', '^src/http-client/'],
  ['delivery', '^src/delivery/'],
  ['scenarios', '^src/scenarios/'],
  ['catalog', '^src/catalog/'],
  ['docs', '^src/docs/'],
  ['receiver', '^src/receiver/'],
  ['mock/store', '^src/mock/store/'],
  ['mock/engine', '^src/mock/engine/'],
  ['mock/http', '^src/mock/http/'],
  ['mock/ui', '^src/mock/ui/'],
  ['mock', '^src/mock/[^/]+$'],
  ['conformance', '^src/conformance/'],
  ['demo', '^src/demo/'],
  ['cli', '^src/cli/'],
  ['index', '^src/index\\.ts$'],
];

const upward = LAYERS.flatMap(([name, path], i) => {
  const above = LAYERS.slice(i + 1).map(([, p]) => p);
  if (above.length === 0) return [];
  return [
    {
      name: `no-upward-from-${name.replace('/', '-')}`,
      comment: `${name} may only import layers below it (DESIGN.md, "Layout")`,
      severity: 'error',
      from: { path },
      to: { path: above },
    },
  ];
});

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import cycle, type-only ones included',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unlayered',
      comment: 'every source file belongs to a layer: add its folder to LAYERS',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map(([, p]) => p) },
      to: {},
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
