using System;
using System.Diagnostics;
using System.Text;
using NanoEvse.Ocpp.Json;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// Parse cost per KiB of incoming CALL frames of 1, 4 and 16 KiB: one long DataTransfer data string, and a
    /// payload of many small properties. Host time per KiB must stay flat as frames grow. Because the host's
    /// string indexer is O(1) and nanoCLR's walks UTF-8 from the start, it also prints the character work the
    /// reader does per KiB, which is what the device pays for.
    /// </summary>
    internal static class FrameParse
    {
        private static readonly int[] SizesKiB = { 1, 4, 16 };

        public static void Run()
        {
            Console.WriteLine("frame parse (JsonReader over every token, conversion to char[] included):");
            foreach (int kib in SizesKiB)
            {
                Measure("DataTransfer, long data string", kib, LongDataFrame(kib * 1024));
            }

            foreach (int kib in SizesKiB)
            {
                Measure("many small properties        ", kib, ManyPropertiesFrame(kib * 1024));
            }

            Console.WriteLine("  touched = characters copied into a char[] once, each visited once by the cursor, and copied once more into token strings;");
            Console.WriteLine("  a reader indexing the frame string instead would walk i characters of UTF-8 for character i on nanoCLR: about n/2 per character.");
        }

        private static void Measure(string kind, int sizeKiB, string frame)
        {
            JsonReader reader = new JsonReader(string.Empty);
            long copied = ReadAll(reader, frame);
            int rounds = 16000000 / frame.Length;
            for (int i = 0; i < rounds / 4; i++)
            {
                ReadAll(reader, frame);
            }

            // The best of five runs, as the build machine is shared and others' work only ever adds time.
            double bestMs = double.MaxValue;
            for (int run = 0; run < 5; run++)
            {
                Stopwatch watch = Stopwatch.StartNew();
                for (int i = 0; i < rounds; i++)
                {
                    ReadAll(reader, frame);
                }

                bestMs = Math.Min(bestMs, watch.Elapsed.TotalMilliseconds);
            }

            double kib = frame.Length / 1024.0;
            double nsPerKiB = bestMs * 1000000.0 / rounds / kib;
            double touchedPerKiB = (2.0 * frame.Length + copied) / kib;
            double indexerWalkPerKiB = frame.Length / 2.0 * 1024;
            Console.WriteLine("  " + kind + " " + sizeKiB.ToString().PadLeft(2) + " KiB: "
                + nsPerKiB.ToString("0").PadLeft(7) + " ns/KiB on the host, "
                + touchedPerKiB.ToString("0") + " characters touched per KiB (string indexing: "
                + indexerWalkPerKiB.ToString("0") + ")");
        }

        /// <summary>Reads every token of <paramref name="frame"/>, reusing one reader as the RPC layer does; returns the characters copied into token strings.</summary>
        private static long ReadAll(JsonReader reader, string frame)
        {
            reader.Reset(frame);
            long copied = 0;
            while (reader.Read() != JsonToken.EndOfInput)
            {
                if (reader.Value != null)
                {
                    copied += reader.Value.Length;
                }
            }

            return copied;
        }

        /// <summary>A DataTransfer CALL carrying a JSON document as its data string, escaped quotes included.</summary>
        private static string LongDataFrame(int size)
        {
            StringBuilder frame = new StringBuilder("[2,\"bench-1\",\"DataTransfer\",{\"vendorId\":\"com.example\",\"messageId\":\"blob\",\"data\":\"");
            const string chunk = "{\\\"sample\\\":12345,\\\"unit\\\":\\\"Wh\\\"},";
            while (frame.Length + chunk.Length + 3 <= size)
            {
                frame.Append(chunk);
            }

            frame.Append('x', size - frame.Length - 3);
            return frame.Append("\"}]").ToString();
        }

        /// <summary>A CALL whose payload is many short properties of every kind.</summary>
        private static string ManyPropertiesFrame(int size)
        {
            StringBuilder frame = new StringBuilder("[2,\"bench-2\",\"DataTransfer\",{\"vendorId\":\"com.example\"");
            for (int i = 0; frame.Length < size - 40; i++)
            {
                frame.Append(",\"p").Append(i).Append("\":");
                switch (i % 4)
                {
                    case 0: frame.Append(i); break;
                    case 1: frame.Append("\"v").Append(i).Append('"'); break;
                    case 2: frame.Append(i % 8 == 2 ? "true" : "false"); break;
                    default: frame.Append("[1.5,null]"); break;
                }
            }

            frame.Append(",\"pad\":\"").Append('x', Math.Max(0, size - frame.Length - 12)).Append("\"}]");
            return frame.ToString();
        }
    }
}
