using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using NanoEvse.Emulator;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// Real time from the UpdateFirmware CALL reaching the emulator to its FirmwareStatusNotification Installed, at
    /// speed 1: the package over HTTP on loopback, its checks, the restart into the new slot and the new boot.
    /// </summary>
    internal static class FirmwareUpdateTime
    {
        private const int Runs = 5;

        public static void Run()
        {
            string script = Path.Combine(Path.GetTempPath(), "nanoevse-bench-update-" + Environment.ProcessId + ".txt");
            File.WriteAllLines(script, new[] { "wait online", "update-firmware 2.0.0", "wait firmware Installed" });
            try
            {
                List<double> times = new List<double>();
                for (int run = 0; run < Runs; run++)
                {
                    times.Add(Once(script));
                }

                times.Sort();
                Console.WriteLine("firmware update in the emulator, UpdateFirmware to Installed (real time, speed 1, median of "
                    + Runs + "): " + times[Runs / 2].ToString("0", CultureInfo.InvariantCulture) + " ms (fastest "
                    + times[0].ToString("0", CultureInfo.InvariantCulture) + " ms)");
            }
            finally
            {
                File.Delete(script);
            }
        }

        private static double Once(string script)
        {
            StringWriter output = new StringWriter();
            using CancellationTokenSource limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            int exit = EmulatorApp.Run(new[] { "--script", script, "--json", "--speed", "1" }, TextReader.Null, TextWriter.Synchronized(output), limit.Token);
            if (exit != EmulatorApp.ExitOk)
            {
                throw new InvalidOperationException("the update run failed:\n" + output);
            }

            DateTime? requested = null;
            foreach (string line in output.ToString().Split('\n'))
            {
                if (!line.StartsWith("{", StringComparison.Ordinal) || !line.Contains("\"kind\":\"frame\"", StringComparison.Ordinal))
                {
                    continue;
                }

                using JsonDocument entry = JsonDocument.Parse(line);
                string frame = entry.RootElement.GetProperty("frame").GetString();
                DateTime time = DateTime.Parse(entry.RootElement.GetProperty("time").GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
                if (requested == null && frame.Contains("\"UpdateFirmware\"", StringComparison.Ordinal))
                {
                    requested = time;
                }
                else if (requested != null && frame.Contains("\"status\":\"Installed\"", StringComparison.Ordinal))
                {
                    return (time - requested.Value).TotalMilliseconds;
                }
            }

            throw new InvalidOperationException("no Installed after UpdateFirmware in:\n" + output);
        }
    }
}
