namespace NanoEvse.Benchmarks
{
    internal static class Program
    {
        private static void Main()
        {
            HeartbeatRoundTrip.Run();
            FrameParse.Run();
            Sha256Throughput.Run();
            FirmwareUpdateTime.Run();
            RuntimeFigures.Run();
        }
    }
}
