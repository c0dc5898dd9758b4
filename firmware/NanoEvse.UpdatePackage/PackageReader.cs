using System;

namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// Reads an update package as it streams in, in chunks of any size, and hands each file to an
    /// <see cref="IPackageSink"/>. It keeps at most the header, the manifest and the trailer, never a file: file bytes
    /// go to the sink straight from the caller's buffer. Only <see cref="PackageState.Done"/> means the whole package,
    /// manifest included, matched its trailer. The wire format is in this assembly's README.md.
    /// </summary>
    public sealed class PackageReader
    {
        public const int MaxManifestBytes = 4096;

        private const int MagicLength = 8;
        private const int HeaderLength = MagicLength + 4;
        private const int TrailerLength = 32;

        private static readonly byte[] Magic = { (byte)'N', (byte)'E', (byte)'V', (byte)'S', (byte)'E', (byte)'P', (byte)'K', (byte)'G' };

        private readonly IPackageSink _sink;
        private readonly Sha256 _packageHash = new Sha256();
        private readonly byte[] _header = new byte[HeaderLength];
        private readonly byte[] _trailer = new byte[TrailerLength];
        private byte[] _manifestBytes;
        private byte[] _expectedTrailer;
        private Sha256 _fileHash;
        private int _state = PackageState.Header;
        private int _filled;
        private int _fileIndex;
        private int _fileLeft;
        private long _bytesRead;
        private string _error;
        private PackageManifest _manifest;

        public PackageReader(IPackageSink sink)
        {
            if (sink == null)
            {
                throw new ArgumentNullException("sink");
            }

            _sink = sink;
        }

        /// <summary>One of <see cref="PackageState"/>'s values.</summary>
        public int State
        {
            get { return _state; }
        }

        /// <summary>Why the package failed; null otherwise.</summary>
        public string Error
        {
            get { return _error; }
        }

        /// <summary>The manifest, once it has been read and found valid.</summary>
        public PackageManifest Manifest
        {
            get { return _manifest; }
        }

        /// <summary>Bytes taken so far; after a failure, up to the byte that showed it.</summary>
        public long BytesRead
        {
            get { return _bytesRead; }
        }

        /// <summary>
        /// Takes the next bytes of the package. Once Failed it takes nothing more. An exception from the sink fails the
        /// package and is passed on.
        /// </summary>
        public void Feed(byte[] data, int offset, int count)
        {
            Ranges.Check(data, offset, count);
            int end = offset + count;
            while (offset < end && _state != PackageState.Failed)
            {
                switch (_state)
                {
                    case PackageState.Header:
                        offset = ReadHeader(data, offset, end);
                        break;
                    case PackageState.Manifest:
                        offset = ReadManifest(data, offset, end);
                        break;
                    case PackageState.Files:
                        offset = ReadFile(data, offset, end);
                        break;
                    case PackageState.Trailer:
                        offset = ReadTrailer(data, offset, end);
                        break;
                    default:
                        _bytesRead++;
                        Fail("bytes after the end of the package");
                        break;
                }
            }
        }

        /// <summary>The transfer is over: a package not yet Done is incomplete and fails.</summary>
        public void End()
        {
            switch (_state)
            {
                case PackageState.Header:
                    Fail(_bytesRead == 0 ? "no data: not an update package" : "truncated in the header");
                    break;
                case PackageState.Manifest:
                    Fail("truncated in the manifest");
                    break;
                case PackageState.Files:
                    Fail("truncated in " + _manifest.Files[_fileIndex].Name);
                    break;
                case PackageState.Trailer:
                    Fail("truncated in the trailer");
                    break;
            }
        }

        private int ReadHeader(byte[] data, int offset, int end)
        {
            int start = offset;
            while (offset < end && _filled < HeaderLength)
            {
                byte b = data[offset++];
                if (_filled < MagicLength && b != Magic[_filled])
                {
                    _bytesRead += offset - start;
                    Fail("not an update package");
                    return offset;
                }

                _header[_filled++] = b;
            }

            Taken(data, start, offset);
            if (_filled < HeaderLength)
            {
                return offset;
            }

            uint length = (uint)(_header[8] | (_header[9] << 8) | (_header[10] << 16) | (_header[11] << 24));
            if (length == 0 || length > MaxManifestBytes)
            {
                Fail("manifest length " + length.ToString() + " is outside 1 to " + MaxManifestBytes.ToString() + " bytes");
                return offset;
            }

            _manifestBytes = new byte[length];
            _filled = 0;
            _state = PackageState.Manifest;
            return offset;
        }

        private int ReadManifest(byte[] data, int offset, int end)
        {
            int take = Smaller(end - offset, _manifestBytes.Length - _filled);
            Array.Copy(data, offset, _manifestBytes, _filled, take);
            _filled += take;
            Taken(data, offset, offset + take);
            offset += take;
            if (_filled < _manifestBytes.Length)
            {
                return offset;
            }

            string error;
            PackageManifest manifest = PackageManifest.Parse(_manifestBytes, 0, _manifestBytes.Length, out error);
            _manifestBytes = null;
            if (manifest == null)
            {
                Fail("invalid manifest: " + error);
                return offset;
            }

            _manifest = manifest;
            _state = PackageState.Files;
            BeginFile(0);
            return offset;
        }

        private int ReadFile(byte[] data, int offset, int end)
        {
            PackageFile file = _manifest.Files[_fileIndex];
            int take = Smaller(end - offset, _fileLeft);
            _fileHash.Append(data, offset, take);
            Taken(data, offset, offset + take);
            _fileLeft -= take;
            try
            {
                _sink.Write(data, offset, take);
            }
            catch (Exception e)
            {
                Fail(file.Name + ": " + e.Message);
                throw;
            }

            offset += take;
            if (_fileLeft > 0)
            {
                return offset;
            }

            if (Sha256.ToHex(_fileHash.Finish()) != file.Sha256)
            {
                Fail(file.Name + ": SHA-256 mismatch");
                return offset;
            }

            try
            {
                _sink.EndFile(file);
            }
            catch (Exception e)
            {
                Fail(file.Name + ": " + e.Message);
                throw;
            }

            if (_fileIndex + 1 < _manifest.Files.Length)
            {
                BeginFile(_fileIndex + 1);
            }
            else
            {
                _expectedTrailer = _packageHash.Finish();
                _filled = 0;
                _state = PackageState.Trailer;
            }

            return offset;
        }

        private int ReadTrailer(byte[] data, int offset, int end)
        {
            int take = Smaller(end - offset, TrailerLength - _filled);
            Array.Copy(data, offset, _trailer, _filled, take);
            _filled += take;
            _bytesRead += take;
            offset += take;
            if (_filled < TrailerLength)
            {
                return offset;
            }

            for (int i = 0; i < TrailerLength; i++)
            {
                if (_trailer[i] != _expectedTrailer[i])
                {
                    Fail("package SHA-256 mismatch: the package is corrupted");
                    return offset;
                }
            }

            _state = PackageState.Done;
            return offset;
        }

        private void BeginFile(int index)
        {
            PackageFile file = _manifest.Files[index];
            _fileIndex = index;
            _fileLeft = file.Size;
            _fileHash = new Sha256();
            try
            {
                _sink.BeginFile(file);
            }
            catch (Exception e)
            {
                Fail(file.Name + ": " + e.Message);
                throw;
            }
        }

        /// <summary>Counts bytes of the header, manifest or files, which the trailer covers.</summary>
        private void Taken(byte[] data, int start, int end)
        {
            _packageHash.Append(data, start, end - start);
            _bytesRead += end - start;
        }

        private void Fail(string error)
        {
            _error = error;
            _state = PackageState.Failed;
            _manifestBytes = null;
            _fileHash = null;
        }

        private static int Smaller(int a, int b)
        {
            return a < b ? a : b;
        }
    }
}
