// Copies the browser libraries the page uses into newsevents/web/static/vendor/, with their
// licences. Plain copies of the packages' own minified builds: no bundler, so the output is
// exactly what npm published and a reviewer can diff it against the package.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "newsevents", "web", "static", "vendor");
const nm = join(here, "node_modules");
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "licenses"), { recursive: true });

const files = [
  ["leaflet/dist/leaflet.js", "leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet.css"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  // Natural Earth 1:50m admin-0 countries as TopoJSON (~740 kB): sharp enough at regional zoom
  ["world-atlas/countries-50m.json", "countries-50m.json"],
  // Swagger UI for /docs, served from here rather than FastAPI's default CDN: the API is used offline
  ["swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui-bundle.js"],
  ["swagger-ui-dist/swagger-ui.css", "swagger-ui.css"],
  ["leaflet/LICENSE", "licenses/leaflet.LICENSE"],
  ["swagger-ui-dist/LICENSE", "licenses/swagger-ui-dist.LICENSE"],
  ["swagger-ui-dist/swagger-ui-bundle.js.LICENSE.txt", "licenses/swagger-ui-bundle.js.LICENSE.txt"],
  ["topojson-client/LICENSE", "licenses/topojson-client.LICENSE"],
  ["world-atlas/LICENSE", "licenses/world-atlas.LICENSE"],
];
for (const [from, to] of files) copyFileSync(join(nm, from), join(out, to));

const versions = ["leaflet", "swagger-ui-dist", "topojson-client", "world-atlas"].map((name) => {
  const pkg = JSON.parse(readFileSync(join(nm, name, "package.json"), "utf8"));
  return `${name} ${pkg.version} (${pkg.license})`;
});
writeFileSync(join(out, "licenses", "README"),
  "Third-party files in newsevents/web/static/vendor, copied from npm by `make web-assets`:\n" +
  versions.map((v) => `  ${v}\n`).join("") +
  "countries-50m.json is derived from Natural Earth (naturalearthdata.com), public domain,\n" +
  "through the world-atlas package (ISC licence above).\n");
console.log(`wrote ${files.length} files to ${out}`);
