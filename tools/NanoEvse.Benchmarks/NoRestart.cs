using System.Threading;
using NanoEvse.Hal;

namespace NanoEvse.Benchmarks
{
    /// <summary>A restart hook that only counts (from either thread): nothing in a benchmark run should ask for one.</summary>
    internal sealed class NoRestart : IRestart
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        public void Restart(bool hard)
        {
            Interlocked.Increment(ref _requests);
        }
    }
}
