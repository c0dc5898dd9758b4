using System.Text;
using NanoEvse.Ocpp.Json;
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

        /// <summary>The manifest as UTF-8 JSON, as the packager writes it into a package and an update into its slot.</summary>
        public byte[] ToJson()
        {
            JsonWriter json = new JsonWriter(256);
            json.BeginObject();
            json.Property("format", Format);
            json.Property("version", Version);
            json.Property("target", Target);
            json.Property("minLoader", MinLoader);
            json.Name("files");
            json.BeginArray();
            for (int i = 0; i < Files.Length; i++)
            {
                json.BeginObject();
                json.Property("name", Files[i].Name);
                json.Property("size", Files[i].Size);
                json.Property("sha256", Files[i].Sha256);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
            return Encoding.UTF8.GetBytes(json.ToString());
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
