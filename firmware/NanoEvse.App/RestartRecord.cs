using System;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;

namespace NanoEvse.App
{
    /// <summary>
    /// Why the charger last restarted on its own (restart.dat): written just before the restart, read and
    /// removed at the next boot, which logs it and reports it to the CSMS.
    /// </summary>
    public static class RestartRecord
    {
        public const string FileName = "restart.dat";
        public const int FormatVersion = 1;

        /// <summary>Longest cause kept; it is logged whole and cut to 50 characters for StatusNotification.info.</summary>
        public const int MaxCauseLength = 200;

        /// <summary>Stores the cause; never throws, since it runs on the way down from a fault.</summary>
        public static void Save(DocumentStore store, ILog log, string cause)
        {
            try
            {
                DocumentWriter writer = new DocumentWriter(FormatVersion);
                writer.String(cause.Length > MaxCauseLength ? cause.Substring(0, MaxCauseLength) : cause);
                store.Save(FileName, writer);
            }
            catch (Exception e)
            {
                log.Write(LogLevel.Error, ChargerApp.Component, "could not store the restart cause: " + e.Message);
            }
        }

        /// <summary>The stored cause, or null; the record is removed either way.</summary>
        public static string Take(DocumentStore store)
        {
            int state;
            DocumentReader reader = store.Load(FileName, FormatVersion, out state);
            if (state == DocumentState.Missing)
            {
                return null;
            }

            string cause = null;
            try
            {
                cause = reader == null ? null : reader.String();
            }
            catch (System.IO.IOException e)
            {
                store.ReportMalformed(FileName, e.Message);
            }

            try
            {
                store.Delete(FileName);
            }
            catch (System.IO.IOException)
            {
                // Reported again at the next boot at worst.
            }

            return cause == null ? "unknown (unreadable " + FileName + ")" : cause;
        }
    }
}
