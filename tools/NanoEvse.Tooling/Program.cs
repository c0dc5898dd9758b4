using System;
using System.Collections.Generic;
using System.IO;
using NanoEvse.Tooling.Partitions;

namespace NanoEvse.Tooling
{
    /// <summary>
    /// NanoEvse.Tooling partitions [--file partitions.csv]      validate and summarise the flash layout
    /// NanoEvse.Tooling deploy-address [--file partitions.csv]  print the deploy partition offset (for scripts)
    /// NanoEvse.Tooling config-size [--file partitions.csv]     print the config (littlefs) partition size in bytes
    /// NanoEvse.Tooling check-image --image app.bin [--file]    fail if the image does not fit the deploy partition
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 0 || args.Length % 2 == 0)
            {
                return Usage();
            }

            var options = new Dictionary<string, string>();
            for (int i = 1; i < args.Length; i += 2)
            {
                options[args[i]] = args[i + 1];
            }

            string file = options.TryGetValue("--file", out string given) ? given : FindPartitionsCsv();
            if (file == null || !File.Exists(file))
            {
                Console.Error.WriteLine("partitions.csv not found; pass --file <path>");
                return 2;
            }

            PartitionTable table;
            try
            {
                table = PartitionTable.Load(file);
            }
            catch (PartitionTableException e)
            {
                Console.Error.WriteLine($"{file}: {e.Message}");
                return 1;
            }

            IReadOnlyList<string> problems = table.Validate(PartitionTableValidator.FourMegabytes);
            if (problems.Count > 0)
            {
                foreach (string problem in problems)
                {
                    Console.Error.WriteLine($"{file}: {problem}");
                }

                return 1;
            }

            switch (args[0])
            {
                case "partitions":
                    PrintSummary(file, table);
                    return 0;
                case "deploy-address":
                    Console.WriteLine(DeployCommand.Hex(table.Deploy.Offset));
                    return 0;
                case "config-size":
                    Console.WriteLine(table.Config.Size);
                    return 0;
                case "check-image":
                    return options.TryGetValue("--image", out string image) ? CheckImage(table, image) : Usage();
                default:
                    return Usage();
            }
        }

        private static void PrintSummary(string file, PartitionTable table)
        {
            Console.WriteLine($"{file}: valid, {table.Partitions.Count} partitions in 4 MB flash");
            foreach (Partition partition in table.Partitions)
            {
                Console.WriteLine($"  {partition.Name,-16} {PartitionTypes.TypeName(partition.Type),-5} {PartitionTypes.SubTypeName(partition.Type, partition.SubType),-9} {DeployCommand.Hex(partition.Offset),9} {partition.Size / 1024,6} KiB");
            }

            Console.WriteLine($"deploy address: {DeployCommand.Hex(table.Deploy.Offset)} (app images up to {table.Deploy.Size:N0} bytes)");
            Console.WriteLine($"config (littlefs, drive I:) size: {table.Config.Size:N0} bytes");
            Console.WriteLine("nanoff " + string.Join(" ", DeployCommand.NanoffArguments(table, "<target>", "<port>", "<app.bin>")));
        }

        private static int CheckImage(PartitionTable table, string image)
        {
            if (!File.Exists(image))
            {
                Console.Error.WriteLine($"{image}: not found");
                return 1;
            }

            long length = new FileInfo(image).Length;
            if (length > table.Deploy.Size)
            {
                Console.Error.WriteLine($"{image}: {length:N0} bytes do not fit the deploy partition ({table.Deploy.Size:N0} bytes)");
                return 1;
            }

            Console.WriteLine($"{image}: {length:N0} of {table.Deploy.Size:N0} bytes of the deploy partition");
            return 0;
        }

        /// <summary>partitions.csv in the current folder or the nearest folder above it.</summary>
        private static string FindPartitionsCsv()
        {
            for (DirectoryInfo dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "partitions.csv");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        private static int Usage()
        {
            Console.Error.WriteLine("usage: NanoEvse.Tooling partitions|deploy-address|config-size|check-image [--file partitions.csv] [--image app.bin]");
            return 2;
        }
    }
}
