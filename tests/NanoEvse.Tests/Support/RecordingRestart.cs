using System.Collections.Generic;
using NanoEvse.Hal;

namespace NanoEvse.Tests.Support
{
    /// <summary>A restart hook that only records what was asked: the test decides when the rig reboots.</summary>
    public sealed class RecordingRestart : IRestart
    {
        /// <summary>One entry per request: true for hard, false for soft.</summary>
        public List<bool> Requests { get; } = new List<bool>();

        public void Restart(bool hard)
        {
            Requests.Add(hard);
        }
    }
}
