using System;
using System.Collections;
using System.IO;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;

namespace NanoEvse.LocalAuthList
{
    /// <summary>
    /// The local authorization list (spec 3.5.3): idTags the CSMS pushed with SendLocalList, kept in flash
    /// (<see cref="LocalListDocument"/>) with the version they came with. It answers lookups only while
    /// LocalAuthListEnabled is true; disabling it keeps the stored list for when it is enabled again. An update is
    /// all or nothing: it is stored first, and only then does the list in RAM change.
    /// </summary>
    public sealed class LocalList : ILocalAuthList
    {
        private const string Component = "locallist";

        private readonly DocumentStore _store;
        private readonly ILog _log;
        private readonly ConfigKey _enabled;
        private readonly ConfigKey _maxLength;
        private ArrayList _entries = new ArrayList();
        private int _version;

        /// <summary>Loads locallist.dat; an unreadable file leaves an empty list of version 0, so the CSMS sends a Full one.</summary>
        public LocalList(DocumentStore store, ChargerConfiguration config, ILog log)
        {
            _store = store;
            _log = log;
            _enabled = config.Find(KeyNames.LocalAuthListEnabled);
            _maxLength = config.Find(KeyNames.LocalAuthListMaxLength);
            _version = LocalListDocument.Load(store, _entries);
        }

        /// <summary>LocalAuthListEnabled, read on every use so a change applies at once.</summary>
        public bool Enabled
        {
            get { return ConfigKey.BoolOr(_enabled, false); }
        }

        public int Count
        {
            get { return _entries.Count; }
        }

        /// <summary>LocalAuthListMaxLength: the most entries the list may hold.</summary>
        public int MaxLength
        {
            get { return ConfigKey.IntOr(_maxLength, 0); }
        }

        /// <summary>GetLocalListVersion: -1 while the list is disabled, 0 while it is empty, else the version of the last update.</summary>
        public int ReportedVersion
        {
            get
            {
                if (!Enabled)
                {
                    return -1;
                }

                return _entries.Count == 0 ? 0 : _version;
            }
        }

        /// <summary>Where a conflict between the list and the CSMS is reported (connector 0, LocalListConflict); null for nowhere.</summary>
        public Charger ReportTo { get; set; }

        /// <summary>
        /// Spec 3.5.3: when the CSMS's idTagInfo for a listed tag disagrees with the list (one valid, the other not, or
        /// a different status), the charger tells it with a StatusNotification of connector 0, errorCode
        /// LocalListConflict. The list is the CSMS's to correct with SendLocalList, so it is not changed here.
        /// </summary>
        public void OnCsmsAnswer(string idTag, IdTagInfo info, DateTime utcNow)
        {
            IdTagInfo listed = Find(idTag, utcNow);
            if (listed == null || listed.Status == info.Status)
            {
                return;
            }

            _log.Write(LogLevel.Warning, Component, idTag + ": the local list says " + listed.Status + ", the CSMS " + info.Status);
            if (ReportTo != null)
            {
                ReportTo.ReportChargerError(ConnectorErrorCode.LocalListConflict, idTag + ": list " + listed.Status + ", CSMS " + info.Status);
            }
        }

        public IdTagInfo Find(string idTag, DateTime utcNow)
        {
            if (!Enabled)
            {
                return null;
            }

            int index = IndexOf(_entries, idTag);
            if (index < 0)
            {
                return null;
            }

            IdTagInfo info = Entry(_entries, index).Info;
            if (info.HasValidStatus && !info.IsValidAt(utcNow))
            {
                return new IdTagInfo(AuthorizationStatus.Expired, true, info.ExpiryDate, info.ParentIdTag);
            }

            return info;
        }

        /// <summary>
        /// SendLocalList. A Differential whose version is not newer than the last update's is a VersionMismatch
        /// (the stored version counts, also when the list is empty and reports 0). Failed, with nothing changed,
        /// for a version below 1 (errata: 0 and -1 are reserved), an idTag twice in one update, a list that would
        /// outgrow LocalAuthListMaxLength, or flash that cannot store it.
        /// </summary>
        public string Apply(LocalListUpdate update)
        {
            if (!Enabled)
            {
                return UpdateStatus.NotSupported;
            }

            if (!update.IsFull && update.Version <= _version)
            {
                return UpdateStatus.VersionMismatch;
            }

            if (update.Version < 1 || HasDuplicate(update.Entries))
            {
                _log.Write(LogLevel.Warning, Component, "refusing an update with version " + update.Version + " or an idTag twice");
                return UpdateStatus.Failed;
            }

            ArrayList next = update.IsFull ? new ArrayList() : (ArrayList)_entries.Clone();
            for (int i = 0; i < update.Entries.Count; i++)
            {
                Merge(next, (LocalListEntry)update.Entries[i]);
            }

            int max = MaxLength;
            if (next.Count > max)
            {
                _log.Write(LogLevel.Warning, Component, "an update to " + next.Count + " entries exceeds LocalAuthListMaxLength " + max);
                return UpdateStatus.Failed;
            }

            try
            {
                LocalListDocument.Save(_store, update.Version, next);
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Error, Component, "could not store " + LocalListDocument.FileName + " (" + e.Message + "); the list stays at version " + _version);
                return UpdateStatus.Failed;
            }

            _entries = next;
            _version = update.Version;
            _log.Write(LogLevel.Info, Component, (update.IsFull ? "full" : "differential") + " update to version " + _version + ", " + _entries.Count + " entries");
            return UpdateStatus.Accepted;
        }

        /// <summary>Adds, replaces or (without idTagInfo) removes one idTag.</summary>
        private static void Merge(ArrayList list, LocalListEntry change)
        {
            int index = IndexOf(list, change.IdTag);
            if (change.Info == null)
            {
                if (index >= 0)
                {
                    list.RemoveAt(index);
                }
            }
            else if (index >= 0)
            {
                list[index] = change;
            }
            else
            {
                list.Add(change);
            }
        }

        private static bool HasDuplicate(ArrayList entries)
        {
            for (int i = 1; i < entries.Count; i++)
            {
                if (IndexOf(entries, Entry(entries, i).IdTag) < i)
                {
                    return true;
                }
            }

            return false;
        }

        private static LocalListEntry Entry(ArrayList list, int index)
        {
            return (LocalListEntry)list[index];
        }

        private static int IndexOf(ArrayList list, string idTag)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (IdToken.Same(Entry(list, i).IdTag, idTag))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
