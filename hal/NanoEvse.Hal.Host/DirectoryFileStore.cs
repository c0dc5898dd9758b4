using System;
using System.IO;
using System.Linq;

namespace NanoEvse.Hal.Host
{
    /// <summary>The charger's flash as a directory on the host: the emulator's --data-dir.</summary>
    public sealed class DirectoryFileStore : IFileStore
    {
        private readonly string _directory;

        public DirectoryFileStore(string directory)
        {
            _directory = Path.GetFullPath(directory);
            Directory.CreateDirectory(_directory);
        }

        public string DirectoryPath => _directory;

        public byte[] Read(string name)
        {
            string path = PathOf(name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public void Write(string name, byte[] data, int count)
        {
            using FileStream file = new FileStream(PathOf(name), FileMode.Create, FileAccess.Write);
            file.Write(data, 0, count);
            file.Flush(true);
        }

        public void Append(string name, byte[] data, int count)
        {
            using FileStream file = new FileStream(PathOf(name), FileMode.Append, FileAccess.Write);
            file.Write(data, 0, count);
            file.Flush(true);
        }

        public void Rename(string from, string to)
        {
            File.Move(PathOf(from), PathOf(to), overwrite: false);
        }

        public void Delete(string name)
        {
            File.Delete(PathOf(name));
        }

        public string[] List()
        {
            return Directory.GetFiles(_directory).Select(Path.GetFileName).ToArray();
        }

        private string PathOf(string name)
        {
            if (name.Length == 0 || name.IndexOfAny(new[] { '/', '\\' }) >= 0 || name == "." || name == "..")
            {
                throw new ArgumentException("not a plain file name: " + name);
            }

            return Path.Combine(_directory, name);
        }
    }
}
