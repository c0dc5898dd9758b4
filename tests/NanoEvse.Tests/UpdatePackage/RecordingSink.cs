using System;
using System.Collections.Generic;
using System.IO;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Tests.UpdatePackage
{
    /// <summary>Keeps every call and every byte a reader hands over, to compare with what was packed.</summary>
    public sealed class RecordingSink : IPackageSink
    {
        private readonly Dictionary<string, MemoryStream> _files = new Dictionary<string, MemoryStream>();
        private MemoryStream _current;

        public List<string> Calls { get; } = new List<string>();

        public List<string> Ended { get; } = new List<string>();

        /// <summary>Every array Write was given, to show the reader passes the caller's buffer on.</summary>
        public HashSet<byte[]> Buffers { get; } = new HashSet<byte[]>(ReferenceEqualityComparer.Instance);

        /// <summary>When set, Write throws it, as a full flash would.</summary>
        public Exception FailWrite { get; set; }

        /// <summary>The bytes a file received, whether or not it ended.</summary>
        public byte[] Received(string name) => _files[name].ToArray();

        public void BeginFile(PackageFile file)
        {
            Calls.Add("begin " + file.Name);
            _current = _files[file.Name] = new MemoryStream();
        }

        public void Write(byte[] data, int offset, int count)
        {
            if (FailWrite != null)
            {
                throw FailWrite;
            }

            Buffers.Add(data);
            _current.Write(data, offset, count);
        }

        public void EndFile(PackageFile file)
        {
            Calls.Add("end " + file.Name);
            Ended.Add(file.Name);
        }
    }
}
