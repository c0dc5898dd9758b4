using System.Collections.Generic;
using System.IO;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;

namespace NanoEvse.Tests.Storage
{
    /// <summary>Flash with worn-out spots: chosen files cannot be read, or nothing can be deleted; the rest works.</summary>
    public sealed class FaultyFlash : IFileStore
    {
        private readonly SimulatedFlash _flash;

        public FaultyFlash(SimulatedFlash flash)
        {
            _flash = flash;
        }

        public HashSet<string> Unreadable { get; } = new HashSet<string>();

        public bool DeleteFails { get; set; }

        public byte[] Read(string name)
        {
            if (Unreadable.Contains(name))
            {
                throw new IOException("read error on " + name);
            }

            return _flash.Read(name);
        }

        public void Write(string name, byte[] data, int count) => _flash.Write(name, data, count);

        public void Append(string name, byte[] data, int count) => _flash.Append(name, data, count);

        public void Rename(string from, string to) => _flash.Rename(from, to);

        public void Delete(string name)
        {
            if (DeleteFails)
            {
                throw new IOException("erase failed");
            }

            _flash.Delete(name);
        }

        public string[] List() => _flash.List();
    }
}
