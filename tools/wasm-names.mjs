// Gives the wasm-bindgen bindings the short import and export names of a module that
// `wasm-opt --minify-imports-and-exports-and-modules` renamed.
//
// Why: wasm-bindgen names each import after its function plus a 16-digit hash
// (`__wbg_querySelector_729c5470ea4b43e8`), under the module "./qualichart-wasm_bg.js". The
// hashes do not compress, and the module and the bindings both carry every name: about 4 kB
// brotli of the widget's bundle. wasm-opt renames them and prints the old and new names; this
// script makes the same renames in the bindings.
//
// Every name must be found exactly where the bindings of wasm-bindgen 0.2 put it, or the build
// stops here: a layout this script does not know fails the build, not a reader's page.
//
// usage: node tools/wasm-names.mjs MAP.json MODULE.wasm BINDINGS.js  (BINDINGS.js is rewritten)
import fs from 'node:fs';

const [mapFile, wasmFile, jsFile] = process.argv.slice(2);
const fail = (message) => {
  console.error(`wasm-names: ${message}`);
  process.exit(1);
};
if (!jsFile) fail('usage: node tools/wasm-names.mjs MAP.json MODULE.wasm BINDINGS.js');

const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
const imports = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(wasmFile)));
const newModules = new Set(imports.map((i) => i.module));
const oldModules = new Set(map.imports.map(([module]) => module));
if (newModules.size !== 1 || oldModules.size !== 1) {
  fail(`expected one import module, found ${[...oldModules]} renamed to ${[...newModules]}`);
}
const [oldModule] = oldModules;
const [newModule] = newModules;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let js = fs.readFileSync(jsFile, 'utf8');
// Replaces exactly one match of `pattern` (a regex source whose group 1 is kept) by group 1
// followed by `to`.
const renameOnce = (pattern, to, what) => {
  const re = new RegExp(pattern, 'gm');
  const found = js.match(re)?.length ?? 0;
  if (found !== 1) fail(`${what}: found ${found} times in ${jsFile}, expected once`);
  js = js.replace(re, (_, keep) => keep + to);
};

// The imports object: one `name: function(...` key each, and the module's key.
for (const [, name, short] of map.imports) {
  renameOnce(`^(\\s+)${escape(name)}(?=: function\\()`, short, `import ${name}`);
}
renameOnce(`^(\\s+)${escape(JSON.stringify(oldModule))}(?=: import0,$)`, JSON.stringify(newModule), `module ${oldModule}`);

// The exports, used as `wasm.name`. Every use is renamed; a use with no new name is an error,
// as the renamed module would not have it.
const exports = new Map(map.exports);
js = js.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (use, name) => {
  if (!exports.has(name)) fail(`the bindings use wasm.${name}, which the module does not export`);
  return `wasm.${exports.get(name)}`;
});

fs.writeFileSync(jsFile, js);
