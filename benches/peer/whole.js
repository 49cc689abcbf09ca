// The peer with Plot and d3 loaded whole (their UMD files, before this script): the figure the
// bench reported before it had a bundled peer, kept beside it for comparison.
import { draw } from './draw.js';

draw(window.Plot);
