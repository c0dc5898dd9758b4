using System;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Emulator.Commands
{
    /// <summary>The faults <c>fault KIND</c> injects, one per fault the simulated connector can show.</summary>
    public static class FaultKinds
    {
        public const string ResidualCurrent = "rcd";
        public const string PilotShort = "pilot-short";
        public const string DiodeMissing = "diode-missing";
        public const string Welded = "welded";
        public const string StuckOpen = "stuck-open";
        public const string Meter = "meter";
        public const string LockJammed = "lock-jammed";

        public static readonly string[] Names = { ResidualCurrent, PilotShort, DiodeMissing, Welded, StuckOpen, Meter, LockJammed };

        /// <summary>One line per kind, for help.</summary>
        public static readonly string[] Descriptions =
        {
            ResidualCurrent + ": residual current flows; the monitor trips until the fault is cleared and the charger re-arms it",
            PilotShort + ": the control pilot reads 0 V (state E)",
            DiodeMissing + ": the vehicle's pilot diode is missing (state F)",
            Welded + ": the contactor is welded shut",
            StuckOpen + ": the contactor never closes",
            Meter + ": the energy meter stops answering",
            LockJammed + ": the socket's cable lock does not move (sockets only)",
        };

        public static bool IsKnown(string kind)
        {
            return Array.IndexOf(Names, kind) >= 0;
        }

        /// <summary>Sets or clears one fault; null, or why the connector cannot have it.</summary>
        public static string Set(SimulatedConnector connector, string kind, bool present)
        {
            switch (kind)
            {
                case ResidualCurrent:
                    connector.ResidualCurrentFault = present;
                    break;
                case PilotShort:
                    connector.PilotShorted = present;
                    break;
                case DiodeMissing:
                    connector.DiodeMissing = present;
                    break;
                case Welded:
                    connector.ContactorWelded = present;
                    break;
                case StuckOpen:
                    connector.ContactorStuckOpen = present;
                    break;
                case Meter:
                    connector.MeterUnreadable = present;
                    break;
                case LockJammed:
                    if (connector.FixedCable)
                    {
                        return "a fixed cable has no lock to jam";
                    }

                    connector.LockJammed = present;
                    break;
                default:
                    return "unknown fault '" + kind + "'";
            }

            return null;
        }

        /// <summary>The faults injected now, comma-separated, or "none".</summary>
        public static string Present(SimulatedConnector connector)
        {
            string text = string.Empty;
            text = Add(text, connector.ResidualCurrentFault, ResidualCurrent);
            text = Add(text, connector.PilotShorted, PilotShort);
            text = Add(text, connector.DiodeMissing, DiodeMissing);
            text = Add(text, connector.ContactorWelded, Welded);
            text = Add(text, connector.ContactorStuckOpen, StuckOpen);
            text = Add(text, connector.MeterUnreadable, Meter);
            text = Add(text, !connector.FixedCable && connector.LockJammed, LockJammed);
            return text.Length == 0 ? "none" : text;
        }

        private static string Add(string text, bool present, string kind)
        {
            if (!present)
            {
                return text;
            }

            return text.Length == 0 ? kind : text + ", " + kind;
        }
    }
}
