using System;
using System.IO;
using System.Threading;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Csms;
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

            EmbeddedCsms csms = null;
            string url = options.CsmsUrl;
            if (url == null)
            {
                csms = EmbeddedCsms.StartNew(new CsmsOptions { HeartbeatIntervalSeconds = 10 });
                url = csms.Url(DemoChargePointId);
                output.WriteLine("Embedded CSMS listening on " + url.Substring(0, url.LastIndexOf('/') + 1));
            }

            CsmsAddress address = CsmsAddress.Parse(url, out error);
            if (address == null)
            {
                output.WriteLine("nanoevse-emulator: invalid --csms URL '" + url + "': " + error);
                return ExitUsage;
            }

            HostClock clock = new HostClock();
            HostWebSocketTransport transport = new HostWebSocketTransport();
            using (ConsoleLog log = new ConsoleLog(output, options.LogFile, clock))
            {
                ChargerSettings settings = new ChargerSettings { Address = address, AuthorizationKey = options.AuthorizationKey };
                settings.Identity.FirmwareVersion = "emulator";
                Charger charger = new Charger(settings, clock, transport, log, new Random());
                output.WriteLine("Charger " + address.ChargePointId + " starting; Ctrl+C stops it.");

                DateTime stopAt = options.Duration.HasValue ? DateTime.UtcNow + options.Duration.Value : DateTime.MaxValue;
                while (!cancel.IsCancellationRequested && DateTime.UtcNow < stopAt)
                {
                    charger.Poll();
                    cancel.WaitHandle.WaitOne(10);
                }

                transport.Close();
                output.WriteLine("Stopped: " + log.FramesSent + " frames sent, " + log.FramesReceived + " received.");
            }

            transport.Dispose();
            csms?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
            return ExitOk;
        }
    }
}
