using System;
using System.Collections;
using System.IO;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Storage;

namespace NanoEvse.LocalAuthList
{
    /// <summary>
    /// locallist.dat: the list version, then each entry (idTag, status, flags, expiry ticks, parentIdTag). Saved
    /// whole through <see cref="DocumentStore"/>, so a power cut leaves the old list with its version or the new
    /// one with its version, never a mix.
    /// </summary>
    public static class LocalListDocument
    {
        public const string FileName = "locallist.dat";
        public const int FormatVersion = 1;

        /// <summary>
        /// Largest stored entry: idTag and parentIdTag (2-byte length + 20 ASCII bytes each), status, flags and
        /// expiry ticks (4 + 4 + 8). Only CiString20 tokens are accepted, so a character is one byte.
        /// </summary>
        public const int MaxEntryBytes = 2 * (2 + IdToken.MaxLength) + 4 + 4 + 8;


        /// <summary>The largest locallist.dat a list of <paramref name="entries"/> entries writes, for the flash budget.</summary>
        public static int MaxBytes(int entries)
        {
            return DocumentWriter.HeaderBytes + 4 + 4 + entries * MaxEntryBytes + DocumentWriter.CrcBytes;
        }

        /// <summary>Replaces the stored list; throws IOException when the old one is still the stored one.</summary>
        public static void Save(DocumentStore store, int version, ArrayList entries)
        {
            DocumentWriter writer = new DocumentWriter(FormatVersion);
            writer.Int(version);
            writer.Int(entries.Count);
            for (int i = 0; i < entries.Count; i++)
            {
                LocalListEntry entry = (LocalListEntry)entries[i];
                StoredIdTag.Write(writer, entry.IdTag, entry.Info);
            }

            store.Save(FileName, writer);
        }

        /// <summary>
        /// Reads the stored entries into <paramref name="entries"/> and returns the list version; 0 and no entries
        /// when there is no file or it cannot be trusted (the store or this reader logs why).
        /// </summary>
        public static int Load(DocumentStore store, ArrayList entries)
        {
            int state;
            DocumentReader reader = store.Load(FileName, FormatVersion, out state);
            if (reader == null)
            {
                return 0;
            }

            try
            {
                int version = reader.Int();
                int count = reader.Int();
                if (version < 0 || count < 0 || (count > 0 && version < 1))
                {
                    throw new IOException("an impossible version or entry count");
                }

                for (int i = 0; i < count; i++)
                {
                    entries.Add(ReadEntry(reader));
                }

                if (!reader.AtEnd)
                {
                    throw new IOException("bytes after the last entry");
                }

                return version;
            }
            catch (IOException e)
            {
                entries.Clear();
                store.ReportMalformed(FileName, e.Message);
                return 0;
            }
        }

        private static LocalListEntry ReadEntry(DocumentReader reader)
        {
            string idTag;
            IdTagInfo info = StoredIdTag.Read(reader, out idTag);
            return new LocalListEntry(idTag, info);
        }
    }
}
