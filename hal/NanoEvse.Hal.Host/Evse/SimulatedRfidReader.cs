using System;
using System.Collections.Concurrent;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Hal.Host.Evse
{
    /// <summary>A card reader that tests and the emulator present cards to; each card is read once, in order.</summary>
    public sealed class SimulatedRfidReader : IRfidReader
    {
        private readonly ConcurrentQueue<string> _tags = new ConcurrentQueue<string>();

        /// <summary>Cards presented and not read yet.</summary>
        public int Waiting => _tags.Count;

        public void Present(string tag)
        {
            if (string.IsNullOrEmpty(tag))
            {
                throw new ArgumentException("A card has an id", nameof(tag));
            }

            _tags.Enqueue(tag);
        }

        public string TakeTag()
        {
            return _tags.TryDequeue(out string tag) ? tag : null;
        }
    }
}
