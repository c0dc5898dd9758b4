using System;

namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>A message could not be processed; <see cref="ErrorCode"/> is the CALLERROR code to answer with.</summary>
    public sealed class OcppException : Exception
    {
        public readonly string ErrorCode;

        public OcppException(string errorCode, string description) : base(description)
        {
            ErrorCode = errorCode;
        }
    }
}
