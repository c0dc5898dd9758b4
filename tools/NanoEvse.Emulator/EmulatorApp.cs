using System;
using System.IO;
using System.Threading;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Csms;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;

namespace NanoEvse.Emulator
{
    /// <summary>Runs one virtual charger in real time until the duration is over or it is cancelled.</summary>
    public static class EmulatorApp
    {
        public const int ExitOk = 0;
        public const int ExitUsage = 2;
        private const string DemoChargePointId = "CP001";

        public static int Run(string[] args, TextWriter output, CancellationToken cancel)
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

            HostClock clock = new HostClock();
            using (ConsoleLog log = new ConsoleLog(output, options.LogFile, clock))
            {
                IFileStore flash = OpenFlash(options.DataDirectory, out error);
                ChargerSetup setup = flash == null ? null : ChargerSetup.Resolve(options, flash, log, output, out error);
                if (setup == null)
                {
                    return Fail(output, error);
                }

                EmbeddedCsms csms = null;
                try
                {
                    string url = setup.CsmsUrl;
                    if (url == null)
                    {
                        csms = EmbeddedCsms.StartNew(new CsmsOptions { HeartbeatIntervalSeconds = 10 });
                        url = csms.Url(DemoChargePointId);
                        output.WriteLine("Embedded CSMS listening on " + url.Substring(0, url.LastIndexOf('/') + 1));
                    }

                    CsmsAddress address = CsmsAddress.Parse(url, out error);
                    if (address == null)
                    {
                        return Fail(output, "invalid --csms URL '" + url + "': " + error);
                    }

                    ChargerSettings settings = new ChargerSettings
                    {
                        Address = address,
                        AuthorizationKey = setup.AuthorizationKey,
                        Profile = setup.Profile,
                    };
                    settings.Identity.FirmwareVersion = "emulator";
                    string flashText = options.DataDirectory == null
                        ? "flash in memory (nothing persists; --data-dir DIR keeps it)"
                        : "flash in " + Path.GetFullPath(options.DataDirectory) + " (kept between runs)";
                    output.WriteLine("Charger " + address.ChargePointId + ": profile " + setup.Profile.Name + ", " + flashText);
                    return RunCharger(settings, options, flash, clock, log, output, cancel);
                }
                finally
                {
                    csms?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
                }
            }
        }

        private static int RunCharger(ChargerSettings settings, EmulatorOptions options, IFileStore flash, HostClock clock,
            ConsoleLog log, TextWriter output, CancellationToken cancel)
        {
            using (HostWebSocketTransport transport = new HostWebSocketTransport())
            {
                Charger charger = new Charger(settings, clock, transport, log, new Random(), flash);
                ConfigKey storedKey = charger.Configuration.Find(KeyNames.AuthorizationKey);
                if (settings.AuthorizationKey != null && storedKey != null && storedKey.Value != settings.AuthorizationKey)
                {
                    output.WriteLine("Note: the AuthorizationKey stored in the flash replaces the given auth key.");
                }

                string error = FirstBootConfiguration.Apply(charger.Configuration, charger.Storage, options.Configuration, output);
                if (error != null)
                {
                    return Fail(output, error);
                }

                output.WriteLine("Charger " + settings.Address.ChargePointId + " starting; Ctrl+C stops it.");
                DateTime stopAt = options.Duration.HasValue ? DateTime.UtcNow + options.Duration.Value : DateTime.MaxValue;
                while (!cancel.IsCancellationRequested && DateTime.UtcNow < stopAt)
                {
                    charger.Poll();
                    cancel.WaitHandle.WaitOne(10);
                }

                transport.Close();
                output.WriteLine("Stopped: " + log.FramesSent + " frames sent, " + log.FramesReceived + " received.");
                return ExitOk;
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
