using System;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Journal;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Csms;
using NanoEvse.Emulator.Commands;
using NanoEvse.FirmwareManagement;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host.Evse;
using NanoEvse.LocalAuthList;
using NanoEvse.Reservation;

namespace NanoEvse.Emulator
{
    /// <summary>Carries out the commands that act at once (waits are the run loop's), and says what happened.</summary>
    public sealed class CommandExecutor
    {
        private static readonly TimeSpan CsmsCallTimeout = TimeSpan.FromSeconds(30);
        private readonly EmulatedCharger _charger;
        private readonly ConsoleLog _log;
        private readonly EmbeddedCsms _csms;
        private readonly CsmsAnswerRules _answers;
        private int _callsInFlight;

        /// <param name="csms">The embedded CSMS, or null when the charger talks to another one.</param>
        public CommandExecutor(EmulatedCharger charger, ConsoleLog log, EmbeddedCsms csms)
        {
            _charger = charger;
            _log = log;
            _csms = csms;
            _answers = csms == null ? null : new CsmsAnswerRules(csms);
            if (csms != null)
            {
                csms.Files.Uploaded += (name, content) => _log.Note("the CSMS received " + name + " (" + content.Length + " B)");
            }
        }

        /// <summary>CALLs the operator had the embedded CSMS send whose answer (or its absence) is not printed yet.</summary>
        public int CallsInFlight => Volatile.Read(ref _callsInFlight);

        /// <summary>Null when done, otherwise why the command could not be carried out.</summary>
        public string Execute(EmulatorCommand command)
        {
            int id = command.Connector;
            // Connector 0 (the whole charger) has no hardware of its own; only CSMS calls name it.
            SimulatedConnector evse = id == 0 ? null : _charger.Connector(id);
            string name = "connector " + id;
            try
            {
                switch (command.Kind)
                {
                    case CommandKind.Plug:
                        evse.Plug();
                        return Done(name + ": vehicle plugged in" + (evse.FixedCable ? string.Empty : " with a " + evse.CableAmps + " A cable"));
                    case CommandKind.Unplug:
                        return Unplug(evse, name);
                    case CommandKind.EvCharge:
                        evse.AskForEnergy();
                        return Done(name + ": the vehicle asks for energy (" +
                            (evse.State == PilotState.B ? "pilot B until the charger offers current, then C)" : "pilot " + Pilot(evse) + ")"));
                    case CommandKind.EvPause:
                        evse.Pause();
                        return Done(name + ": the vehicle stops asking for energy (pilot " + Pilot(evse) + ")");
                    case CommandKind.Swipe:
                        if (_charger.Reader == null)
                        {
                            return "profile " + _charger.ProfileName + " has no card reader; remote-start starts a session";
                        }

                        _charger.Reader.Present(command.Argument);
                        return Done("card " + command.Argument + " presented to the reader");
                    case CommandKind.Fault:
                        return FaultKinds.Set(evse, command.Argument, true) ?? Done(name + ": fault " + command.Argument + " injected");
                    case CommandKind.ClearFault:
                        foreach (string kind in FaultKinds.Names)
                        {
                            if (kind != FaultKinds.LockJammed || !evse.FixedCable)
                            {
                                FaultKinds.Set(evse, kind, false);
                            }
                        }

                        return Done(name + ": injected faults cleared");
                    case CommandKind.RemoteStart:
                        JsonObject start = new JsonObject { ["connectorId"] = id };
                        if (command.Argument != null)
                        {
                            start["idTag"] = command.Argument;
                        }

                        return CallFromCsms("RemoteStartTransaction", start);
                    case CommandKind.RemoteStop:
                        Transaction transaction = Session(id)?.Transaction;
                        if (transaction == null || transaction.Id == 0)
                        {
                            return name + " has no transaction with an id to stop";
                        }

                        return CallFromCsms("RemoteStopTransaction", new JsonObject { ["transactionId"] = transaction.Id });
                    case CommandKind.PowerCut:
                        _log.Note("power cut: the charger core stops dead; it boots again on the same flash and hardware");
                        _charger.PowerCut();
                        return null;
                    case CommandKind.Reboot:
                        _log.Note("reboot: running transactions stop (reason Reboot), then the charger closes its connection and boots again on the same flash and hardware");
                        _charger.Core.ResetSequence.RequestReboot();
                        return null;
                    case CommandKind.NetworkDown:
                        if (!_charger.Network.Available)
                        {
                            return "the network is already down";
                        }

                        _charger.NetworkDown();
                        return Done("network down: the link is cut and the charger cannot join; it charges on offline");
                    case CommandKind.NetworkUp:
                        if (_charger.Network.Available)
                        {
                            return "the network is already up";
                        }

                        _charger.Network.Available = true;
                        return Done("network up: the charger joins it again within seconds and reconnects");
                    case CommandKind.Status:
                        PrintStatus();
                        return null;
                    case CommandKind.Help:
                        _log.Print(CommandParser.Help);
                        PrintResidualCurrentWaits();
                        return null;
                    case CommandKind.CsmsCall when command.Argument == "update-firmware":
                        return UpdateFirmware(command.Words);
                    case CommandKind.CsmsCall when command.Argument == "get-diagnostics":
                        return _csms == null && command.Words.Length == 0
                            ? "get-diagnostics without a URL needs the embedded CSMS (run without --csms)"
                            : CallFromCsms("GetDiagnostics", CsmsCalls.GetDiagnostics(command.Words.Length == 0 ? _csms.FileUrl(string.Empty) : command.Words[0]));
                    case CommandKind.CsmsCall:
                        Transaction running = Session(id)?.Transaction;
                        JsonObject payload = CsmsCalls.Build(command, _charger.Core.ClockTrust.Clock.UtcNow, running?.Id ?? 0, out string action);
                        return CallFromCsms(action, payload);
                    case CommandKind.CsmsAnswer:
                        return _answers == null ? "csms needs the embedded CSMS (run without --csms)" : Done(_answers.Apply(command.Words));
                    case CommandKind.Config:
                        PrintConfiguration();
                        return null;
                    case CommandKind.Set:
                        return Done("set " + command.Argument + ": " + _charger.Core.Configuration.Change(command.Argument, command.Words[0]));
                    case CommandKind.Ev:
                        return Done(name + ": the vehicle charges on " + EvParameters.Apply(evse, command.Argument, command.Words[0]));
                    default:
                        return command.Kind + " is not carried out here";
                }
            }
            catch (InvalidOperationException e)
            {
                return name + ": " + e.Message;
            }
        }

