using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// Flash in memory for tests and the emulator. It can lose power at any single write, append, rename or
    /// delete: the operation numbered <see cref="CutAt"/> (counting from 0) does not complete, a write or append
    /// leaves the first <see cref="TornBytes"/> bytes behind, and every later operation fails until
    /// <see cref="PowerOn"/>, which is the next boot.
    /// </summary>
    public sealed class SimulatedFlash : IFileStore
    {
        private readonly Dictionary<string, byte[]> _files = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        /// <summary>Index of the mutating operation at which power fails, or null for none.</summary>
        public int? CutAt { get; set; }

        /// <summary>How many bytes of the interrupted write or append reach the flash (clipped to its size).</summary>
        public int TornBytes { get; set; }

        /// <summary>Mutating operations attempted since the last <see cref="PowerOn"/> or <see cref="ResetCounters"/>.</summary>
        public int Operations { get; private set; }

        /// <summary>File bytes written or appended since the last <see cref="ResetCounters"/>.</summary>
        public long BytesWritten { get; private set; }

        public bool PoweredOff { get; private set; }

        public IReadOnlyCollection<string> Names => _files.Keys;

        /// <summary>Power comes back: operations work again and no cut is armed.</summary>
        public void PowerOn()
        {
            PoweredOff = false;
            CutAt = null;
            Operations = 0;
        }

        public void ResetCounters()
        {
            Operations = 0;
            BytesWritten = 0;
        }

        /// <summary>A copy of a file's bytes, or null.</summary>
        public byte[] Peek(string name) => _files.TryGetValue(name, out byte[] data) ? (byte[])data.Clone() : null;

        /// <summary>Places a file as if it had always been there (corrupt files, files from an older firmware).</summary>
        public void Put(string name, byte[] data) => _files[name] = (byte[])data.Clone();

        public byte[] Read(string name)
        {
            CheckPower();
            return Peek(name);
        }

        public void Write(string name, byte[] data, int count)
        {
            int landed = Math.Max(Begin(count), 0);
            _files[name] = data.Take(landed).ToArray();
            BytesWritten += landed;
            End();
        }

        public void Append(string name, byte[] data, int count)
        {
            int landed = Math.Max(Begin(count), 0);
            byte[] old = _files.TryGetValue(name, out byte[] existing) ? existing : Array.Empty<byte>();
            _files[name] = old.Concat(data.Take(landed)).ToArray();
            BytesWritten += landed;
            End();
        }

        public void Rename(string from, string to)
        {
            bool cut = Begin(0) < 0;
            if (!cut)
            {
                if (!_files.TryGetValue(from, out byte[] data))
                {
                    throw new FileNotFoundException("no file " + from);
                }

                if (_files.ContainsKey(to))
                {
                    throw new IOException(to + " already exists");
                }

                _files.Remove(from);
                _files[to] = data;
            }

            End();
        }

        public void Delete(string name)
        {
            if (Begin(0) >= 0)
            {
                _files.Remove(name);
            }

            End();
        }

        public string[] List()
        {
            CheckPower();
            return _files.Keys.ToArray();
        }

        /// <summary>Counts an operation; returns how many of <paramref name="count"/> bytes land, or -1 for a cut rename or delete.</summary>
        private int Begin(int count)
        {
            CheckPower();
            if (CutAt != Operations)
            {
                Operations++;
                return count;
            }

            Operations++;
            PoweredOff = true;
            return count == 0 ? -1 : Math.Clamp(TornBytes, 0, count);
        }

        private void End()
        {
            if (PoweredOff)
            {
                throw new IOException("power lost");
            }
        }

        private void CheckPower()
        {
            if (PoweredOff)
            {
                throw new IOException("power lost");
            }
        }
    }
}
