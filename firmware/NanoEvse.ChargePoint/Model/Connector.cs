using System;

namespace NanoEvse.ChargePoint.Model
{
    /// <summary>
    /// A connector as the CSMS sees it: its OCPP status and error. Connector 0 stands for the charger as a whole.
    /// </summary>
    public sealed class Connector
    {
        public readonly int Id;
        private string _reportedStatus;
        private string _reportedErrorCode;
        private string _reportedInfo;

        public Connector(int id, DateTime sinceUtc, long sinceMs)
        {
            Id = id;
            Status = ConnectorStatus.Available;
            ErrorCode = ConnectorErrorCode.NoError;
            SinceUtc = sinceUtc;
            SinceMs = sinceMs;
        }

        public string Status { get; private set; }

        public string ErrorCode { get; private set; }

        /// <summary>Free text sent along with the status, or null.</summary>
        public string Info { get; private set; }

        /// <summary>When the current status began, by the wall clock (see ClockTrust.Resolve).</summary>
        public DateTime SinceUtc { get; private set; }

        /// <summary>When the current status began, by the monotonic clock.</summary>
        public long SinceMs { get; private set; }

        /// <summary>True when the status differs from the one last reported to the CSMS, or must be reported again.</summary>
        public bool Unreported { get; internal set; } = true;

        /// <summary>Counts status changes, so a reporter can tell when the current status began on its own clock.</summary>
        public int Changes { get; private set; }

        public void SetStatus(string status, string errorCode, string info, DateTime nowUtc, long nowMs)
        {
            if (status == Status && errorCode == ErrorCode && info == Info)
            {
                return;
            }

            Status = status;
            ErrorCode = errorCode;
            Info = info;
            SinceUtc = nowUtc;
            SinceMs = nowMs;
            Changes++;
            // Back to the status last reported before the one in between was sent: nothing to report.
            Unreported = !(status == _reportedStatus && errorCode == _reportedErrorCode && info == _reportedInfo);
        }

        /// <summary>The current status is on its way to the CSMS.</summary>
        internal void MarkReported()
        {
            Unreported = false;
            _reportedStatus = Status;
            _reportedErrorCode = ErrorCode;
            _reportedInfo = Info;
        }

        /// <summary>Report the current status again (after a boot, or when a notification was lost).</summary>
        internal void ReportAgain()
        {
            Unreported = true;
            _reportedStatus = null;
            _reportedErrorCode = null;
            _reportedInfo = null;
        }
    }
}
