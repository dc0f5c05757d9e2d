/**
 * Schematic map (示意图) of a region's subdivisions, generated from the division tree alone.
 *
 * No properly licensed county/town boundary data reaches this machine (the China GeoJSON on npm is
 * DataV/ECharts-derived without a data licence), so the screen draws a hex-tile cartogram instead:
 * every leaf region (a town, or a child without towns) is one hexagon, each child region (a county)
 * is a contiguous group of its towns' hexagons. Layout is deterministic (codes sorted, recursive
 * bisection of a hexagonal disc), so the same tree always yields the same map, for any city.
 * The page labels it as a schematic, never as real boundaries.
 */

export interface MapLeaf {
  code: string;
  name: string;
}
export interface MapGroup extends MapLeaf {
  /** The group's leaves (towns); a group without any is drawn as one hexagon of its own. */
  children: MapLeaf[];
}

type Position = [number, number];
interface Feature {
  type: 'Feature';
  properties: { code: string; name: string; parent: string; cp: Position };
  geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
}
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}
export interface SchematicMap {
  /** One feature per child region (outline of its hexagons). */
  groups: FeatureCollection;
  /** One hexagon per leaf; `parent` names the group it belongs to. */
  leaves: FeatureCollection;
}

interface Cell {
  q: number;
  r: number;
  x: number;
  y: number;
}

const SQRT3 = Math.sqrt(3);
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** Centre of an axial hex (pointy top, size 1); y grows upwards as latitude does. */
function cellAt(q: number, r: number): Cell {
  return { q, r, x: SQRT3 * (q + r / 2), y: -1.5 * r };
}

/** The `n` hexagons nearest the origin (a near-circular disc), in a fixed order. */
export function hexDisc(n: number): Cell[] {
  const radius = Math.ceil(Math.sqrt(n / 3)) + 2;
  const cells: Cell[] = [];
  for (let q = -radius; q <= radius; q++) {
    for (let r = -radius; r <= radius; r++) if (Math.abs(q + r) <= radius) cells.push(cellAt(q, r));
  }
  const key = (c: Cell) => [round(c.x * c.x + c.y * c.y), round(Math.atan2(c.y, c.x))] as const;
  cells.sort((a, b) => {
    const [da, aa] = key(a);
    const [db, ab] = key(b);
    return da - db || aa - ab;
  });
  return cells.slice(0, n);
}

/**
 * Splits `cells` among `sizes` (in order) by recursive bisection along the longer extent,
 * so each part stays compact and contiguous. Returns one list of cells per size.
 */
export function partitionCells(cells: Cell[], sizes: number[]): Cell[][] {
  if (sizes.length === 0) return [];
  if (sizes.length === 1) return [cells];
  const total = sizes.reduce((a, b) => a + b, 0);
  let k = 1;
  let acc = sizes[0] ?? 0;
  let best = Math.abs(acc - total / 2);
  for (let i = 1, run = acc; i < sizes.length - 1; i++) {
    run += sizes[i] ?? 0;
    if (Math.abs(run - total / 2) < best) {
      best = Math.abs(run - total / 2);
      k = i + 1;
      acc = run;
    }
  }
  const xs = cells.map((c) => c.x);
  const ys = cells.map((c) => c.y);
  const wide = Math.max(...xs) - Math.min(...xs) >= Math.max(...ys) - Math.min(...ys);
  const sorted = [...cells].sort(wide ? (a, b) => a.x - b.x || b.y - a.y : (a, b) => b.y - a.y || a.x - b.x);
  return [...partitionCells(sorted.slice(0, acc), sizes.slice(0, k)), ...partitionCells(sorted.slice(acc), sizes.slice(k))];
}

/** Corners of a hexagon, counter-clockwise (GeoJSON outer-ring order). */
function corners(c: Cell): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < 6; i++) {
    const a = (Math.PI / 180) * (60 * i + 30);
    out.push([round(c.x + Math.cos(a)), round(c.y + Math.sin(a))]);
  }
  return out;
}

