// The peer as a JavaScript developer ships it: what the chart imports from Plot, bundled and
// tree-shaken with d3 by esbuild (`./x bench-peer` builds it into dist/peer/plot-bundled.js).
import { plot, barX, ruleX } from '@observablehq/plot';
import { draw } from './draw.js';

draw({ plot, barX, ruleX });
