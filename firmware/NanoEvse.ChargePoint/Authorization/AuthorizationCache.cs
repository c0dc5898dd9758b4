using System;
using System.Collections;
using System.IO;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;

namespace NanoEvse.ChargePoint.Authorization
{
    /// <summary>
    /// The authorization cache (spec 3.5.1): the latest idTagInfo the CSMS sent for each idTag presented, valid or
    /// not, kept in flash across reboots and power cuts. Entries are held least recently updated first; that order
    /// is stored too, so eviction does not depend on a wall clock the CSMS may still correct. When full, a new idTag
    /// displaces the oldest entry that is no longer valid, else the oldest entry.
    /// </summary>
    public sealed class AuthorizationCache
    {
        public const string FileName = "authcache.dat";
        public const int FormatVersion = 1;

        /// <summary>Entries a charger keeps: at the largest entry size the document still fits one 4 KiB flash block.</summary>
        public const int DefaultCapacity = 64;

        /// <summary>
        /// Largest stored entry: idTag and parentIdTag (2-byte length + 20 ASCII bytes each), status, flags and
        /// expiry ticks (4 + 4 + 8). Only CiString20 tokens are cached, so a character is one byte.
        /// </summary>
        public const int MaxEntryBytes = 2 * (2 + IdToken.MaxLength) + 4 + 4 + 8;

        private const string Component = "authcache";

        private readonly ArrayList _entries = new ArrayList();
        private readonly DocumentStore _store;
        private readonly ILog _log;
        private bool _enabled;

        /// <summary>Loads the stored entries; the cache starts disabled until <see cref="Enabled"/> is set.</summary>
        public AuthorizationCache(DocumentStore store, ILog log, int capacity)
        {
            _store = store;
            _log = log;
            Capacity = capacity;
            Load();
        }

        public int Capacity { get; private set; }

        public int Count
        {
            get { return _entries.Count; }
        }

        /// <summary>
        /// AuthorizationCacheEnabled. A disabled cache answers no lookups and takes no updates; disabling it also
        /// drops its entries, since answers it did not see would leave them stale (a revoked card still Accepted).
        /// </summary>
        public bool Enabled
        {
            get { return _enabled; }
            set
            {
                _enabled = value;
                if (!value && _entries.Count > 0)
                {
                    Clear();
                }
            }
        }

        /// <summary>The largest authcache.dat a cache of <paramref name="capacity"/> entries writes, for the flash budget.</summary>
        public static int MaxDocumentBytes(int capacity)
        {
            return DocumentWriter.HeaderBytes + 4 + capacity * MaxEntryBytes + DocumentWriter.CrcBytes;
        }

        /// <summary>
        /// What the cache knows about <paramref name="idTag"/> (any case), or null when nothing or when disabled.
        /// A valid entry whose expiry date has passed is reported as Expired: the cache never authorizes it.
        /// </summary>
        public IdTagInfo Lookup(string idTag, DateTime utcNow)
        {
            if (!_enabled)
            {
                return null;
            }

            int index = IndexOf(idTag);
            if (index < 0)
            {
                return null;
            }

            IdTagInfo info = Entry(index).Info;
            if (info.HasValidStatus && !info.IsValidAt(utcNow))
            {
                return new IdTagInfo(AuthorizationStatus.Expired, true, info.ExpiryDate, info.ParentIdTag);
            }

            return info;
        }

        /// <summary>
        /// Records the idTagInfo the CSMS sent for <paramref name="idTag"/>. The caller leaves out idTags that are in
        /// the local authorization list (spec 3.5.3). An answer identical to the stored one costs no flash write.
        /// </summary>
        public void Update(string idTag, IdTagInfo info, DateTime utcNow)
        {
            if (!_enabled || info == null)
            {
                return;
            }

            if (!IdToken.IsCiString20(idTag) || (info.ParentIdTag != null && !IdToken.IsCiString20(info.ParentIdTag)))
            {
                _log.Write(LogLevel.Warning, Component, "not caching an idTag or parentIdTag that is not a CiString20");
                return;
            }

            int index = IndexOf(idTag);
            if (index >= 0)
            {
                CachedIdTag entry = Entry(index);
                _entries.RemoveAt(index);
                _entries.Add(entry);
                if (entry.Info.SameAs(info))
                {
                    // Only the eviction order moved; the stored order catches up with the next real change.
                    return;
                }

                entry.Info = info;
            }
            else
            {
                if (_entries.Count >= Capacity)
                {
                    _entries.RemoveAt(EvictionIndex(utcNow));
                }

                _entries.Add(new CachedIdTag(idTag, info));
            }

            Save();
        }

        /// <summary>Empties the cache (ClearCache); false when flash could not drop the stored copy.</summary>
        public bool Clear()
        {
            _entries.Clear();
            try
            {
                _store.Delete(FileName);
                return true;
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Error, Component, "could not delete " + FileName + ": " + e.Message);
                return false;
            }
        }

        private CachedIdTag Entry(int index)
        {
            return (CachedIdTag)_entries[index];
        }

        private int IndexOf(string idTag)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                if (IdToken.Same(Entry(i).IdTag, idTag))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The oldest entry that is not valid at <paramref name="utcNow"/>, else the oldest entry.</summary>
        private int EvictionIndex(DateTime utcNow)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                if (!Entry(i).Info.IsValidAt(utcNow))
                {
                    return i;
                }
            }

            return 0;
        }

        private void Save()
        {
            DocumentWriter writer = new DocumentWriter(FormatVersion);
            writer.Int(_entries.Count);
            for (int i = 0; i < _entries.Count; i++)
            {
                CachedIdTag entry = Entry(i);
                StoredIdTag.Write(writer, entry.IdTag, entry.Info);
            }

            try
            {
                _store.Save(FileName, writer);
            }
            catch (IOException e)
            {
                // The stored copy now says less than the CSMS did; a boot without it is safer than one with it.
                _log.Write(LogLevel.Error, Component, "could not store " + FileName + " (" + e.Message + "); dropping the stored copy");
                try
                {
                    _store.Delete(FileName);
                }
                catch (IOException)
                {
                    _log.Write(LogLevel.Error, Component, "could not delete " + FileName + " either");
                }
            }
        }

        private void Load()
        {
            int state;
            DocumentReader reader = _store.Load(FileName, FormatVersion, out state);
            if (reader == null)
            {
                return;
            }

            try
            {
                int count = reader.Int();
                if (count < 0)
                {
                    throw new IOException("negative entry count");
                }

                for (int i = 0; i < count; i++)
                {
                    CachedIdTag entry = ReadEntry(reader);
                    if (IndexOf(entry.IdTag) >= 0)
                    {
                        throw new IOException("an idTag is stored twice");
                    }

                    _entries.Add(entry);
                }

                if (!reader.AtEnd)
                {
                    throw new IOException("bytes after the last entry");
                }
            }
            catch (IOException e)
            {
                _entries.Clear();
                _store.ReportMalformed(FileName, e.Message);
                return;
            }

            // A smaller capacity than the one that wrote the file keeps the most recently updated entries.
            while (_entries.Count > Capacity)
            {
                _entries.RemoveAt(0);
            }
        }

        private static CachedIdTag ReadEntry(DocumentReader reader)
        {
            string idTag;
            IdTagInfo info = StoredIdTag.Read(reader, out idTag);
            return new CachedIdTag(idTag, info);
        }
    }
}
