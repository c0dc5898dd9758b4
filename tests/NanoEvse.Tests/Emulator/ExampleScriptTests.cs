using System;
using System.IO;
using System.Threading;
using NanoEvse.Emulator;
using NanoEvse.Tests.Project;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>The example scripts the README points to run to the end as it describes.</summary>
    public class ExampleScriptTests
    {
        [Fact]
        public void The_outage_and_power_cut_example_delivers_every_value_before_a_PowerLoss_stop()
        {
            string script = Path.Combine(RepoPaths.Root, "tools", "NanoEvse.Emulator", "examples", "outage-power-cut.txt");
            StringWriter output = new StringWriter();
            using CancellationTokenSource limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));

            int exit = EmulatorApp.Run(new[] { "--script", script, "--speed", "120", "--config", "MeterValueSampleInterval=30" },
                TextReader.Null, TextWriter.Synchronized(output), limit.Token);

            string text = output.ToString();
            Assert.True(exit == EmulatorApp.ExitOk, text);
            int lastValue = text.LastIndexOf("\"MeterValues\"", StringComparison.Ordinal);
            int stop = text.IndexOf("\"reason\":\"PowerLoss\"", StringComparison.Ordinal);
            Assert.True(stop > lastValue && lastValue > 0, "every MeterValues before the PowerLoss stop:\n" + text);
            Assert.Contains("journal: 0 StartTransaction, 0 MeterValues, 0 StopTransaction queued", text);
        }
    }
}
