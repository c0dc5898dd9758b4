using System;
using System.IO;
using NanoEvse.ChargePoint.Storage;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>
    /// The update in progress as firmware.dat keeps it, so that a power cut at any step resumes it: a scheduled
    /// update still runs at its retrieveDate, a download starts over, a downloaded one is checked again before it is
    /// installed, and one that restarted into its new slot learns whether the loader took it.
    /// </summary>
    public sealed class FirmwareUpdateRecord
    {
        public const string FileName = "firmware.dat";
        private const int FormatVersion = 1;

        public const int Scheduled = 1;
        public const int Downloading = 2;
        public const int Downloaded = 3;
        public const int Restarting = 4;

        public int Phase;
        public string Location;
        public DateTime RetrieveUtc;
        public int RetriesLeft;
        public int RetryIntervalSeconds;

        /// <summary>The slot the package goes to.</summary>
        public string Slot;

        /// <summary>The package's version, once downloaded.</summary>
        public string Version;

        /// <summary>The record in the flash, or null when there is none or it is unreadable (reported as malformed).</summary>
        public static FirmwareUpdateRecord Load(DocumentStore store)
        {
            int state;
            DocumentReader reader = store.Load(FileName, FormatVersion, out state);
            if (reader == null)
            {
                return null;
            }

            try
            {
                FirmwareUpdateRecord record = new FirmwareUpdateRecord();
                record.Phase = reader.Int();
                record.Location = reader.String();
                long low = (uint)reader.Int();
                long ticks = ((long)reader.Int() << 32) | low;
                if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks || record.Phase < Scheduled || record.Phase > Restarting)
                {
                    throw new IOException("a phase or date out of range");
                }

                record.RetrieveUtc = new DateTime(ticks, DateTimeKind.Utc);
                record.RetriesLeft = reader.Int();
                record.RetryIntervalSeconds = reader.Int();
                record.Slot = OrNull(reader.String());
                record.Version = OrNull(reader.String());
                return record;
            }
            catch (IOException e)
            {
                store.ReportMalformed(FileName, e.Message);
                return null;
            }
        }

        private static string OrNull(string stored)
        {
            return stored.Length == 0 ? null : stored;
        }

        public void Save(DocumentStore store)
        {
            long ticks = RetrieveUtc.Ticks;
            DocumentWriter writer = new DocumentWriter(FormatVersion);
            writer.Int(Phase);
            writer.String(Location);
            writer.Int((int)ticks);
            writer.Int((int)(ticks >> 32));
            writer.Int(RetriesLeft);
            writer.Int(RetryIntervalSeconds);
            writer.String(Slot);
            writer.String(Version);
            store.Save(FileName, writer);
        }
    }
}
