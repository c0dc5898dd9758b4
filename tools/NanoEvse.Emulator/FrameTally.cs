using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace NanoEvse.Emulator
{
    /// <summary>Watches the OCPP frames going by: how many CALLs of each action went each way (the run's summary).</summary>
    public sealed class FrameTally
    {
        private readonly object _gate = new object();
        private readonly SortedDictionary<string, int> _sent = new SortedDictionary<string, int>(StringComparer.Ordinal);
        private readonly SortedDictionary<string, int> _received = new SortedDictionary<string, int>(StringComparer.Ordinal);

        /// <summary>CALLs the charger sent, by action.</summary>
        public IReadOnlyDictionary<string, int> Sent
        {
            get { lock (_gate) { return new SortedDictionary<string, int>(_sent); } }
        }

        /// <summary>CALLs the CSMS sent, by action.</summary>
        public IReadOnlyDictionary<string, int> Received
        {
            get { lock (_gate) { return new SortedDictionary<string, int>(_received); } }
        }

        /// <summary>Every frame as it goes by (argument: outgoing, text), for watchers that read more than its head.</summary>
        public event Action<bool, string> Observed;

        public void Observe(bool outgoing, string frame)
        {
            Observed?.Invoke(outgoing, frame);
            int type = Head(frame, out string action);
            lock (_gate)
            {
                if (type == 2 && action != null)
                {
                    SortedDictionary<string, int> counts = outgoing ? _sent : _received;
                    counts[action] = counts.GetValueOrDefault(action) + 1;
                }
            }
        }

        /// <summary>The message type and, for a CALL, the action; only the frame's head is read, as logged frames may be cut short.</summary>
        private static int Head(string frame, out string action)
        {
            action = null;
            try
            {
                Utf8JsonReader reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(frame), isFinalBlock: false, default);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.Number)
                {
                    return 0;
                }

                int type = reader.GetInt32();
                if (type == 2 && reader.Read() && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    action = reader.GetString();
                }

                return type;
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is FormatException)
            {
                return 0;
            }
        }
    }
}