        private string Unplug(SimulatedConnector evse, string name)
        {
            bool cableInSocket = !evse.FixedCable && evse.IsPlugged;
            if (!evse.VehicleConnected && !cableInSocket)
            {
                return name + " has nothing plugged in";
            }

            bool free = evse.Unplug();
            return Done(free
                ? name + ": cable unplugged"
                : name + ": the vehicle end is out; the cable stays locked in the socket (unplug again once it is unlocked)");
        }

        /// <summary>
        /// The CSMS publishes the package (a version of the emulator's firmware, or a package file) in its file area, or
        /// names a URL, and sends UpdateFirmware for it.
        /// </summary>
        private string UpdateFirmware(string[] words)
        {
            string what = words[0];
            string location = what;
            if (!what.Contains("://", StringComparison.Ordinal))
            {
                if (_csms == null)
                {
                    return "update-firmware of a version or file needs the embedded CSMS (run without --csms), or give a URL";
                }

                byte[] package;
                string name;
                try
                {
                    package = File.Exists(what) ? File.ReadAllBytes(what) : DemoPackages.ForEmulator(what);
                    name = File.Exists(what) ? Path.GetFileName(what) : "nanoevse-" + what + ".nevpkg";
                }
                catch (Exception e) when (e is ArgumentException || e is IOException || e is UnauthorizedAccessException)
                {
                    return "no package for " + what + ": " + e.Message;
                }

                if (words.Length > 1)
                {
                    package[package.Length / 2] ^= 0x20;
                }

                _csms.Files.Publish(name, package);
                location = _csms.FileUrl(name);
                _log.Note("the CSMS publishes " + name + " (" + package.Length + " B" + (words.Length > 1 ? ", one byte flipped" : string.Empty) + ") at " + location);
            }

            return CallFromCsms("UpdateFirmware", CsmsCalls.UpdateFirmware(location, _charger.Core.ClockTrust.Clock.UtcNow));
        }

