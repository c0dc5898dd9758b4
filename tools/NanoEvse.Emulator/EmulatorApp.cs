using System;
using System.Globalization;
using System.IO;
using System.Threading;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Csms;
using NanoEvse.Emulator.Commands;
using NanoEvse.Emulator.Dashboard;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Emulator
{
    /// <summary>Runs one virtual charger: the demo, a script, or commands from the console.</summary>
    public static class EmulatorApp
    {
        public const int ExitOk = 0;
        public const int ExitUsage = 2;
        private const string DemoChargePointId = "CP001";

        /// <summary>The embedded CSMS asks for a heartbeat about this often in real time, whatever the speed.</summary>
        private const int RealHeartbeatSeconds = 10;

        /// <summary>Runs without a console: the demo, a script, or an interactive run that gets no commands.</summary>
        public static int Run(string[] args, TextWriter output, CancellationToken cancel)
        {
            return Run(args, TextReader.Null, output, cancel);
        }

        public static int Run(string[] args, TextReader input, TextWriter output, CancellationToken cancel)
        {
            EmulatorOptions options = EmulatorOptions.Parse(args, out string error);
            if (options == null || options.ShowHelp)
            {
                output.WriteLine(options == null ? "nanoevse-emulator: " + error : EmulatorOptions.Usage);
                if (options == null)
                {
                    output.WriteLine(EmulatorOptions.Usage);
                }

                return options == null ? ExitUsage : ExitOk;
            }

            ScaledClock clock = new ScaledClock(1);
            ConsoleLog log = OpenLog(output, options, clock, out error);
            if (log == null)
            {
                return Fail(output, error);
            }

            using (log)
            {
                output = log.Lines;
                IFileStore flash = OpenFlash(options.DataDirectory, out error);
                ChargerSetup setup = flash == null ? null : ChargerSetup.Resolve(options, flash, log, output, out error);
                if (setup == null)
                {
                    return Fail(output, error);
                }

                bool demo = options.ScriptFile == null && !options.Interactive && setup.CsmsUrl == null && options.WebPort == null;
                EmulatorScript script = null;
                if (options.ScriptFile != null)
                {
                    script = EmulatorScript.Load(options.ScriptFile, setup.Profile.NumberOfConnectors, out error);
                    if (script == null)
                    {
                        return Fail(output, error);
                    }
                }
                else if (demo)
                {
                    script = DemoScript.Build(setup.Profile.RfidReader, options.EvPlugged, setup.Profile.NumberOfConnectors);
                }

                double speed = options.Speed ?? (demo ? EmulatorOptions.DemoSpeed : 1);
                EmbeddedCsms csms = null;
                try
                {
                    string url = setup.CsmsUrl;
                    if (url == null)
                    {
                        csms = EmbeddedCsms.StartNew(new CsmsOptions
                        {
                            HeartbeatIntervalSeconds = (int)Math.Min(86400, Math.Round(RealHeartbeatSeconds * speed)),
                            // The CSMS lives in the charger's time, so setting the clock from it never sends it back.
                            CurrentTime = () => clock.UtcNow,
                        });
                        url = csms.Url(DemoChargePointId);
                        output.WriteLine("Embedded CSMS listening on " + url.Substring(0, url.LastIndexOf('/') + 1));
                    }

                    error = CsmsUrlCheck.Problem(url);
                    if (error != null)
                    {
                        return Fail(output, "invalid --csms URL '" + url + "': " + error);
                    }

                    CsmsAddress address = CsmsAddress.Parse(url, out _);
                    TlsSettings tls = TlsFiles.Load(options, url, out error);
                    if (error != null)
                    {
                        return Fail(output, error);
                    }

                    ChargerSettings settings = new ChargerSettings
                    {
                        Address = address,
                        AuthorizationKey = setup.AuthorizationKey,
                        Profile = setup.Profile,
                    };
                    string flashText = options.DataDirectory == null
                        ? "flash in memory (nothing persists; --data-dir DIR keeps it)"
                        : "flash in " + Path.GetFullPath(options.DataDirectory) + " (kept between runs)";
                    output.WriteLine("Charger " + address.ChargePointId + ": profile " + setup.Profile.Name + ", " + flashText);
                    ICommandSource source = script != null
                        ? new ScriptSource(script)
                        : options.Interactive
                            ? new InteractiveSource(input, setup.Profile.NumberOfConnectors)
                            : new ConsoleSource(input, setup.Profile.NumberOfConnectors);
                    return RunCharger(settings, setup, tls, options, source, speed, flash, clock, log, csms, output, cancel);
                }
                finally
                {
                    csms?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
                }
            }
        }

        private static int RunCharger(ChargerSettings settings, ChargerSetup setup, TlsSettings tls, EmulatorOptions options,
            ICommandSource source, double speed, IFileStore flash, ScaledClock clock, ConsoleLog log, EmbeddedCsms csms, TextWriter output,
            CancellationToken cancel)
        {
            using (HostWebSocketTransport transport = new HostWebSocketTransport { ConnectDelay = options.SlowConnect, Tls = tls })
            {
                EmulatedCharger charger = new EmulatedCharger(settings, clock, transport, log, flash, tls);
                ConfigKey storedKey = charger.Core.Configuration.Find(KeyNames.AuthorizationKey);
                if (settings.AuthorizationKey != null && storedKey != null && storedKey.Value != settings.AuthorizationKey)
                {
                    output.WriteLine("Note: the AuthorizationKey stored in the flash replaces the given auth key.");
                }

                string error = FirstBootConfiguration.Apply(charger.Core.Configuration, charger.Core.Storage, options.Configuration, output);
                if (error != null)
                {
                    return Fail(output, error);
                }

                if (setup.RecordProfile)
                {
                    ProfileRecord.Save(flash, setup.Profile.Name);
                }

                if (options.EvPlugged)
                {
                    PlugEagerVehicle(charger.Connector(1));
                    output.WriteLine("A vehicle is plugged into connector 1 and asks for energy as soon as it is offered.");
                }

                AutoPlugDriver drivers = null;
                if (options.AutoPlug)
                {
                    drivers = new AutoPlugDriver(charger, log);
                    output.WriteLine("Auto-plug: a vehicle is plugged in wherever a session is authorized, and unplugged after it.");
                }

                output.WriteLine(Intro(options, source, speed, settings.Address.ChargePointId));
                CommandExecutor executor = new CommandExecutor(charger, log, csms);
                EmulatorRun run = new EmulatorRun(charger, clock, speed, log, executor) { Drivers = drivers };
                if (options.WebPort == null)
                {
                    return run.Run(source, options.Duration, cancel);
                }

                return RunWithDashboard(run, charger, csms != null, options.WebPort.Value, log, output, source, options.Duration, cancel);
            }
        }

        private static int RunWithDashboard(EmulatorRun run, EmulatedCharger charger, bool embeddedCsms, int port, ConsoleLog log, TextWriter output,
            ICommandSource source, TimeSpan? duration, CancellationToken cancel)
        {
            DashboardFeed feed = new DashboardFeed { Arrived = charger.WakeUp };
            DashboardServer server;
            try
            {
                server = DashboardServer.Start(feed, charger.Connectors.Length, port);
            }
            catch (IOException e)
            {
                return Fail(output, "cannot serve the dashboard on port " + port + ": " + e.Message);
            }

            log.Emitted += feed.Observe;
            try
            {
                output.WriteLine("Dashboard on " + server.Url);
                run.Dashboard = new DashboardPublisher(charger, embeddedCsms, feed);
                return run.Run(source, duration, cancel);
            }
            finally
            {
                log.Emitted -= feed.Observe;
                feed.Close();
                server.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
            }
        }

        private static string Intro(EmulatorOptions options, ICommandSource source, double speed, string chargePointId)
        {
            string pace = speed == 1 ? "in real time" : "at " + speed.ToString(CultureInfo.InvariantCulture) + " times real time";
            if (!source.StopsOnError)
            {
                return "Charger " + chargePointId + " starting " + pace + "; type help for the commands, quit or Ctrl+C stops it.";
            }

            return options.ScriptFile == null
                ? "Demo: one charging session " + pace + ", then a summary; Ctrl+C stops it."
                : "Charger " + chargePointId + " running " + options.ScriptFile + " " + pace + "; Ctrl+C stops it.";
        }

        /// <summary>Only this vehicle asks at once; one plugged in later waits for ev-charge like any other.</summary>
        private static void PlugEagerVehicle(SimulatedConnector connector)
        {
            connector.EvAsksAtOnce = true;
            connector.Plug();
            connector.EvAsksAtOnce = false;
        }

        /// <summary>The frame log, or null with the reason when --log names a file that cannot be written.</summary>
        private static ConsoleLog OpenLog(TextWriter output, EmulatorOptions options, ScaledClock clock, out string error)
        {
            error = null;
            LogStyle style = new LogStyle
            {
                // Only the real console, and only a terminal: a pipe, a file or a test's writer gets plain text.
                Colour = !options.Json && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected &&
                    Environment.GetEnvironmentVariable("NO_COLOR") == null,
                Frames = !options.Quiet && !options.NoFrames,
                Info = !options.Quiet,
                Json = options.Json,
            };
            try
            {
                return new ConsoleLog(output, options.LogFile, clock, style);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                error = "cannot write --log " + options.LogFile + ": " + e.Message;
                return null;
            }
        }

        /// <summary>The charger's flash: the --data-dir directory, or memory that is gone when the emulator stops.</summary>
        private static IFileStore OpenFlash(string directory, out string error)
        {
            error = null;
            if (directory == null)
            {
                return new SimulatedFlash();
            }

            try
            {
                return new DirectoryFileStore(directory);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                error = "cannot use --data-dir " + directory + ": " + e.Message;
                return null;
            }
        }

        private static int Fail(TextWriter output, string message)
        {
            output.WriteLine("nanoevse-emulator: " + message);
            return ExitUsage;
        }
    }
}
