using System.Collections.Generic;
using System.Globalization;
using NanoEvse.Tooling.Partitions;

namespace NanoEvse.Tooling
{
    /// <summary>The nanoff command line that writes an application image to the deploy partition.</summary>
    public static class DeployCommand
    {
        /// <summary>nanoff's own default deploy address is hard-coded and older than the current layout, so always pass it.</summary>
        public static IReadOnlyList<string> NanoffArguments(PartitionTable table, string target, string serialPort, string image)
        {
            return new[]
            {
                "--target", target,
                "--serialport", serialPort,
                "--deploy",
                "--image", image,
                "--address", Hex(table.Deploy.Offset),
            };
        }

        public static string Hex(uint value)
        {
            return "0x" + value.ToString("X", CultureInfo.InvariantCulture);
        }
    }
}
