using System;
using System.IO;
using System.Text;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Journal;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Json;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>
    /// The file GetDiagnostics uploads, as plain text: who and what the charger is, the journal's state, the
    /// configuration (write-only keys such as AuthorizationKey left out), and the kept log lines between startTime
    /// and stopTime. Bounded: the oldest log lines go first when it would exceed <see cref="MaxBytes"/>.
    /// </summary>
    public static class DiagnosticsReport
    {
        public const int MaxBytes = 16 * 1024;

        /// <summary>Timestamps in the log are fixed width: the line's time is its first 24 characters.</summary>
        private const int StampLength = 24;

        public static byte[] Build(Charger charger, string chargePointId, string firmwareVersion, DateTime fromUtc, DateTime toUtc)
        {
            StringBuilder head = new StringBuilder();
            head.Append("nanoEVSE diagnostics of ").Append(chargePointId).Append('\n');
            head.Append("firmware ").Append(firmwareVersion).Append(", created ").Append(OcppTime.Format(charger.ClockTrust.Clock.UtcNow));
            head.Append(charger.ClockTrust.IsTrusted ? string.Empty : " (clock not yet trusted)").Append('\n');
            AppendJournal(head, charger);
            head.Append("\n[configuration]\n");
            ChargerConfiguration config = charger.Configuration;
            for (int i = 0; i < config.Count; i++)
            {
                ConfigKey key = config[i];
                if (key.Access != ConfigKey.WriteOnly)
                {
                    head.Append(key.Name).Append(" = ").Append(key.Value).Append('\n');
                }
            }

            head.Append("\n[log ").Append(OcppTime.Format(fromUtc)).Append(" to ").Append(OcppTime.Format(toUtc)).Append("]\n");
            byte[] top = Encoding.UTF8.GetBytes(head.ToString());
            byte[] log = LogLines(charger.Storage.Files, fromUtc, toUtc, MaxBytes - top.Length);
            byte[] report = new byte[top.Length + log.Length];
            Array.Copy(top, report, top.Length);
            Array.Copy(log, 0, report, top.Length, log.Length);
            return report;
        }

        private static void AppendJournal(StringBuilder text, Charger charger)
        {
            TransactionJournal journal = charger.Charging == null ? null : charger.Charging.Journal;
            if (journal == null)
            {
                return;
            }

            text.Append("journal: ").Append(journal.PendingStarts).Append(" StartTransaction, ").Append(journal.PendingValues)
                .Append(" MeterValues, ").Append(journal.PendingStops).Append(" StopTransaction queued; ")
                .Append(journal.LiveBytes).Append(" of ").Append(TransactionJournal.MaxBytes).Append(" B used\n");
        }

        /// <summary>The kept lines stamped within the window, oldest first, the newest kept when they do not all fit.</summary>
        private static byte[] LogLines(IFileStore flash, DateTime fromUtc, DateTime toUtc, int room)
        {
            string[] lines;
            try
            {
                lines = Lines(flash.Read(FlashLog.OlderFile), Lines(flash.Read(FlashLog.CurrentFile), new string[0]));
            }
            catch (IOException e)
            {
                return Encoding.UTF8.GetBytes("(the log could not be read: " + e.Message + ")\n");
            }

            int first = lines.Length;
            int bytes = 0;
            for (int i = lines.Length - 1; i >= 0; i--)
            {
                DateTime stamp;
                if (lines[i].Length < StampLength || !OcppTime.TryParse(lines[i].Substring(0, StampLength), out stamp) || stamp < fromUtc || stamp > toUtc)
                {
                    lines[i] = null;
                    continue;
                }

                int size = Encoding.UTF8.GetBytes(lines[i]).Length + 1;
                if (bytes + size > room)
                {
                    break;
                }

                bytes += size;
                first = i;
            }

            StringBuilder text = new StringBuilder();
            for (int i = first; i < lines.Length; i++)
            {
                if (lines[i] != null)
                {
                    text.Append(lines[i]).Append('\n');
                }
            }

            if (text.Length == 0)
            {
                text.Append("(no log lines kept for this window)\n");
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }

        /// <summary>The lines of <paramref name="file"/> followed by <paramref name="after"/>.</summary>
        private static string[] Lines(byte[] file, string[] after)
        {
            if (file == null || file.Length == 0)
            {
                return after;
            }

            string[] own = Encoding.UTF8.GetString(file, 0, file.Length).Split('\n');
            int count = own.Length;
            if (count > 0 && own[count - 1].Length == 0)
            {
                count--;
            }

            string[] all = new string[count + after.Length];
            Array.Copy(own, all, count);
            Array.Copy(after, 0, all, count, after.Length);
            return all;
        }
    }
}
