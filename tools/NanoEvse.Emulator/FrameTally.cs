using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// Watches the OCPP frames going by: how many CALLs of each action went each way (the run's summary), and
    /// whether a CALL of the charger's still waits for its answer (the emulator then runs the clock at real speed,
    /// so the charger's response timeout holds whatever --speed is).
    /// </summary>
    public sealed class FrameTally
    {
        private readonly object _gate = new object();
        private readonly SortedDictionary<string, int> _sent = new SortedDictionary<string, int>(StringComparer.Ordinal);
        private readonly SortedDictionary<string, int> _received = new SortedDictionary<string, int>(StringComparer.Ordinal);
        private bool _awaiting;

        public bool AwaitingResponse
        {
            get { lock (_gate) { return _awaiting; } }
        }

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

        public void Observe(bool outgoing, string frame)
        {
            int type = Head(frame, out string action);
            lock (_gate)
            {
                if (type == 2 && action != null)
                {
                    SortedDictionary<string, int> counts = outgoing ? _sent : _received;
                    counts[action] = counts.GetValueOrDefault(action) + 1;
                }

                if (outgoing && type == 2)
                {
                    _awaiting = true;
                }
                else if (!outgoing && (type == 3 || type == 4))
                {
                    _awaiting = false;
                }
            }
        }

        /// <summary>A new charger core has nothing outstanding.</summary>
        public void Forget()
        {
            lock (_gate)
            {
                _awaiting = false;
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
