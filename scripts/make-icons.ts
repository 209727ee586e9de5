// Draws the toolbar and store icons (a red disc with a white "≠"-like double bar) as PNGs,
// so the repository holds no binary it cannot regenerate.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size: number): Buffer {
  const rows: Buffer[] = [];
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c) / (size / 2);
      const inDisc = d <= 0.96;
      const u = (x - c) / size; const v = (y - c) / size;
      const bar = Math.abs(u) < 0.28 && (Math.abs(v - 0.12) < 0.06 || Math.abs(v + 0.12) < 0.06);
      const slash = Math.abs(u + v * 0.45) < 0.05 && Math.abs(v) < 0.32;
      const white = inDisc && (bar || slash);
      const o = 1 + x * 4;
      if (white) { row[o] = 255; row[o + 1] = 255; row[o + 2] = 255; row[o + 3] = 255; }
      else if (inDisc) { row[o] = 179; row[o + 1] = 38; row[o + 2] = 30; row[o + 3] = 255; }
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
console.log('public/icons written');
