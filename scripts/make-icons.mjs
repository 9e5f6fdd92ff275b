// Draws the extension's toolbar and store icon — a dark blue shield with a white medical cross
// and a light outline, so it reads on light and dark toolbars alike — and writes it as
// public/icon/{16,32,48,96,128}.png, which WXT lists in the manifest. No dependency: the
// shapes are rasterised here with 16×16 samples per pixel and written with Node's zlib.
//
//   node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

const FILL = [11, 87, 208]; // #0b57d0: the white cross on it is 6.4:1
const OUTLINE = [255, 255, 255];
const CROSS = [255, 255, 255];
/** A thin dark rim outside the light outline keeps the outline's edge visible on white toolbars. */
const RIM = [6, 47, 112];

/** The shield's outline in a 128-unit box, as cubic Bézier segments from (64, 5). */
const SHIELD = [
  [[82, 17], [100, 21], [116, 21]],
  [[116, 21], [116, 21], [116, 62]],
  [[116, 93], [93, 113], [64, 125]],
  [[35, 113], [12, 93], [12, 62]],
  [[12, 62], [12, 21], [12, 21]],
  [[28, 21], [46, 17], [64, 5]],
];

/** The shield as a polygon, scaled to `size` pixels. */
function shieldPolygon(size) {
  const k = size / 128;
  const points = [];
  let p0 = [64, 5];
  for (const [c1, c2, p3] of SHIELD) {
    for (let i = 1; i <= 24; i++) {
      const t = i / 24;
      const u = 1 - t;
      const x = u * u * u * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * p3[0];
      const y = u * u * u * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * p3[1];
      points.push([x * k, y * k]);
    }
    p0 = p3;
  }
  return points;
}

/** Each edge of the closed polygon `poly`, as [from, to]: the last point joins the first. */
function* edges(poly) {
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) yield [poly[j], poly[i]];
}

function inside(poly, x, y) {
  let hit = false;
  for (const [[xj, yj], [xi, yi]] of edges(poly)) {
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function distanceToEdge(poly, x, y) {
  let best = Infinity;
  for (const [[ax, ay], [bx, by]] of edges(poly)) {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}

/** Even widths on even sizes keep the cross's edges on whole pixels. */
const even = (v) => Math.max(2, 2 * Math.round(v / 2));

/** The colour at one sample point, or null outside the icon. */
function sampleAt(size, poly, x, y) {
  if (!inside(poly, x, y)) return null;
  const edge = distanceToEdge(poly, x, y);
  const rim = Math.max(0.5, size / 96);
  const outline = Math.max(1, size / 22);
  if (edge < rim) return RIM;
  if (edge < rim + outline) return OUTLINE;
  const c = size / 2;
  const arm = even(size * 0.16) / 2;
  const reach = even(size * 0.5) / 2;
  const cy = c + (size >= 48 ? size / 64 : 0);
  const inCross = (Math.abs(x - c) <= arm && Math.abs(y - cy) <= reach) || (Math.abs(y - cy) <= arm && Math.abs(x - c) <= reach);
  return inCross ? CROSS : FILL;
}

/** RGBA pixels, each the average of 16×16 samples (colour premultiplied by coverage). */
function draw(size) {
  const poly = shieldPolygon(size);
  const n = 16;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sampleAt(size, poly, px + (sx + 0.5) / n, py + (sy + 0.5) / n);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const o = (py * size + px) * 4;
      if (a) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return rgba;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG, every row unfiltered. */
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), png(size, draw(size)));
process.stdout.write(`make-icons: ${SIZES.map((s) => `${s}.png`).join(', ')} in public/icon\n`);
