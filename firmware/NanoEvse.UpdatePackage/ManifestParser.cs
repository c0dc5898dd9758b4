using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// Reads and checks a manifest with the firmware's own JSON reader, so the host tool judges a package exactly as
    /// the device will. Every problem, the reader's and the rules' alike, is thrown as the reader throws its own.
    /// Unknown properties are skipped; a known one given twice is refused, so no reader can pick a different one.
    /// </summary>
    internal static class ManifestParser
    {
        public const int MaxVersionLength = 32;
        public const int MaxFiles = 32;
        private const int HashHexLength = 64;

        public static PackageManifest Read(char[] text, int length)
        {
            JsonReader json = new JsonReader(text, length);
            json.ReadObjectStart("the manifest", CallErrorCode.FormationViolation);
            bool hasFormat = false;
            bool hasMinLoader = false;
            PackageManifest manifest = new PackageManifest();
            while (json.NextProperty())
            {
                switch (json.Value)
                {
                    case "format":
                        Once(hasFormat, "format");
                        hasFormat = true;
                        int format = json.ReadInt("format");
                        if (format != PackageManifest.Format)
                        {
                            throw Invalid("format must be " + PackageManifest.Format.ToString() + ", not " + format.ToString());
                        }

                        break;
                    case "version":
                        Once(manifest.Version != null, "version");
                        manifest.Version = json.ReadString("version", MaxVersionLength);
                        break;
                    case "target":
                        Once(manifest.Target != null, "target");
                        manifest.Target = json.ReadString("target", 0);
                        break;
                    case "minLoader":
                        Once(hasMinLoader, "minLoader");
                        hasMinLoader = true;
                        manifest.MinLoader = json.ReadInt("minLoader");
                        break;
                    case "files":
                        Once(manifest.Files != null, "files");
                        manifest.Files = ReadFiles(json);
                        break;
                    default:
                        json.SkipValue();
                        break;
                }
            }

            // Throws on anything after the object.
            json.Read();
            JsonReader.Require(hasFormat, "format");
            JsonReader.Require(manifest.Version != null, "version");
            JsonReader.Require(manifest.Target != null, "target");
            JsonReader.Require(hasMinLoader, "minLoader");
            JsonReader.Require(manifest.Files != null, "files");
            if (manifest.Version.Length == 0)
            {
                throw Invalid("version must not be empty");
            }

            if (manifest.Target.Length == 0)
            {
                throw Invalid("target must not be empty");
            }

            if (manifest.MinLoader < 1)
            {
                throw Invalid("minLoader must be at least 1");
            }

            return manifest;
        }

        private static PackageFile[] ReadFiles(JsonReader json)
        {
            if (json.Read() != JsonToken.StartArray)
            {
                throw new OcppException(CallErrorCode.TypeConstraintViolation, "files must be an array");
            }

            PackageFile[] found = new PackageFile[MaxFiles];
            int count = 0;
            long total = 0;
            while (json.Read() != JsonToken.EndArray)
            {
                string where = "files[" + count.ToString() + "]";
                if (count == MaxFiles)
                {
                    throw Invalid("files must list at most " + MaxFiles.ToString() + " files");
                }

                if (json.Token != JsonToken.StartObject)
                {
                    throw new OcppException(CallErrorCode.TypeConstraintViolation, where + " must be an object");
                }

                PackageFile file = ReadFile(json, where);
                for (int i = 0; i < count; i++)
                {
                    if (FileNames.Same(found[i].Name, file.Name))
                    {
                        throw Invalid(where + ".name " + file.Name + " names the same file as files[" + i.ToString() + "]");
                    }
                }

                total += file.Size;
                found[count++] = file;
            }

            if (count == 0)
            {
                throw Invalid("files must list at least one file");
            }

            if (total > int.MaxValue)
            {
                throw Invalid("files add up to more than " + int.MaxValue.ToString() + " bytes");
            }

            PackageFile[] files = new PackageFile[count];
            System.Array.Copy(found, 0, files, 0, count);
            return files;
        }

        private static PackageFile ReadFile(JsonReader json, string where)
        {
            PackageFile file = new PackageFile();
            bool hasSize = false;
            while (json.NextProperty())
            {
                switch (json.Value)
                {
                    case "name":
                        Once(file.Name != null, where + ".name");
                        file.Name = json.ReadString(where + ".name", FileNames.MaxLength);
                        break;
                    case "size":
                        Once(hasSize, where + ".size");
                        hasSize = true;
                        file.Size = json.ReadInt(where + ".size");
                        break;
                    case "sha256":
                        Once(file.Sha256 != null, where + ".sha256");
                        file.Sha256 = json.ReadString(where + ".sha256", 0);
                        break;
                    default:
                        json.SkipValue();
                        break;
                }
            }

            JsonReader.Require(file.Name != null, where + ".name");
            JsonReader.Require(hasSize, where + ".size");
            JsonReader.Require(file.Sha256 != null, where + ".sha256");
            string problem = FileNames.Problem(file.Name);
            if (problem != null)
            {
                throw Invalid(where + ".name " + file.Name + " " + problem);
            }

            if (file.Size < 1)
            {
                throw Invalid(where + ".size must be at least 1");
            }

            file.Sha256 = LowercaseHash(file.Sha256);
            if (file.Sha256 == null)
            {
                throw Invalid(where + ".sha256 must be " + HashHexLength.ToString() + " hex digits");
            }

            return file;
        }

        /// <summary>The hash in lowercase, or null when it is not 64 hex digits.</summary>
        private static string LowercaseHash(string hex)
        {
            char[] text = hex.ToCharArray();
            if (text.Length != HashHexLength)
            {
                return null;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= 'A' && c <= 'F')
                {
                    text[i] = (char)(c + ('a' - 'A'));
                }
                else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return null;
                }
            }

            return new string(text);
        }

        private static void Once(bool seen, string field)
        {
            if (seen)
            {
                throw Invalid(field + " appears twice");
            }
        }

        private static OcppException Invalid(string message)
        {
            return new OcppException(CallErrorCode.PropertyConstraintViolation, message);
        }
    }
}
