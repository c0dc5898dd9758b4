using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using NanoEvse.App;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Model;
using NanoEvse.Emulator.Commands;
using NanoEvse.Emulator.Dashboard;
using NanoEvse.Hal.Host;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// The emulator's main loop: runs the application's main-loop passes as the device does (a pass, then sleep until
    /// a frame arrives or the idle period is over, shortened by the clock's speed), takes commands from the run's
    /// source, carries out waits in charger time, restarts the application when it asks to, and paces the clock.
    /// </summary>
    public sealed class EmulatorRun
    {
        public const int ExitFailed = 1;

        /// <summary>The sleep between passes while the run winds down.</summary>
        private const int DrainPollMs = 10;
        private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(5);

        /// <summary>How long a shutdown waits for the CSMS to take the StopTransactions (they stay journaled after it).</summary>
        private static readonly TimeSpan ShutdownLimit = TimeSpan.FromSeconds(10);

        private readonly EmulatedCharger _charger;
        private readonly ScaledClock _clock;
        private readonly double _speed;
        private readonly ConsoleLog _log;
        private readonly CommandExecutor _executor;
        private readonly FirmwareStatusWatch _firmware;
        private EmulatorCommand _waiting;
        private long _waitFromMs;
        private int _waitFromFirmware;

        public EmulatorRun(EmulatedCharger charger, ScaledClock clock, double speed, ConsoleLog log, CommandExecutor executor)
        {
            _charger = charger;
            _clock = clock;
            _speed = speed;
            _log = log;
            _executor = executor;
            _firmware = new FirmwareStatusWatch(log.Tally);
        }

        /// <summary>The --auto-plug drivers, or null.</summary>
        public AutoPlugDriver Drivers { get; set; }

        /// <summary>The --web dashboard's side of the main loop, or null.</summary>
        public DashboardPublisher Dashboard { get; set; }

        /// <summary>Runs until the source is finished, quit, a script command fails, the duration is over or cancelled; prints the summary.</summary>
        public int Run(ICommandSource source, TimeSpan? duration, CancellationToken cancel)
        {
            if (source is ConsoleSource console)
            {
                console.Arrived = _charger.WakeUp;
            }
            else if (source is InteractiveSource interactive)
            {
                interactive.Arrived = _charger.WakeUp;
            }

            RunSummary summary = new RunSummary(_charger, _clock, _speed, _log);
            Stopwatch real = Stopwatch.StartNew();
            string failure = null;
            bool quit = false;
            while (!cancel.IsCancellationRequested && (duration == null || real.Elapsed < duration.Value))
            {
                failure = CheckWait(source);
                while (failure == null && !quit && _waiting == null && source.TryNext(out EmulatorCommand command, out string error))
                {
                    if (error != null)
                    {
                        failure = Report(source, error);
                        continue;
                    }

                    _log.Note("> " + command.Text);
                    quit = command.Kind == CommandKind.Quit;
                    if (IsWait(command.Kind))
                    {
                        _waiting = command;
                        _waitFromMs = _clock.MonotonicMs;
                        _waitFromFirmware = _firmware.Count;
                    }
                    else if (!quit)
                    {
                        string problem = _executor.Execute(command);
                        failure = problem == null ? null : Report(source, source.StopsOnError ? source.Where(command) + ": " + problem : problem);
                    }
                }

                if (failure != null || quit || (_waiting == null && source.Finished))
                {
                    break;
                }

                _charger.App.Step();
                Drivers?.Poll();
                if (_charger.TakeRestartRequest(out bool hard))
                {
                    _log.Note("the charger asks for a " + (hard ? "hard" : "soft") + " restart: rebooting on the same flash and hardware");
                    _charger.Reboot();
                }

                ServeDashboard();

                _clock.Speed = WaitsOnNetwork() ? 1 : _speed;
                using (cancel.Register(_charger.WakeUp))
                {
                    _charger.App.WaitForWork(SleepMs());
                }
            }

            bool timeUp = duration != null && real.Elapsed >= duration.Value;
            bool cutShort = failure == null && !quit && (_waiting != null || !source.Finished) && timeUp && source.StopsOnError;
            if (failure == null && (quit || !source.StopsOnError || cancel.IsCancellationRequested || timeUp))
            {
                ShutDown();
            }

            Drain();
            _charger.Close();
            _log.Print("Stopped: " + _log.FramesSent + " frames sent, " + _log.FramesReceived + " received.");
            summary.Print(real.Elapsed);
            if (cutShort)
            {
                failure = "--duration " + duration.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture) +
                    " s ended the run before its commands were done";
            }

            if (failure != null)
            {
                _log.Print("nanoevse-emulator: " + failure);
                return ExitFailed;
            }

            return EmulatorApp.ExitOk;
        }

        /// <summary>
        /// Carries out the page's commands between passes, as typed ones are, while a script waits too; then lets
        /// the page see the outcome.
        /// </summary>
        private void ServeDashboard()
        {
            if (Dashboard == null)
            {
                return;
            }

            List<(DashboardCommand Command, string Problem)> done = new List<(DashboardCommand, string)>();
            while (Dashboard.Feed.TryTake(out DashboardCommand pending))
            {
                _log.Note("> " + pending.Command.Text + " (dashboard)");
                done.Add((pending, _executor.Execute(pending.Command)));
            }

            // Published before the answers, so a page that reads the state after its answer sees the command's effect.
            Dashboard.Pass(now: done.Count > 0);
            foreach ((DashboardCommand command, string problem) in done)
            {
                command.Complete(problem);
            }
        }

        /// <summary>
        /// The owner switches the charger off (Ctrl+C, --duration, quit, the end of --interactive input): running
        /// transactions stop with reason Reboot, OCPP 1.6's "locally initiated reset" (Local means the driver ended the
        /// session), through the firmware's own reset sequence, which restarts once the CSMS has the StopTransactions.
        /// The emulator closes at that point instead of booting again.
        /// </summary>
        private void ShutDown()
        {
            Charger core = _charger.Core;
            if (core.Charging == null || Array.TrueForAll(core.Charging.Sessions, session => session.Transaction == null))
            {
                return;
            }

            _log.Note("shutting down: running transactions stop (reason Reboot)");
            _clock.Speed = 1;
            core.ResetSequence.RequestReboot();
            Stopwatch patience = Stopwatch.StartNew();
            while (!_charger.TakeRestartRequest(out _) && patience.Elapsed < ShutdownLimit)
            {
                _charger.App.Step();
                _charger.App.WaitForWork(DrainPollMs);
            }
        }

        /// <summary>
        /// Lets the charger send what it has queued (the last StatusNotification, say) and answer the operator's CSMS
        /// calls before the link closes. The endpoint sends its next CALL in the same poll that takes an answer, so a
        /// poll that leaves nothing awaited leaves nothing queued.
        /// </summary>
        private void Drain()
        {
            _clock.Speed = 1;
            Stopwatch patience = Stopwatch.StartNew();
            Charger core = _charger.Core;
            do
            {
                _charger.App.Step();
                _charger.App.WaitForWork(DrainPollMs);
            }
            while (core.Connection.IsOpen && core.Registration.IsAccepted && (core.Endpoint.AwaitsResponse || _executor.CallsInFlight > 0) &&
                patience.Elapsed < DrainLimit);
        }

        /// <summary>
        /// How long to sleep after a pass: the application's idle period in charger time, so timers fire on time at any
        /// speed. A frame, a typed command or Ctrl+C wakes the loop earlier.
        /// </summary>
        private int SleepMs()
        {
            return Math.Max(1, (int)(ChargerApp.IdlePollMs / _clock.Speed));
        }

        private static bool IsWait(CommandKind kind)
        {
            return kind == CommandKind.Wait || kind == CommandKind.WaitOnline || kind == CommandKind.WaitStatus || kind == CommandKind.WaitAnswers
                || kind == CommandKind.WaitFirmware;
        }

        /// <summary>A script's failure, or null after printing a console error.</summary>
        private string Report(ICommandSource source, string error)
        {
            if (source.StopsOnError)
            {
                return error;
            }

            _log.Note("error: " + error);
            return null;
        }

        /// <summary>Ends the current wait when its time has come or its condition holds; a failure when a condition took too long.</summary>
        private string CheckWait(ICommandSource source)
        {
            if (_waiting == null)
            {
                return null;
            }

            long elapsed = _clock.MonotonicMs - _waitFromMs;
            Charger core = _charger.Core;
            bool done;
            string miss;
            switch (_waiting.Kind)
            {
                case CommandKind.WaitOnline:
                    done = core.Connection.IsOpen && core.Registration.IsAccepted && !core.ResetSequence.InProgress;
                    miss = "the charger was not online";
                    break;
                case CommandKind.WaitStatus:
                    Connector connector = core.Connectors[_waiting.Connector];
                    done = connector.Status == _waiting.Argument && (!connector.Unreported || !core.Registration.IsAccepted);
                    miss = "connector " + _waiting.Connector + " was not " + _waiting.Argument + " (it is " + connector.Status + ")";
                    break;
                case CommandKind.WaitFirmware:
                    done = _firmware.SentSince(_waitFromFirmware, _waiting.Argument);
                    miss = "the charger sent no FirmwareStatusNotification " + _waiting.Argument;
                    break;
                case CommandKind.WaitAnswers:
                    done = _executor.CallsInFlight == 0;
                    miss = _executor.CallsInFlight + " CSMS call(s) still unanswered";
                    break;
                default:
                    done = elapsed >= _waiting.Milliseconds;
                    miss = null;
                    break;
            }

            if (done)
            {
                _waiting = null;
                return null;
            }

            if (miss == null || elapsed < _waiting.Milliseconds)
            {
                return null;
            }

            string error = miss + " within " + DurationText.Format(_waiting.Milliseconds);
            EmulatorCommand command = _waiting;
            _waiting = null;
            return Report(source, source.StopsOnError ? source.Where(command) + ": " + error : error);
        }

        /// <summary>
        /// Connecting, or waiting for the answer to a CALL: the charger's timeouts for these run on its clock, so the
        /// clock goes at real speed meanwhile and a fast run never times out a healthy CSMS.
        /// </summary>
        private bool WaitsOnNetwork()
        {
            Charger core = _charger.Core;
            bool connecting = !core.Connection.IsOpen && !core.Connection.IsIdle;
            return connecting || core.Endpoint.AwaitsResponse;
        }
    }
}
