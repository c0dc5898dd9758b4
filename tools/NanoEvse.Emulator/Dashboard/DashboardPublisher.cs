using System;
using System.Diagnostics;
using System.Globalization;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Drivers.ControlPilot;
using NanoEvse.Emulator.Commands;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Emulator.Dashboard
{
    /// <summary>
    /// The main loop's side of the dashboard: samples each connector's session chart on every pass and publishes the
    /// charger's state to the <see cref="DashboardFeed"/> a few times a second (real time, whatever the speed).
    /// </summary>
    public sealed class DashboardPublisher
    {
        private const long PublishEveryMs = 100;

        private readonly EmulatedCharger _charger;
        private readonly bool _embeddedCsms;
        private readonly SessionChart[] _charts;
        private readonly Stopwatch _sincePublished = new Stopwatch();

        public DashboardPublisher(EmulatedCharger charger, bool embeddedCsms, DashboardFeed feed)
        {
            _charger = charger;
            _embeddedCsms = embeddedCsms;
            Feed = feed;
            _charts = new SessionChart[charger.Connectors.Length];
            for (int i = 0; i < _charts.Length; i++)
            {
                _charts[i] = new SessionChart();
            }
        }

        public DashboardFeed Feed { get; }

        /// <summary>One main-loop pass: sample, and publish when the last state is old enough (or <paramref name="now"/>).</summary>
        public void Pass(bool now = false)
        {
            Charger core = _charger.Core;
            for (int id = 1; id <= _charts.Length; id++)
            {
                SimulatedConnector evse = _charger.Connector(id);
                Transaction transaction = Session(core, id)?.Transaction;
                _charts[id - 1].Sample(transaction, transaction == null ? 0 : transaction.MeterStartWh, core.ClockTrust.Clock.MonotonicMs, evse.PowerW, evse.EnergyWh);
            }

            if (!now && _sincePublished.IsRunning && _sincePublished.ElapsedMilliseconds < PublishEveryMs)
            {
                return;
            }

            _sincePublished.Restart();
            Feed.Publish(Build(core));
        }

        private DashboardState Build(Charger core)
        {
            bool online = core.Connection.IsOpen && core.Registration.IsAccepted;
            DashboardState state = new DashboardState
            {
                ChargePointId = _charger.ChargePointId,
                Profile = _charger.ProfileName,
                Boots = _charger.Boots,
                Firmware = _charger.Firmware.Version + (_charger.Firmware.Slot == null ? " (built in)" : " (slot " + _charger.Firmware.Slot + ")"),
                Online = online,
                Link = (_charger.Network.IsUp ? string.Empty : "network down, ") +
                    (core.Connection.IsOpen ? "connected" : "not connected") + ", " +
                    (core.Registration.IsAccepted ? "boot accepted" : "boot not accepted"),
                ChargerTime = core.ClockTrust.Clock.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                EmbeddedCsms = _embeddedCsms,
                FaultKinds = Commands.FaultKinds.Names,
                TriggerMessages = CsmsCallSyntax.TriggerMessages,
            };
            for (int id = 1; id <= _charts.Length; id++)
            {
                state.Connectors.Add(Connector(core, id));
            }

            return state;
        }

        private ConnectorView Connector(Charger core, int id)
        {
            SimulatedConnector evse = _charger.Connector(id);
            Connector connector = core.Connectors[id];
            Transaction transaction = Session(core, id)?.Transaction;
            long meterWh = evse.EnergyWh;
            return new ConnectorView
            {
                Id = id,
                Status = connector.Status,
                ErrorCode = connector.ErrorCode,
                Pilot = PilotState.Names[evse.State],
                DutyPercent = Math.Round(PilotDuty.ForDeciAmps(evse.OfferedDeciAmps) * 100, 1),
                OfferedAmps = evse.OfferedDeciAmps / 10.0,
                VehiclePlugged = evse.VehicleConnected,
                ContactorClosed = evse.IsClosed,
                Lock = evse.FixedCable ? "fixed cable" : evse.IsLocked ? "locked" : "unlocked",
                PowerW = evse.PowerW,
                MeterWh = meterWh,
                InTransaction = transaction != null,
                TransactionId = transaction == null ? 0 : transaction.Id,
                IdTag = transaction?.IdTag,
                SessionWh = transaction == null ? 0 : meterWh - transaction.MeterStartWh,
                Faults = Commands.FaultKinds.Present(evse),
                Chart = _charts[id - 1].View(),
            };
        }

        private static ConnectorSession Session(Charger core, int id)
        {
            ChargingService charging = core.Charging;
            return charging == null ? null : charging.Find(id);
        }
    }
}
