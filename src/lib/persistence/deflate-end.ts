/**
 * Where a deflate-raw stream (RFC 1951) ends. Browsers and Node disagree about bytes after the final
 * block: Chromium's DecompressionStream refuses them ("Junk found after end of compressed data"), Node
 * 20's ignores them. Walking the block structure (without building any output) finds the end the same
 * way everywhere, so a link with bytes after its answers gets the same message in every browser and in
 * the tests. The bytes are then inflated by the platform's DecompressionStream, which checks what this
 * walk does not (distances, the code tables' completeness).
 */

/** The end of the data: the input is cut short, or its bits are not deflate blocks. */
class NotDeflate extends Error {}

// RFC 1951 §3.2.5: extra bits of the length codes 257–285 and of the distance codes 0–29.
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13
];
// §3.2.7: the order in which the code-length code's lengths are stored.
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
type Code = { counts: Uint16Array; symbols: Uint16Array };

function code(lengths: ArrayLike<number>): Code {
  const counts = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]!]!++;
  counts[0] = 0;
  // An over-subscribed code cannot be decoded (zlib refuses it too); an incomplete one is left to zlib.
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = left * 2 - counts[len]!;
    if (left < 0) throw new NotDeflate();
  }
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len]! + counts[len]!;
  const symbols = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) if (lengths[s] !== 0) symbols[offsets[lengths[s]!]!++] = s;
  return { counts, symbols };
}

const FIXED_LENGTHS = code(Array.from({ length: 288 }, (_, s) => (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8)));
const FIXED_DISTANCES = code(new Array<number>(30).fill(5));

/** The byte after the final block; undefined when the input is cut short or is not deflate data. */
export function deflateEnd(data: Uint8Array): number | undefined {
  let at = 0; // the next byte to read
  let buffer = 0; // bits read but not used, lowest first
  let held = 0; // how many

  const bits = (n: number): number => {
    while (held < n) {
      if (at >= data.length) throw new NotDeflate();
      buffer |= data[at++]! << held;
      held += 8;
    }
    const value = buffer & ((1 << n) - 1);
    buffer >>>= n;
    held -= n;
    return value;
  };
  // Huffman codes are stored from their first bit (RFC 1951 §3.1.1), unlike other values.
  const decode = ({ counts, symbols }: Code): number => {
    let value = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      value |= bits(1);
      const count = counts[len]!;
      if (value - first < count) return symbols[index + value - first]!;
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    throw new NotDeflate();
  };
  const codes = (lengths: Code, distances: Code) => {
    for (;;) {
      const symbol = decode(lengths);
      if (symbol < 256) continue;
      if (symbol === 256) return;
      if (symbol > 285) throw new NotDeflate();
      bits(LENGTH_EXTRA[symbol - 257]!);
      const distance = decode(distances);
      if (distance > 29) throw new NotDeflate();
      bits(DISTANCE_EXTRA[distance]!);
    }
  };
  const dynamic = () => {
    const nLengths = bits(5) + 257;
    const nDistances = bits(5) + 1;
    const nCodeLengths = bits(4) + 4;
    if (nLengths > 286 || nDistances > 30) throw new NotDeflate();
    const codeLengths = new Uint8Array(19);
    for (let i = 0; i < nCodeLengths; i++) codeLengths[CODE_LENGTH_ORDER[i]!] = bits(3);
    const lengthCode = code(codeLengths);
    const lengths = new Uint8Array(nLengths + nDistances);
    for (let i = 0; i < lengths.length;) {
      const symbol = decode(lengthCode);
      if (symbol < 16) {
        lengths[i++] = symbol;
        continue;
      }
      if (symbol === 16 && i === 0) throw new NotDeflate();
      const value = symbol === 16 ? lengths[i - 1]! : 0;
      const repeat = symbol === 16 ? 3 + bits(2) : symbol === 17 ? 3 + bits(3) : 11 + bits(7);
      if (i + repeat > lengths.length) throw new NotDeflate();
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    if (lengths[256] === 0) throw new NotDeflate();
    codes(code(lengths.subarray(0, nLengths)), code(lengths.subarray(nLengths)));
  };

  try {
    let last = 0;
    while (!last) {
      last = bits(1);
      const type = bits(2);
      if (type === 0) {
        // Stored: skip to a byte boundary, then LEN and its complement, then LEN bytes.
        buffer = 0;
        held = 0;
        const length = bits(16);
        if ((bits(16) ^ 0xffff) !== length) throw new NotDeflate();
        if (at + length > data.length) throw new NotDeflate();
        at += length;
      } else if (type === 1) codes(FIXED_LENGTHS, FIXED_DISTANCES);
      else if (type === 2) dynamic();
      else throw new NotDeflate();
    }
  } catch (error) {
    if (error instanceof NotDeflate) return undefined;
    throw error;
  }
  // Bits left in the last byte read are padding: the stream ends with that byte.
  return at;
}
