/** Base64url without padding (RFC 4648 §5), strict: any other character is refused. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [x = 0, y = 0, z = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (x << 16) | (y << 8) | z;
    const left = bytes.length - i;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (left > 1) out += ALPHABET[(n >> 6) & 63]!;
    if (left > 2) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** The bytes, or null for a character outside the alphabet or an impossible length. */
export function base64urlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const group = Math.min(4, text.length - i);
    for (let j = 0; j < 4; j++) {
      const v = j < group ? VALUE.get(text[i + j]!) : 0;
      if (v === undefined) return null;
      n = (n << 6) | v;
    }
    out[at++] = (n >> 16) & 255;
    if (group > 2) out[at++] = (n >> 8) & 255;
    if (group > 3) out[at++] = n & 255;
  }
  return out;
}
