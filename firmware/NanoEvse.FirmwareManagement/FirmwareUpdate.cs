using System;
using System.IO;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.FileTransfer;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Json;
using NanoEvse.UpdatePackage;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>
    /// One UpdateFirmware from retrieveDate to Installed: downloads the package into the slot that does not run,
    /// checking it as it streams in; retries a failed transfer <c>retries</c> times, <c>retryInterval</c> apart; waits
    /// for running transactions to end; checks the slot once more, puts it on trial and restarts. After the restart
    /// the loader reports which slot it ran: the new one becomes permanent once the CSMS has accepted the boot
    /// (Installed); the old one means the loader refused it (InstallationFailed). Every step is kept in
    /// firmware.dat, so a power cut resumes it.
    /// </summary>
    public sealed class FirmwareUpdate : IPackageSink
    {
        /// <summary>Bytes taken from the transfer per poll: bounds a pass's flash work and its RAM.</summary>
        public const int ChunkBytes = 1024;
        public const int ChunksPerPoll = 4;

        /// <summary>The wait between attempts when UpdateFirmware names none.</summary>
        public const int DefaultRetryIntervalSeconds = 60;

        private const string Component = "firmware";

        private readonly Charger _charger;
        private readonly IFileTransfers _transfers;
        private readonly IFirmwareImage _image;
        private readonly IFileStore _flash;
        private readonly byte[] _chunk = new byte[ChunkBytes];
        private FirmwareUpdateRecord _record;
        private IDownload _download;
        private PackageReader _reader;
        private SlotWriter _writer;
        private long _nextAttemptMs = -1;
        private string _status = FirmwareStatus.Idle;

        /// <summary>Why the package being downloaded cannot be installed here, once its manifest says so.</summary>
        private string _refusal;

        /// <summary>This boot put the slot on trial and waits for its restart; only the next boot can tell how it went.</summary>
        private bool _restartPending;

        public FirmwareUpdate(Charger charger, IFileTransfers transfers, IFirmwareImage image)
        {
            _charger = charger;
            _transfers = transfers;
            _image = image;
            _flash = charger.Storage.Files;
        }

        /// <summary>What a triggered FirmwareStatusNotification reports: the last status sent while an update runs, otherwise Idle.</summary>
        public string Status
        {
            get { return _record == null ? FirmwareStatus.Idle : _status; }
        }

        /// <summary>Picks up the update a previous boot left in firmware.dat.</summary>
        public void Load()
        {
            _record = FirmwareUpdateRecord.Load(_charger.Storage);
            if (_record == null)
            {
                return;
            }

            _status = _record.Phase == FirmwareUpdateRecord.Scheduled ? FirmwareStatus.Idle
                : _record.Phase == FirmwareUpdateRecord.Downloading ? FirmwareStatus.Downloading
                : _record.Phase == FirmwareUpdateRecord.Downloaded ? FirmwareStatus.Downloaded
                : FirmwareStatus.Installing;
            _charger.Log.Write(LogLevel.Info, Component, "resuming the update from " + _record.Location + " (" + _status + ")");
        }

        /// <summary>UpdateFirmware.req: replaces an update not yet installing; one already installing goes on.</summary>
        public void Schedule(string location, DateTime retrieveUtc, int retries, int retryIntervalSeconds)
        {
            if (_record != null && _record.Phase == FirmwareUpdateRecord.Restarting)
            {
                _charger.Log.Write(LogLevel.Warning, Component, "an update is installing; UpdateFirmware for " + location + " ignored");
                return;
            }

            Abandon();
            FirmwareUpdateRecord record = new FirmwareUpdateRecord();
            record.Phase = FirmwareUpdateRecord.Scheduled;
            record.Location = location;
            record.RetrieveUtc = retrieveUtc;
            record.RetriesLeft = retries;
            record.RetryIntervalSeconds = retryIntervalSeconds > 0 ? retryIntervalSeconds : DefaultRetryIntervalSeconds;
            record.Slot = SlotTable.Other(_image.Slot);
            _record = record;
            Store();
            _charger.Log.Write(LogLevel.Info, Component, "update from " + location + " scheduled for " + OcppTime.Format(retrieveUtc));
        }

        public void Poll(long nowMs)
        {
            if (_record == null)
            {
                return;
            }

            switch (_record.Phase)
            {
                case FirmwareUpdateRecord.Scheduled:
                    if (IsDue())
                    {
                        Report(FirmwareStatus.Downloading);
                        _record.Phase = FirmwareUpdateRecord.Downloading;
                        Store();
                        StartAttempt(nowMs);
                    }

                    break;
                case FirmwareUpdateRecord.Downloading:
                    PollDownload(nowMs);
                    break;
                case FirmwareUpdateRecord.Downloaded:
                    if (NoTransactionRuns() && !_charger.ResetSequence.InProgress)
                    {
                        Install();
                    }

                    break;
                default:
                    if (!_restartPending)
                    {
                        PollRestarted();
                    }

                    break;
            }
        }

        public void BeginFile(PackageFile file)
        {
            _writer.BeginFile(file);
        }

        public void Write(byte[] data, int offset, int count)
        {
            _writer.Write(data, offset, count);
        }

        public void EndFile(PackageFile file)
        {
            _writer.EndFile(file);
        }

        /// <summary>Due at retrieveDate by a clock the charger trusts; an untrusted clock cannot say, so the update goes ahead.</summary>
        private bool IsDue()
        {
            return !_charger.ClockTrust.IsTrusted || _charger.ClockTrust.Clock.UtcNow >= _record.RetrieveUtc;
        }

        /// <summary>A fresh attempt: the slot is emptied first, so a slot never holds parts of two downloads.</summary>
        private void StartAttempt(long nowMs)
        {
            _nextAttemptMs = -1;
            string problem = Transfers.Problem(_record.Location);
            if (problem != null)
            {
                Fail(FirmwareStatus.DownloadFailed, problem);
                return;
            }

            try
            {
                SlotFiles.Clear(_flash, _record.Slot);
            }
            catch (IOException e)
            {
                Fail(FirmwareStatus.DownloadFailed, "cannot empty slot " + _record.Slot + ": " + e.Message);
                return;
            }

            _writer = new SlotWriter(_flash, _record.Slot);
            _reader = new PackageReader(this);
            _refusal = null;
            _download = _transfers.StartDownload(_record.Location);
            _charger.Log.Write(LogLevel.Info, Component, "downloading " + _record.Location + " into slot " + _record.Slot);
        }

        private void PollDownload(long nowMs)
        {
            if (_download == null)
            {
                if (_nextAttemptMs < 0 || nowMs >= _nextAttemptMs)
                {
                    StartAttempt(nowMs);
                }

                return;
            }

            try
            {
                for (int i = 0; i < ChunksPerPoll; i++)
                {
                    int count = _download.Take(_chunk, 0, _chunk.Length);
                    if (count <= 0)
                    {
                        break;
                    }

                    // A package already refused is not written further; the rest is only drained.
                    if (_reader.State != PackageState.Failed && _refusal == null)
                    {
                        _reader.Feed(_chunk, 0, count);
                        if (_reader.Manifest != null)
                        {
                            // Known before any file is written: a package this charger cannot take never fills its flash.
                            _refusal = Refusal(_reader.Manifest);
                        }
                    }
                }
            }
            catch (IOException e)
            {
                _download.Abort();
                Fail(FirmwareStatus.DownloadFailed, "cannot write slot " + _record.Slot + ": " + e.Message);
                return;
            }

            if (_download.State == TransferState.Failed)
            {
                AttemptFailed(nowMs, _download.Error);
            }
            else if (_download.State == TransferState.Done)
            {
                Downloaded();
            }
        }

        private void AttemptFailed(long nowMs, string error)
        {
            _download = null;
            if (_record.RetriesLeft <= 0)
            {
                Fail(FirmwareStatus.DownloadFailed, "download failed: " + error);
                return;
            }

            _record.RetriesLeft--;
            Store();
            _nextAttemptMs = nowMs + _record.RetryIntervalSeconds * 1000L;
            _charger.Log.Write(LogLevel.Warning, Component, "download failed (" + error + "); " + (_record.RetriesLeft + 1) + " attempt(s) left, next in " + _record.RetryIntervalSeconds + " s");
        }

        /// <summary>The whole file is here: Downloaded, then either waiting to install or, for a package that failed its checks, InstallationFailed.</summary>
        private void Downloaded()
        {
            _download = null;
            Report(FirmwareStatus.Downloaded);
            if (_refusal != null)
            {
                Fail(FirmwareStatus.InstallationFailed, _refusal);
                return;
            }

            _reader.End();
            if (_reader.State != PackageState.Done)
            {
                Fail(FirmwareStatus.InstallationFailed, "package refused: " + _reader.Error);
                return;
            }

            string problem = Refusal(_reader.Manifest);
            if (problem == null)
            {
                try
                {
                    SlotFiles.WriteManifest(_flash, _record.Slot, _reader.Manifest);
                }
                catch (IOException e)
                {
                    problem = "cannot store the manifest: " + e.Message;
                }
            }

            if (problem != null)
            {
                Fail(FirmwareStatus.InstallationFailed, problem);
                return;
            }

            _record.Version = _reader.Manifest.Version;
            _record.Phase = FirmwareUpdateRecord.Downloaded;
            Store();
            _reader = null;
            _writer = null;
            _charger.Log.Write(LogLevel.Info, Component, "version " + _record.Version + " downloaded; it installs once no transaction runs");
        }

        /// <summary>Checks the slot as the loader will, puts it on trial and restarts into it.</summary>
        private void Install()
        {
            Report(FirmwareStatus.Installing);
            string error;
            PackageManifest manifest = SlotFiles.ReadManifest(_flash, _record.Slot, out error);
            string problem = manifest == null ? error : Refusal(manifest);
            if (problem == null)
            {
                problem = SlotFiles.Verify(_flash, _record.Slot, manifest);
            }

            if (problem == null)
            {
                try
                {
                    SlotTable table = SlotTable.Load(_flash);
                    table.Trial = _record.Slot;
                    table.TrialBoots = 0;
                    table.Save(_flash);
                    _record.Phase = FirmwareUpdateRecord.Restarting;
                    Store();
                }
                catch (IOException e)
                {
                    problem = "cannot store the slot table: " + e.Message;
                }
            }

            if (problem != null)
            {
                Fail(FirmwareStatus.InstallationFailed, problem);
                return;
            }

            if (!_charger.ResetSequence.RequestReboot())
            {
                Fail(FirmwareStatus.InstallationFailed, "this charger cannot restart itself");
                return;
            }

            _restartPending = true;
            _charger.Log.Write(LogLevel.Info, Component, "restarting into slot " + _record.Slot + " (version " + _record.Version + ", on trial)");
        }

        /// <summary>After the restart: the slot that runs says whether the loader took the new firmware.</summary>
        private void PollRestarted()
        {
            if (_image.Slot != _record.Slot)
            {
                Fail(FirmwareStatus.InstallationFailed, "the loader ran " + (_image.Slot == null ? "the built-in assemblies" : "slot " + _image.Slot) + ", not slot " + _record.Slot);
                return;
            }

            // After the boot's own messages (the connectors' statuses), so the CSMS sees the charger back before Installed.
            if (!_charger.Registration.IsAccepted || !_charger.Endpoint.IsIdle || StatusesUnreported())
            {
                return;
            }

            try
            {
                SlotTable table = SlotTable.Load(_flash);
                table.Active = _record.Slot;
                table.Trial = null;
                table.TrialBoots = 0;
                table.Save(_flash);
            }
            catch (IOException e)
            {
                // Still on trial: the next boots count against it, and this boot tries again at its next poll.
                _charger.Log.Write(LogLevel.Error, Component, "cannot confirm slot " + _record.Slot + ": " + e.Message);
                return;
            }

            _charger.Log.Write(LogLevel.Info, Component, "version " + _record.Version + " confirmed in slot " + _record.Slot);
            Finish(FirmwareStatus.Installed);
        }

        private bool StatusesUnreported()
        {
            Connector[] connectors = _charger.Connectors;
            for (int i = 0; i < connectors.Length; i++)
            {
                if (connectors[i].Unreported)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Why this charger cannot run the package, or null.</summary>
        private string Refusal(PackageManifest manifest)
        {
            if (manifest.Target != _image.Target)
            {
                return "the package is for " + manifest.Target + ", this charger is " + _image.Target;
            }

            if (manifest.MinLoader > _image.LoaderVersion)
            {
                return "the package needs loader " + manifest.MinLoader + ", this charger has " + _image.LoaderVersion;
            }

            int flash = SlotFiles.FlashBytes(manifest);
            if (flash > _image.SlotBytes)
            {
                return "the package takes " + flash + " B of flash, a slot here holds " + _image.SlotBytes + " B";
            }

            return null;
        }

        private static bool NoTransactionRunsIn(ConnectorSession[] sessions)
        {
            for (int i = 0; i < sessions.Length; i++)
            {
                if (sessions[i].Transaction != null)
                {
                    return false;
                }
            }

            return true;
        }

        private bool NoTransactionRuns()
        {
            return _charger.Charging == null || NoTransactionRunsIn(_charger.Charging.Sessions);
        }

        /// <summary>Ends the update with a failure status; the new slot's files go, and it is no longer on trial; the running firmware stays.</summary>
        private void Fail(string status, string why)
        {
            _charger.Log.Write(LogLevel.Warning, Component, status + ": " + why);
            string slot = _record.Slot;
            Finish(status);
            try
            {
                SlotTable table = SlotTable.Load(_flash);
                if (table.Trial == slot)
                {
                    table.Trial = null;
                    table.TrialBoots = 0;
                    table.Save(_flash);
                }

                SlotFiles.Clear(_flash, slot);
            }
            catch (IOException e)
            {
                _charger.Log.Write(LogLevel.Warning, Component, "slot " + slot + " not emptied: " + e.Message);
            }
        }

        private void Finish(string status)
        {
            Report(status);
            _record = null;
            _download = null;
            _reader = null;
            _writer = null;
            try
            {
                _charger.Storage.Delete(FirmwareUpdateRecord.FileName);
            }
            catch (IOException e)
            {
                // The next boot finds the record and takes the update up where it stood.
                _charger.Log.Write(LogLevel.Warning, Component, "cannot remove " + FirmwareUpdateRecord.FileName + ": " + e.Message);
            }
        }

        /// <summary>A transfer or a download in progress is dropped for a new UpdateFirmware.</summary>
        private void Abandon()
        {
            if (_download != null)
            {
                _download.Abort();
            }

            _download = null;
            _reader = null;
            _writer = null;
            _nextAttemptMs = -1;
        }

        private void Report(string status)
        {
            _status = status;
            _charger.Endpoint.Enqueue(new FirmwareStatusNotification(status));
        }

        private void Store()
        {
            try
            {
                _record.Save(_charger.Storage);
            }
            catch (IOException e)
            {
                // The update goes on in RAM; a power cut before the next successful save loses it.
                _charger.Log.Write(LogLevel.Error, Component, "cannot store " + FirmwareUpdateRecord.FileName + ": " + e.Message);
            }
        }
    }
}
