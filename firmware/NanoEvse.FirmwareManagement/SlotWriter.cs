using NanoEvse.Hal;
using NanoEvse.UpdatePackage;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>Writes a package's files into a slot as they stream in, one flash append per chunk.</summary>
    public sealed class SlotWriter : IPackageSink
    {
        private readonly IFileStore _flash;
        private readonly string _slot;
        private string _current;

        public SlotWriter(IFileStore flash, string slot)
        {
            _flash = flash;
            _slot = slot;
        }

        public void BeginFile(PackageFile file)
        {
            _current = SlotFiles.FileOf(_slot, file.Name);
            _flash.Delete(_current);
        }

        public void Write(byte[] data, int offset, int count)
        {
            if (offset == 0)
            {
                _flash.Append(_current, data, count);
                return;
            }

            byte[] part = new byte[count];
            System.Array.Copy(data, offset, part, 0, count);
            _flash.Append(_current, part, count);
        }

        public void EndFile(PackageFile file)
        {
            _current = null;
        }
    }
}
