/**
 * Reads the basemap's PMTiles v3 archive (written at build time by scripts/basemap/pmtiles.ts),
 * tile by tile with HTTP range requests, or whole when the server (or a data: URL, in the
 * single-file build) answers with the full file. Only what that writer produces is supported:
 * one root directory, nothing compressed. Spec: https://github.com/protomaps/PMTiles
 */

/** Bytes [offset, offset + length) of the archive. */
export type ByteSource = (offset: number, length: number) => Promise<Uint8Array>;

export interface Archive {
  minZoom: number;
  maxZoom: number;
  /** The encoded vector tile, or undefined where the archive has none (empty sea). */
  tile(z: number, x: number, y: number): Promise<Uint8Array | undefined>;
}

/** The PMTiles spec's tile id: tiles of lower zooms first, then a Hilbert curve within a zoom. */
export function zxyToTileId(z: number, x: number, y: number): number {
  let id = ((1 << z) * (1 << z) - 1) / 3;
  for (let s = z > 0 ? 1 << (z - 1) : 0; s > 0; s >>= 1) {
    const rx = x & s ? 1 : 0;
    const ry = y & s ? 1 : 0;
    id += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) [x, y] = [s - 1 - x, s - 1 - y];
      [x, y] = [y, x];
    }
  }
  return id;
}

function varintReader(bytes: Uint8Array) {
  let pos = 0;
  return () => {
    let value = 0;
    for (let shift = 1; ; shift *= 0x80) {
      const byte = bytes[pos++];
      if (byte === undefined) throw new Error('The basemap archive directory is truncated.');
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
    }
  };
}

interface Location {
  offset: number;
  length: number;
}

/** A root directory, as tile id → where its bytes are (run lengths expanded). */
export function readDirectory(bytes: Uint8Array): Map<number, Location> {
  const next = varintReader(bytes);
  const n = next();
  const ids: number[] = [];
  for (let i = 0, id = 0; i < n; i++) ids.push((id += next()));
  const runs = ids.map(() => next());
  const lengths = ids.map(() => next());
  const tiles = new Map<number, Location>();
  let previous: Location | undefined;
  ids.forEach((id, i) => {
    const raw = next();
    const offset = raw === 0 && previous ? previous.offset + previous.length : raw - 1;
    const location = { offset, length: lengths[i]! };
    for (let r = 0; r < runs[i]!; r++) tiles.set(id + r, location);
    previous = location;
  });
  return tiles;
}

/** The spec's recommended first read: the header and a root directory fit in it. */
const FIRST_READ = 16_384;

export async function openArchive(read: ByteSource): Promise<Archive> {
  const head = await read(0, FIRST_READ);
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const magic = new TextDecoder().decode(head.subarray(0, 7));
  if (magic !== 'PMTiles' || head[7] !== 3)
    throw new Error('The basemap is not a PMTiles v3 archive.');
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const [rootOffset, rootLength, dataOffset] = [u64(8), u64(16), u64(56)];
  if (head[97] !== 1 || head[98] !== 1 || rootOffset + rootLength > head.length)
    throw new Error('The basemap archive is compressed or has leaf directories: not supported.');
  const tiles = readDirectory(head.subarray(rootOffset, rootOffset + rootLength));
  return {
    minZoom: head[100]!,
    maxZoom: head[101]!,
    async tile(z, x, y) {
      const at = tiles.get(zxyToTileId(z, x, y));
      return at && read(dataOffset + at.offset, at.length);
    },
  };
}

/**
 * Reads `url` with range requests. A response with the whole file (a server without range
 * support, or a data: URL) is kept and sliced from then on. Every result owns its bytes, so it
 * can be handed to the map's worker without copying the rest of the archive along.
 */
export function fetchSource(url: string, fetcher: typeof fetch = fetch): ByteSource {
  // The single file inlines the archive as a base64 data: URL. Decoding it here, rather than
  // fetching it, keeps that build's policy free of `connect-src data:`.
  let whole: Promise<Uint8Array> | undefined = url.startsWith('data:')
    ? Promise.resolve(decodeDataUrl(url))
    : undefined;
  return async (offset, length) => {
    if (whole) return (await whole).slice(offset, offset + length);
    const response = await fetcher(url, {
      headers: { Range: `bytes=${offset}-${offset + length - 1}` },
    });
    if (!response.ok) throw new Error(`The basemap could not be loaded (${response.status}).`);
    if (response.status === 206) return new Uint8Array(await response.arrayBuffer());
    whole ??= response.arrayBuffer().then((b) => new Uint8Array(b));
    return (await whole).slice(offset, offset + length);
  };
}

/** The bytes of a base64 `data:` URL. */
export function decodeDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',');
  if (comma < 0 || !url.slice(0, comma).endsWith(';base64')) {
    throw new Error('The basemap is not a base64 data: URL.');
  }
  return Uint8Array.from(atob(url.slice(comma + 1)), (c) => c.charCodeAt(0));
}
