namespace NanoEvse.Benchmarks
{
    internal static class Program
    {
        private static void Main()
        {
            HeartbeatRoundTrip.Run();
            FrameParse.Run();
            RuntimeFigures.Run();
        }
    }
}
