using System;

namespace NanoEvse.Csms
{
    public enum ViolationKind
    {
        InvalidJson,
        WrongFrameShape,
        NullInPayload,
        MessageIdTooLong,
        DuplicateMessageId,

        /// <summary>A CALL arrived while an earlier CALL of the same charger was still unanswered.</summary>
        ConcurrentCall,
        UnknownResponseId,
        UnknownErrorCode,

        /// <summary>OCPP-J uses text messages only.</summary>
        BinaryMessage
    }

    /// <summary>Something a charger sent that breaks OCPP-J; tests assert that none were recorded.</summary>
    public sealed record ProtocolViolation(DateTime Utc, string ChargePointId, ViolationKind Kind, string Detail, string Frame)
    {
        public override string ToString()
        {
            return ChargePointId + ": " + Kind + " (" + Detail + ") in " + Frame;
        }
    }
}
