using System;

namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// SHA-256 as FIPS 180-4 defines it, in managed code: nanoFramework 1.x offers no hash the firmware can count on.
    /// Data may come in pieces of any size; only a partial block is buffered.
    /// </summary>
    public sealed class Sha256
    {
        private const int BlockBytes = 64;

        // FIPS 180-4 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
        private static readonly uint[] K =
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private static readonly char[] HexDigits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f' };

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _schedule = new uint[64];
        private readonly byte[] _block = new byte[BlockBytes];
        private int _blockUsed;
        private long _length;
        private bool _finished;

        public Sha256()
        {
            // FIPS 180-4 5.3.3: the first 32 bits of the fractional parts of the square roots of the first 8 primes.
            _state[0] = 0x6a09e667;
            _state[1] = 0xbb67ae85;
            _state[2] = 0x3c6ef372;
            _state[3] = 0xa54ff53a;
            _state[4] = 0x510e527f;
            _state[5] = 0x9b05688c;
            _state[6] = 0x1f83d9ab;
            _state[7] = 0x5be0cd19;
        }

        public void Append(byte[] data, int offset, int count)
        {
            if (_finished)
            {
                throw new InvalidOperationException("the hash is already finished");
            }

            Ranges.Check(data, offset, count);
            _length += count;
            if (_blockUsed > 0)
            {
                int take = BlockBytes - _blockUsed < count ? BlockBytes - _blockUsed : count;
                Array.Copy(data, offset, _block, _blockUsed, take);
                _blockUsed += take;
                offset += take;
                count -= take;
                if (_blockUsed < BlockBytes)
                {
                    return;
                }

                Compress(_block, 0);
                _blockUsed = 0;
            }

            // Whole blocks are hashed where they lie, saving a copy of nearly every byte.
            while (count >= BlockBytes)
            {
                Compress(data, offset);
                offset += BlockBytes;
                count -= BlockBytes;
            }

            if (count > 0)
            {
                Array.Copy(data, offset, _block, 0, count);
                _blockUsed = count;
            }
        }

        /// <summary>The 32-byte digest of everything appended. The instance is spent afterwards.</summary>
        public byte[] Finish()
        {
            if (_finished)
            {
                throw new InvalidOperationException("the hash is already finished");
            }

            _finished = true;
            long bits = _length * 8;

            // FIPS 180-4 5.1.1: a 1 bit, zeros up to 56 bytes into a block, then the length in bits, big-endian.
            _block[_blockUsed++] = 0x80;
            if (_blockUsed > BlockBytes - 8)
            {
                Array.Clear(_block, _blockUsed, BlockBytes - _blockUsed);
                Compress(_block, 0);
                _blockUsed = 0;
            }

            Array.Clear(_block, _blockUsed, BlockBytes - 8 - _blockUsed);
            for (int i = 0; i < 8; i++)
            {
                _block[BlockBytes - 1 - i] = (byte)(bits >> (8 * i));
            }

            Compress(_block, 0);
            byte[] digest = new byte[32];
            for (int i = 0; i < 8; i++)
            {
                uint word = _state[i];
                digest[4 * i] = (byte)(word >> 24);
                digest[4 * i + 1] = (byte)(word >> 16);
                digest[4 * i + 2] = (byte)(word >> 8);
                digest[4 * i + 3] = (byte)word;
            }

            return digest;
        }

        /// <summary>Lowercase hex, two digits a byte, as the manifest spells a hash.</summary>
        public static string ToHex(byte[] hash)
        {
            if (hash == null)
            {
                throw new ArgumentNullException("hash");
            }

            char[] text = new char[hash.Length * 2];
            for (int i = 0; i < hash.Length; i++)
            {
                text[2 * i] = HexDigits[hash[i] >> 4];
                text[2 * i + 1] = HexDigits[hash[i] & 0x0f];
            }

            return new string(text);
        }

        /// <summary>FIPS 180-4 6.2.2: one 64-byte block into the state.</summary>
        private void Compress(byte[] data, int offset)
        {
            uint[] w = _schedule;
            for (int t = 0; t < 16; t++)
            {
                int i = offset + 4 * t;
                w[t] = ((uint)data[i] << 24) | ((uint)data[i + 1] << 16) | ((uint)data[i + 2] << 8) | data[i + 3];
            }

            for (int t = 16; t < 64; t++)
            {
                uint x = w[t - 15];
                uint y = w[t - 2];
                uint sigma0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3);
                uint sigma1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10);
                w[t] = sigma1 + w[t - 7] + sigma0 + w[t - 16];
            }

            uint a = _state[0];
            uint b = _state[1];
            uint c = _state[2];
            uint d = _state[3];
            uint e = _state[4];
            uint f = _state[5];
            uint g = _state[6];
            uint h = _state[7];
            for (int t = 0; t < 64; t++)
            {
                uint bigSigma1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7));
                uint choose = (e & f) ^ (~e & g);
                uint t1 = h + bigSigma1 + choose + K[t] + w[t];
                uint bigSigma0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10));
                uint majority = (a & b) ^ (a & c) ^ (b & c);
                uint t2 = bigSigma0 + majority;
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            _state[0] += a;
            _state[1] += b;
            _state[2] += c;
            _state[3] += d;
            _state[4] += e;
            _state[5] += f;
            _state[6] += g;
            _state[7] += h;
        }
    }
}
