using System.Collections.Generic;
using System.Text.Json;

namespace NanoEvse.Emulator
{
    /// <summary>The FirmwareStatusNotifications the charger has sent, in order, for <c>wait firmware STATUS</c>.</summary>
    public sealed class FirmwareStatusWatch
    {
        private readonly object _gate = new object();
        private readonly List<string> _statuses = new List<string>();

        public FirmwareStatusWatch(FrameTally tally)
        {
            tally.Observed += Observe;
        }

        /// <summary>How many have been sent: a wait looks only at those after the count it started at.</summary>
        public int Count
        {
            get { lock (_gate) { return _statuses.Count; } }
        }

        /// <summary>Whether <paramref name="status"/> was sent as the notification numbered <paramref name="from"/> or later.</summary>
        public bool SentSince(int from, string status)
        {
            lock (_gate)
            {
                for (int i = from; i < _statuses.Count; i++)
                {
                    if (_statuses[i] == status)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private void Observe(bool outgoing, string frame)
        {
            if (!outgoing || !frame.Contains("\"FirmwareStatusNotification\"", System.StringComparison.Ordinal))
            {
                return;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(frame);
                JsonElement root = document.RootElement;
                if (root.GetArrayLength() == 4 && root[0].GetInt32() == 2 && root[2].GetString() == "FirmwareStatusNotification"
                    && root[3].TryGetProperty("status", out JsonElement status))
                {
                    lock (_gate)
                    {
                        _statuses.Add(status.GetString());
                    }
                }
            }
            catch (JsonException)
            {
                // A frame cut short in the log: not one to wait for.
            }
        }
    }
}
