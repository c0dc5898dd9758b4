using System;
using System.Globalization;

namespace NanoEvse.Csms
{
    public enum FrameDirection
    {
        ChargerToCsms,
        CsmsToCharger
    }

    /// <summary>One WebSocket text message as it went over the wire.</summary>
    public sealed record CsmsFrame(DateTime Utc, string ChargePointId, FrameDirection Direction, string Text)
    {
        public override string ToString()
        {
            string arrow = Direction == FrameDirection.ChargerToCsms ? "->" : "<-";
            return Utc.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + ChargePointId + " " + arrow + " " + Text;
        }
    }
}