        private string CallFromCsms(string action, JsonNode payload)
        {
            if (_csms == null)
            {
                return action + " needs the embedded CSMS (run without --csms)";
            }

            if (!_csms.IsConnected(_charger.ChargePointId))
            {
                return "the charger is not connected to the embedded CSMS";
            }

            // Nothing waits for the answer here, so the charger keeps polling; it is printed when it comes.
            Interlocked.Increment(ref _callsInFlight);
            _ = _csms.CallAsync(_charger.ChargePointId, action, payload, CsmsCallTimeout).ContinueWith(call =>
            {
                _log.Note(call.IsCompletedSuccessfully
                    ? CsmsAnswerText.Describe(action, call.Result)
                    : action + ": the CSMS could not send it (" + call.Exception?.GetBaseException().Message + ")");
                Interlocked.Decrement(ref _callsInFlight);
                _charger.WakeUp();
            }, TaskScheduler.Default);
            return Done("the CSMS sends " + action);
        }

        private void PrintStatus()
        {
            Charger core = _charger.Core;
            _log.Note(_charger.ChargePointId + " (profile " + _charger.ProfileName + ", boot " + _charger.Boots + "): " +
                (_charger.Network.IsUp ? string.Empty : "network down, ") +
                (core.Connection.IsOpen ? "connected" : "not connected") + ", " +
                (core.Registration.IsAccepted ? "boot accepted" : "boot not accepted") +
                "; connector 0 " + core.Connectors[0].Status);
            LoadedFirmware firmware = _charger.Firmware;
            _log.Note("firmware " + firmware.Version + (firmware.Slot == null ? " (built in)" : " (slot " + firmware.Slot + ")") + UpdateState(core));
            for (int id = 1; id <= _charger.Connectors.Length; id++)
            {
                SimulatedConnector evse = _charger.Connector(id);
                Connector connector = core.Connectors[id];
                Transaction transaction = Session(id)?.Transaction;
                string line = "connector " + id + ": " + connector.Status + "/" + connector.ErrorCode +
                    "; vehicle " + (evse.VehicleConnected ? "plugged" : "not plugged") +
                    ", pilot " + Pilot(evse) +
                    ", offered " + Amps(evse.OfferedDeciAmps) + " A" +
                    ", contactor " + (evse.IsClosed ? "closed" : "open") +
                    ", " + evse.PowerW + " W, meter " + evse.EnergyWh.ToString(CultureInfo.InvariantCulture) + " Wh";
                if (transaction != null)
                {
                    line += "; transaction " + (transaction.Id == 0 ? "(no id yet)" : transaction.Id.ToString(CultureInfo.InvariantCulture)) +
                        " for card " + transaction.IdTag + ", " + (evse.EnergyWh - transaction.MeterStartWh) + " Wh so far";
                }

                _log.Note(line + "; " + ProfileLimit(id) + "; faults: " + FaultKinds.Present(evse) + "; vehicle " + EvParameters.Describe(evse));
            }

            PrintResidualCurrentWaits();

            PrintJournal(core);
            PrintLocalList(core);
            PrintReservations(core);
            if (_charger.Reader != null && _charger.Reader.Waiting > 0)
            {
                _log.Note(_charger.Reader.Waiting + " card(s) at the reader not read yet");
            }
        }

        /// <summary>Where an update or a diagnostics upload stands, when one runs.</summary>
        private static string UpdateState(Charger core)
        {
            IFileTransferStatus transfers = core.FileTransfers;
            if (transfers == null)
            {
                return string.Empty;
            }

            string text = transfers.FirmwareStatus == "Idle" ? string.Empty : "; update " + transfers.FirmwareStatus;
            return transfers.DiagnosticsStatus == "Idle" ? text : text + "; diagnostics " + transfers.DiagnosticsStatus;
        }

