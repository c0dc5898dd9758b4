using System;

namespace NanoEvse.ChargePoint.Model
{
    /// <summary>
    /// A connector as the CSMS sees it: its OCPP status and error. Connector 0 stands for the charger as a whole.
    /// </summary>
    public sealed class Connector
    {
        public readonly int Id;

        public Connector(int id, DateTime sinceUtc)
        {
            Id = id;
            Status = ConnectorStatus.Available;
            ErrorCode = ConnectorErrorCode.NoError;
            SinceUtc = sinceUtc;
        }

        public string Status { get; private set; }

        public string ErrorCode { get; private set; }

        /// <summary>Free text sent along with the status, or null.</summary>
        public string Info { get; private set; }

        /// <summary>When the current status began.</summary>
        public DateTime SinceUtc { get; private set; }

        /// <summary>True when the status changed since it was last reported to the CSMS.</summary>
        public bool Unreported { get; internal set; } = true;

        public void SetStatus(string status, string errorCode, string info, DateTime nowUtc)
        {
            if (status == Status && errorCode == ErrorCode && info == Info)
            {
                return;
            }

            Status = status;
            ErrorCode = errorCode;
            Info = info;
            SinceUtc = nowUtc;
            Unreported = true;
        }
    }
}
