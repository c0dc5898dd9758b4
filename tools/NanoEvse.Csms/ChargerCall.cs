namespace NanoEvse.Csms
{
    /// <summary>What a session remembers of a CALL id a charger used, to tell a retransmission from a reused id.</summary>
    internal sealed class ChargerCall
    {
        public string Action;
        public string PayloadText;

        /// <summary>True once a CALLRESULT went out; after that the charger has no reason to send the id again.</summary>
        public bool AnsweredWithResult;

        /// <summary>
        /// OCPP-J allows a CALL to be sent again under the same id when it was not processed (CALLERROR or no answer),
        /// so only such a repeat with the same content is not a duplicate.
        /// </summary>
        public bool AllowsRepeat(IncomingFrame frame)
        {
            return !AnsweredWithResult && Action == frame.Action && PayloadText == frame.Payload.GetRawText();
        }
    }
}