const signedArea = (ring: Position[]) =>
  ring.reduce((s, [x1, y1], i) => s + x1 * (ring[(i + 1) % ring.length]?.[1] ?? 0) - (ring[(i + 1) % ring.length]?.[0] ?? 0) * y1, 0) / 2;

function inside([px, py]: Position, ring: Position[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Outline of a set of hexagons: shared edges cancel, the rest chain into rings (outer rings with their holes). */
export function outline(cells: Cell[]): Position[][][] {
  const k = (p: Position) => `${p[0]},${p[1]}`;
  const edges = new Map<string, Position[]>();
  for (const c of cells) {
    const cs = corners(c);
    cs.forEach((p, i) => {
      const q = cs[(i + 1) % 6] ?? p;
      const reverse = `${k(q)}>${k(p)}`;
      if (edges.has(reverse)) edges.delete(reverse);
      else edges.set(`${k(p)}>${k(q)}`, [p, q]);
    });
  }
  const next = new Map<string, Position[]>();
  for (const e of edges.values()) next.set(k(e[0] ?? [0, 0]), e);
  const rings: Position[][] = [];
  while (next.size > 0) {
    const [startKey, first] = next.entries().next().value as [string, Position[]];
    const ring: Position[] = [];
    let cur: Position[] | undefined = first;
    let curKey = startKey;
    while (cur) {
      next.delete(curKey);
      ring.push(cur[0] ?? [0, 0]);
      curKey = k(cur[1] ?? [0, 0]);
      cur = next.get(curKey);
    }
    ring.push(ring[0] ?? [0, 0]);
    rings.push(ring);
  }
  const outers = rings.filter((r) => signedArea(r) > 0).map((r) => [r]);
  for (const hole of rings.filter((r) => signedArea(r) <= 0)) {
    const owner = outers.find((o) => inside(hole[0] ?? [0, 0], o[0] ?? []));
    owner?.push(hole);
  }
  return outers;
}

/** The cell whose centre is nearest the group's mean: a label anchor that is always inside. */
function labelPoint(cells: Cell[]): Position {
  const mx = cells.reduce((s, c) => s + c.x, 0) / cells.length;
  const my = cells.reduce((s, c) => s + c.y, 0) / cells.length;
  const best = [...cells].sort((a, b) => (a.x - mx) ** 2 + (a.y - my) ** 2 - ((b.x - mx) ** 2 + (b.y - my) ** 2))[0];
  return best ? [round(best.x), round(best.y)] : [0, 0];
}

/** Builds the schematic map of `root`'s children (groups) and their children (leaves). */
export function buildSchematicMap(rootCode: string, groups: MapGroup[]): SchematicMap {
  const ordered = [...groups].sort((a, b) => a.code.localeCompare(b.code));
  const leavesOf = (g: MapGroup) => (g.children.length > 0 ? [...g.children].sort((a, b) => a.code.localeCompare(b.code)) : [{ code: g.code, name: g.name }]);
  const sizes = ordered.map((g) => leavesOf(g).length);
  const parts = partitionCells(hexDisc(sizes.reduce((a, b) => a + b, 0)), sizes);
  const groupFeatures: Feature[] = [];
  const leafFeatures: Feature[] = [];
  ordered.forEach((g, i) => {
    const cells = parts[i] ?? [];
    if (cells.length === 0) return;
    groupFeatures.push({
      type: 'Feature',
      properties: { code: g.code, name: g.name, parent: rootCode, cp: labelPoint(cells) },
      geometry: { type: 'MultiPolygon', coordinates: outline(cells) },
    });
    const leaves = leavesOf(g);
    const leafCells = partitionCells(
      cells,
      leaves.map(() => 1),
    );
    leaves.forEach((leaf, j) => {
      const c = leafCells[j]?.[0];
      if (!c) return;
      leafFeatures.push({
        type: 'Feature',
        properties: { code: leaf.code, name: leaf.name, parent: g.code, cp: [round(c.x), round(c.y)] },
        geometry: { type: 'MultiPolygon', coordinates: outline([c]) },
      });
    });
  });
  return { groups: { type: 'FeatureCollection', features: groupFeatures }, leaves: { type: 'FeatureCollection', features: leafFeatures } };
}
