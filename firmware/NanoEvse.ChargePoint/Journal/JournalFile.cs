using System.IO;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// The journal's file in flash. Records are appended to it, one file operation each. A rewrite (compaction)
    /// writes "journal.dat.new", deletes the file and renames the new one into place, as a document save does; a
    /// load that finds a whole new file finishes that rewrite, and drops a torn one. After any write that failed,
    /// the file may end inside a record, so the next write is a rewrite instead of an append.
    /// </summary>
    public sealed class JournalFile
    {
        public const string Name = "journal.dat";
        public const string NextName = Name + DocumentStore.NewSuffix;
        private const string Component = "journal";

        private readonly IFileStore _files;
        private readonly ILog _log;

        public JournalFile(IFileStore files, ILog log)
        {
            _files = files;
            _log = log;
        }

        /// <summary>The file's size as this charger last wrote it.</summary>
        public int Length { get; private set; }

        /// <summary>The file's size right after its last rewrite.</summary>
        public int RewrittenLength { get; private set; }

        /// <summary>The next write must rewrite the file: a write failed, or the file ends in a torn or damaged record.</summary>
        public bool NeedsRewrite { get; set; }

        /// <summary>Appends made since boot.</summary>
        public int Appends { get; private set; }

        /// <summary>Rewrites made since boot.</summary>
        public int Rewrites { get; private set; }

        /// <summary>Bytes handed to the flash since boot.</summary>
        public long BytesWritten { get; private set; }

        /// <summary>The journal as stored, or null when there is none or it cannot be read (logged). Never throws.</summary>
        public byte[] Load(int newestVersion)
        {
            try
            {
                byte[] rewritten = FinishInterruptedRewrite(newestVersion);
                byte[] file = rewritten != null ? rewritten : _files.Read(Name);
                Length = file == null ? 0 : file.Length;
                RewrittenLength = Length;
                return file;
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Error, Component, "cannot read " + Name + " (" + e.Message + "); starting a new journal");
                NeedsRewrite = true;
                return null;
            }
        }

        /// <summary>Adds records at the end; false (logged) when the flash failed.</summary>
        public bool Append(byte[] data, int count)
        {
            try
            {
                Appends++;
                BytesWritten += count;
                _files.Append(Name, data, count);
                Length += count;
                return true;
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Warning, Component, "append to " + Name + " failed (" + e.Message + "); the next write rewrites it");
                NeedsRewrite = true;
                return false;
            }
        }

        /// <summary>Replaces the whole file power-safely; false (logged) when the flash failed.</summary>
        public bool Rewrite(byte[] data, int count)
        {
            Rewrites++;
            BytesWritten += count;
            NeedsRewrite = true;
            try
            {
                _files.Write(NextName, data, count);
                _files.Delete(Name);
            }
            catch (IOException e)
            {
                // The old file is still the journal; a new file left behind is only the same state, or torn.
                _log.Write(LogLevel.Warning, Component, "rewrite of " + Name + " failed (" + e.Message + ")");
                TryDelete(NextName);
                return false;
            }

            try
            {
                _files.Rename(NextName, Name);
            }
            catch (IOException e)
            {
                // Only the whole new file is left: the next load completes the rewrite, and the next write repeats it.
                _log.Write(LogLevel.Warning, Component, "rename of " + NextName + " failed (" + e.Message + ")");
                return false;
            }

            Length = count;
            RewrittenLength = count;
            NeedsRewrite = false;
            return true;
        }

        private byte[] FinishInterruptedRewrite(int newestVersion)
        {
            byte[] next = _files.Read(NextName);
            if (next == null)
            {
                return null;
            }

            if (!JournalReader.IsWholeRewrite(next, newestVersion))
            {
                _log.Write(LogLevel.Warning, Component, "discarding an unfinished rewrite of " + Name);
                TryDelete(NextName);
                return null;
            }

            _log.Write(LogLevel.Info, Component, "completing an interrupted rewrite of " + Name);
            try
            {
                _files.Delete(Name);
                _files.Rename(NextName, Name);
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Warning, Component, "could not complete the rewrite of " + Name + ": " + e.Message);
                NeedsRewrite = true;
            }

            return next;
        }

        private void TryDelete(string file)
        {
            try
            {
                _files.Delete(file);
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Warning, Component, "could not remove " + file + ": " + e.Message);
            }
        }
    }
}
