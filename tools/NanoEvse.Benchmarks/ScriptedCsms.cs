using System;
using System.Globalization;
using System.Text.Json;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// Plays a CSMS that accepts everything over a <see cref="ScriptedTransport"/> in virtual time. Every frame the
    /// charger sent is taken off the link, so the link holds nothing between calls and does not count as memory.
    /// </summary>
    internal sealed class ScriptedCsms
    {
        private readonly ScriptedTransport _link;
        private readonly IClock _clock;
        private readonly int _heartbeatSeconds;
        private int _transactions;

        public ScriptedCsms(ScriptedTransport link, IClock clock, int heartbeatSeconds)
        {
            _link = link;
            _clock = clock;
            _heartbeatSeconds = heartbeatSeconds;
        }

        /// <summary>CALLs answered so far.</summary>
        public int Answered { get; private set; }

        /// <summary>MeterValues CALLs answered so far.</summary>
        public int MeterValues { get; private set; }

        /// <summary>Answers every CALL the charger has sent since the last call.</summary>
        public void AnswerAll()
        {
            while (_link.Sent.Count > 0)
            {
                string frame = _link.Sent[0];
                _link.Sent.RemoveAt(0);
                using JsonDocument document = JsonDocument.Parse(frame);
                JsonElement root = document.RootElement;
                if (root[0].GetInt32() != 2)
                {
                    continue;
                }

                string action = root[2].GetString();
                MeterValues += action == "MeterValues" ? 1 : 0;
                Answered++;
                _link.Deliver("[3,\"" + root[1].GetString() + "\"," + Answer(action) + "]");
            }
        }

        private string Answer(string action)
        {
            string now = "\"" + _clock.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) + "\"";
            const string accepted = "{\"status\":\"Accepted\"}";
            switch (action)
            {
                case "BootNotification":
                    return "{\"status\":\"Accepted\",\"currentTime\":" + now + ",\"interval\":" + _heartbeatSeconds + "}";
                case "Heartbeat":
                    return "{\"currentTime\":" + now + "}";
                case "Authorize":
                case "StopTransaction":
                    return "{\"idTagInfo\":" + accepted + "}";
                case "StartTransaction":
                    return "{\"transactionId\":" + (++_transactions) + ",\"idTagInfo\":" + accepted + "}";
                case "DataTransfer":
                    return accepted;
                default:
                    return "{}";
            }
        }
    }
}
