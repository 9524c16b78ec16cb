/**
 * A PMTiles v3 writer for a small archive: one root directory, no leaf directories, nothing
 * compressed (the server's own gzip does better on the whole file than per-tile gzip does, and
 * the page then needs no decompressor). Identical tiles (open land, open water) are stored once
 * and addressed with run lengths. Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */

export interface Tile {
  /** The tile's Hilbert id (pmtiles' zxyToTileId). */
  id: number;
  data: Uint8Array;
}

export interface ArchiveInfo {
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  /** [lng, lat, zoom] */
  center: [number, number, number];
}

const HEADER_BYTES = 127;
const COMPRESSION_NONE = 1;
const TILE_TYPE_MVT = 1;

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return out;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

function directory(entries: Entry[]): Uint8Array {
  const ids = entries.map((e, i) => e.tileId - (i > 0 ? entries[i - 1]!.tileId : 0));
  const offsets = entries.map((e, i) => {
    const prev = entries[i - 1];
    return prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1;
  });
  return Uint8Array.from(
    varints([
      entries.length,
      ...ids,
      ...entries.map((e) => e.runLength),
      ...entries.map((e) => e.length),
      ...offsets,
    ]),
  );
}

const key = (data: Uint8Array) => Buffer.from(data).toString('base64');

export function writePmtiles(tiles: Tile[], info: ArchiveInfo): Uint8Array {
  const sorted = [...tiles].sort((a, b) => a.id - b.id);
  const stored = new Map<string, { offset: number; length: number }>();
  const chunks: Uint8Array[] = [];
  let dataLength = 0;
  const entries: Entry[] = [];
  for (const tile of sorted) {
    const k = key(tile.data);
    let at = stored.get(k);
    if (!at) {
      at = { offset: dataLength, length: tile.data.length };
      stored.set(k, at);
      chunks.push(tile.data);
      dataLength += tile.data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === at.offset && last.tileId + last.runLength === tile.id) {
      last.runLength++;
    } else {
      entries.push({ tileId: tile.id, offset: at.offset, length: at.length, runLength: 1 });
    }
  }
  const root = directory(entries);
  const metadata = new TextEncoder().encode(
    JSON.stringify({ name: 'Middle Corridor basemap', attribution: 'Natural Earth' }),
  );
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const dataOffset = metadataOffset + metadata.length;
  const out = new Uint8Array(dataOffset + dataLength);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode('PMTiles'), 0);
  out[7] = 3;
  const u64 = (at: number, v: number) => view.setBigUint64(at, BigInt(v), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset + dataLength); // no leaf directories
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, sorted.length);
  u64(80, entries.length);
  u64(88, chunks.length);
  out[96] = 1; // clustered: tile data is in tile id order
  out[97] = COMPRESSION_NONE;
  out[98] = COMPRESSION_NONE;
  out[99] = TILE_TYPE_MVT;
  out[100] = info.minZoom;
  out[101] = info.maxZoom;
  const e7 = (v: number) => Math.round(v * 1e7);
  const [w, s, e, n] = info.bounds;
  [w, s, e, n].forEach((v, i) => view.setInt32(102 + 4 * i, e7(v), true));
  out[118] = info.center[2];
  view.setInt32(119, e7(info.center[0]), true);
  view.setInt32(123, e7(info.center[1]), true);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
