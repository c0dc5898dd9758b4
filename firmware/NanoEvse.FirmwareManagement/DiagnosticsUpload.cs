using System;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.FileTransfer;
using NanoEvse.Hal;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>
    /// One GetDiagnostics: the report is built when the upload starts, then sent to location, retried
    /// <c>retries</c> times <c>retryInterval</c> apart: Uploading, then Uploaded or UploadFailed. A new
    /// GetDiagnostics replaces one still running. Kept in RAM only: after a power cut the CSMS asks again.
    /// </summary>
    public sealed class DiagnosticsUpload
    {
        public const int DefaultRetryIntervalSeconds = 60;
        private const string Component = "diagnostics";

        private readonly Charger _charger;
        private readonly IFileTransfers _transfers;
        private readonly IFirmwareImage _image;
        private string _location;
        private string _fileName;
        private DateTime _fromUtc;
        private DateTime _toUtc;
        private int _retriesLeft;
        private int _retryIntervalSeconds;
        private byte[] _report;
        private IUpload _upload;
        private long _nextAttemptMs = -1;
        private bool _active;
        private string _status = DiagnosticsStatus.Idle;

        public DiagnosticsUpload(Charger charger, IFileTransfers transfers, IFirmwareImage image)
        {
            _charger = charger;
            _transfers = transfers;
            _image = image;
        }

        /// <summary>What a triggered DiagnosticsStatusNotification reports: Uploading while an upload runs, otherwise Idle.</summary>
        public string Status
        {
            get { return _active ? _status : DiagnosticsStatus.Idle; }
        }

        /// <summary>GetDiagnostics.req: the name of the file that will be uploaded.</summary>
        public string Schedule(string location, DateTime fromUtc, DateTime toUtc, int retries, int retryIntervalSeconds)
        {
            if (_upload != null)
            {
                _upload.Abort();
                _upload = null;
            }

            _location = location;
            _fromUtc = fromUtc;
            _toUtc = toUtc;
            _retriesLeft = retries;
            _retryIntervalSeconds = retryIntervalSeconds > 0 ? retryIntervalSeconds : DefaultRetryIntervalSeconds;
            _fileName = "diagnostics-" + Stamp(_charger.ClockTrust.Clock.UtcNow) + ".txt";
            _report = null;
            _nextAttemptMs = -1;
            _active = true;
            _status = DiagnosticsStatus.Idle;
            return _fileName;
        }

        public void Poll(long nowMs)
        {
            if (!_active)
            {
                return;
            }

            if (_upload == null)
            {
                if (_nextAttemptMs < 0 || nowMs >= _nextAttemptMs)
                {
                    Start();
                }

                return;
            }

            if (_upload.State == TransferState.Done)
            {
                _charger.Log.Write(LogLevel.Info, Component, _fileName + " uploaded to " + _location);
                Finish(DiagnosticsStatus.Uploaded);
            }
            else if (_upload.State == TransferState.Failed)
            {
                string error = _upload.Error;
                _upload = null;
                if (_retriesLeft <= 0)
                {
                    _charger.Log.Write(LogLevel.Warning, Component, "upload of " + _fileName + " failed: " + error);
                    Finish(DiagnosticsStatus.UploadFailed);
                    return;
                }

                _retriesLeft--;
                _nextAttemptMs = nowMs + _retryIntervalSeconds * 1000L;
                _charger.Log.Write(LogLevel.Warning, Component, "upload failed (" + error + "); " + (_retriesLeft + 1) + " attempt(s) left");
            }
        }

        private void Start()
        {
            if (_status != DiagnosticsStatus.Uploading)
            {
                _status = DiagnosticsStatus.Uploading;
                _charger.Endpoint.Enqueue(new DiagnosticsStatusNotification(DiagnosticsStatus.Uploading));
            }

            if (_report == null)
            {
                DateTime to = _toUtc == DateTime.MaxValue ? _charger.ClockTrust.Clock.UtcNow : _toUtc;
                _report = DiagnosticsReport.Build(_charger, _charger.ChargePointId, _image.Version, _fromUtc, to);
            }

            string problem = Transfers.Problem(_location);
            if (problem != null)
            {
                _charger.Log.Write(LogLevel.Warning, Component, problem);
                Finish(DiagnosticsStatus.UploadFailed);
                return;
            }

            _upload = _transfers.StartUpload(_location, _fileName, _report, _report.Length);
        }

        private void Finish(string status)
        {
            _active = false;
            _upload = null;
            _report = null;
            _status = status;
            _charger.Endpoint.Enqueue(new DiagnosticsStatusNotification(status));
        }

        /// <summary>yyyyMMddTHHmmssZ: a file name every file system takes.</summary>
        private static string Stamp(DateTime utc)
        {
            return utc.Year.ToString() + Two(utc.Month) + Two(utc.Day) + "T" + Two(utc.Hour) + Two(utc.Minute) + Two(utc.Second) + "Z";
        }

        private static string Two(int value)
        {
            return value < 10 ? "0" + value.ToString() : value.ToString();
        }
    }
}
