using System.IO;
using NanoEvse.Hal;

namespace NanoEvse.ChargePoint.Storage
{
    /// <summary>
    /// Stores whole documents so that a power cut at any point leaves either the old or the new version:
    /// a save writes "name.new", deletes "name" and renames the new file into place; a load that finds a
    /// whole "name.new" finishes that save first. A torn or corrupt file is reported and treated as absent.
    /// </summary>
    public sealed class DocumentStore
    {
        public const string NewSuffix = ".new";
        private const string Component = "storage";

        private readonly IFileStore _files;
        private readonly ILog _log;

        public DocumentStore(IFileStore files, ILog log)
        {
            _files = files;
            _log = log;
        }

        public IFileStore Files
        {
            get { return _files; }
        }

        /// <summary>
        /// Replaces the document; returns the bytes written. Throws IOException when the flash fails and the
        /// old version is still the one a load will find; returns normally once the new version is the one.
        /// </summary>
        public int Save(string name, DocumentWriter document)
        {
            byte[] data = document.Seal();
            string next = name + NewSuffix;
            try
            {
                _files.Write(next, data, document.Length);
                _files.Delete(name);
            }
            catch (IOException)
            {
                // The old file is intact: drop the new one so the next boot does not apply a refused change.
                TryDelete(next);
                throw;
            }

            try
            {
                _files.Rename(next, name);
            }
            catch (IOException e)
            {
                // Only the whole new file is left, and the next load completes the save with it.
                _log.Write(LogLevel.Warning, Component, "rename of " + next + " failed (" + e.Message + "); the next boot completes it");
            }

            return document.Length;
        }

        /// <summary>
        /// The stored document, or null when there is none or it cannot be read; <see cref="DocumentState"/>
        /// in <paramref name="state"/> says which. Never throws: the charger must boot whatever the flash holds.
        /// </summary>
        public DocumentReader Load(string name, int newestVersion, out int state)
        {
            try
            {
                DocumentReader finished = FinishInterruptedSave(name, newestVersion);
                if (finished != null)
                {
                    state = DocumentState.Loaded;
                    return finished;
                }

                byte[] file = _files.Read(name);
                if (file == null)
                {
                    state = DocumentState.Missing;
                    return null;
                }

                string problem;
                DocumentReader reader = DocumentReader.Open(file, newestVersion, out problem);
                if (reader == null)
                {
                    _log.Write(LogLevel.Error, Component, name + " is unreadable (" + problem + "); using the profile's defaults for it");
                    state = DocumentState.Corrupt;
                    return null;
                }

                state = DocumentState.Loaded;
                return reader;
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Error, Component, "cannot read " + name + " (" + e.Message + "); using the profile's defaults for it");
                state = DocumentState.Corrupt;
                return null;
            }
        }

        /// <summary>
        /// Logs that <paramref name="name"/> passed the format checks but its fields make no sense to the reader,
        /// which then uses its defaults; a reader that catches this itself says so the same way.
        /// </summary>
        public void ReportMalformed(string name, string problem)
        {
            _log.Write(LogLevel.Error, Component, name + " is malformed (" + problem + "); using the defaults for it");
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

        /// <summary>Removes the document and any unfinished save of it.</summary>
        public void Delete(string name)
        {
            _files.Delete(name + NewSuffix);
            _files.Delete(name);
        }

        private DocumentReader FinishInterruptedSave(string name, int newestVersion)
        {
            string next = name + NewSuffix;
            byte[] file = _files.Read(next);
            if (file == null)
            {
                return null;
            }

            string problem;
            DocumentReader reader = DocumentReader.Open(file, newestVersion, out problem);
            if (reader == null)
            {
                _log.Write(LogLevel.Warning, Component, "discarding an unfinished save of " + name + " (" + problem + ")");
                try
                {
                    _files.Delete(next);
                }
                catch (IOException e)
                {
                    // The previous version is still whole; failing to tidy up must not cost the charger its values.
                    _log.Write(LogLevel.Warning, Component, "could not remove " + next + ": " + e.Message);
                }

                return null;
            }

            _log.Write(LogLevel.Info, Component, "completing an interrupted save of " + name);
            try
            {
                _files.Delete(name);
                _files.Rename(next, name);
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Warning, Component, "could not complete the save of " + name + ": " + e.Message);
            }

            return reader;
        }
    }
}
