using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.UpdatePackage
{
    /// <summary>What a package holds and what it is for: the JSON document after its header.</summary>
    public sealed class PackageManifest
    {
        /// <summary>The only manifest format this code reads.</summary>
        public const int Format = 1;

        /// <summary>The firmware version the package installs, 1 to 32 characters.</summary>
        public string Version;

        /// <summary>The hardware the package is built for.</summary>
        public string Target;

        /// <summary>The oldest loader able to install it.</summary>
        public int MinLoader;

        /// <summary>1 to 32 files, in the order their bytes follow the manifest.</summary>
        public PackageFile[] Files;

        /// <summary>The bytes of all files together.</summary>
        public int TotalSize
        {
            get
            {
                int total = 0;
                if (Files != null)
                {
                    for (int i = 0; i < Files.Length; i++)
                    {
                        total += Files[i].Size;
                    }
                }

                return total;
            }
        }

        /// <summary>
        /// Reads a manifest from UTF-8 JSON. Null with <paramref name="error"/> set when the document is not a valid
        /// manifest; the message names the field at fault.
        /// </summary>
        public static PackageManifest Parse(byte[] json, int offset, int count, out string error)
        {
            Ranges.Check(json, offset, count);
            char[] text = new char[count];
            int length = Utf8Text.Decode(json, offset, count, text);
            if (length < 0)
            {
                error = "the manifest is not valid UTF-8";
                return null;
            }

            try
            {
                PackageManifest manifest = ManifestParser.Read(text, length);
                error = null;
                return manifest;
            }
            catch (OcppException e)
            {
                error = e.Message;
                return null;
            }
        }
    }
}