        /// <summary>Every readable key as GetConfiguration reports it; write-only keys (AuthorizationKey) stay out.</summary>
        private void PrintConfiguration()
        {
            ChargerConfiguration config = _charger.Core.Configuration;
            _log.Note("configuration of profile " + _charger.ProfileName + ":");
            for (int i = 0; i < config.Count; i++)
            {
                ConfigKey key = config[i];
                if (key.Access != ConfigKey.WriteOnly)
                {
                    _log.Print("  " + key.Name + " = " + key.Value + (key.Access == ConfigKey.ReadOnly ? " (read-only)" : string.Empty));
                }
            }
        }

        /// <summary>For each connector whose residual-current monitor is tripped, what the charger waits for to clear it.</summary>
        private void PrintResidualCurrentWaits()
        {
            for (int id = 1; id <= _charger.Connectors.Length; id++)
            {
                string wait = ResidualCurrentWait.Describe(_charger.Connector(id), _charger.Core.Charging.Find(id), _charger.Core.ClockTrust.Clock);
                if (wait != null)
                {
                    _log.Note("connector " + id + ": " + wait);
                }
            }
        }

        /// <summary>The local authorization list's version (as GetLocalListVersion reports it) and size, when the profile has one.</summary>
        private void PrintLocalList(Charger core)
        {
            foreach (IFeatureModule module in core.Modules)
            {
                if (module is LocalAuthListModule localList)
                {
                    _log.Note("local list: version " + localList.List.ReportedVersion.ToString(CultureInfo.InvariantCulture) + ", " +
                        localList.List.Count.ToString(CultureInfo.InvariantCulture) + " of " + localList.List.MaxLength.ToString(CultureInfo.InvariantCulture) + " entries");
                }
            }
        }

        /// <summary>What the transaction journal still holds for the CSMS, and how much of its flash budget it takes.</summary>
        private void PrintJournal(Charger core)
        {
            TransactionJournal journal = core.Charging?.Journal;
            if (journal == null)
            {
                return;
            }

            DateTime oldest = journal.OldestPendingUtc;
            string age = oldest == DateTime.MinValue ? "nothing waiting"
                : "oldest " + ((long)(core.ClockTrust.Clock.UtcNow - oldest).TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s old";
            _log.Note("journal: " + journal.PendingStarts + " StartTransaction, " + journal.PendingValues + " MeterValues, " + journal.PendingStops
                + " StopTransaction queued (" + age + "); " + journal.LiveBytes + " of " + TransactionJournal.MaxBytes + " B used"
                + (journal.HasRoomForTransaction ? string.Empty : "; full: no new transaction starts"));
        }

        /// <summary>The reservations the charger holds, on one line; nothing when the profile has no Reservation.</summary>
        private void PrintReservations(Charger core)
        {
            ReservationBook book = null;
            foreach (var module in core.Modules)
            {
                book = (module as ReservationModule)?.Book ?? book;
            }

            if (book == null)
            {
                return;
            }

            string line = "reservations:";
            for (int i = 0; i < book.Count; i++)
            {
                HeldReservation r = book[i];
                line += (i == 0 ? " " : ", ") + r.Id + " on connector " + r.ConnectorId + " for " + r.IdTag
                    + (r.ParentIdTag == null ? string.Empty : " (group " + r.ParentIdTag + ")") + " until " + r.ExpiryUtc.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            }

            _log.Note(book.Count == 0 ? line + " none" : line);
        }

        private static string Amps(int deciAmps)
        {
            return (deciAmps / 10.0).ToString("0.#", CultureInfo.InvariantCulture);
        }

        /// <summary>The limit Smart Charging puts on the connector now, as the sessions read it every poll.</summary>
        private string ProfileLimit(int id)
        {
            ChargingService charging = _charger.Core.Charging;
            IChargingLimit limit = charging?.Limit;
            int deciAmps = limit == null ? int.MaxValue : limit.LimitDeciAmps(id);
            return deciAmps == int.MaxValue ? "no profile limit" : "profile limit " + Amps(deciAmps) + " A" + (deciAmps < 60 ? ", below 6 A: suspended" : string.Empty);
        }

        private ConnectorSession Session(int id)
        {
            ChargingService charging = _charger.Core.Charging;
            return charging == null ? null : charging.Find(id);
        }

        private static string Pilot(SimulatedConnector evse)
        {
            return PilotState.Names[evse.State];
        }

        private string Done(string message)
        {
            _log.Note(message);
            return null;
        }
    }
}
