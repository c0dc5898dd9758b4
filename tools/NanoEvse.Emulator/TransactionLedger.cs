using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// The run's transactions as the frames tell them: a StartTransaction and the CSMS's answer give the id, card and
    /// meter start; the StopTransaction gives the meter stop and reason. Works against any CSMS.
    /// </summary>
    public sealed class TransactionLedger
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, Row> _starting = new Dictionary<string, Row>(StringComparer.Ordinal);
        private readonly List<Row> _rows = new List<Row>();

        public void Observe(bool outgoing, string frame)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(frame);
                JsonElement message = document.RootElement;
                int type = message[0].GetInt32();
                string messageId = message[1].GetString();
                lock (_gate)
                {
                    if (outgoing && type == 2)
                    {
                        Call(messageId, message[2].GetString(), message[3]);
                    }
                    else if (!outgoing && type == 3 && _starting.Remove(messageId, out Row row))
                    {
                        row.Id = message[2].TryGetProperty("transactionId", out JsonElement id) ? id.GetInt32() : 0;
                        _rows.Add(row);
                    }
                }
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is IndexOutOfRangeException || e is FormatException)
            {
                // Not a frame this ledger reads (a charger under test may send anything); the frame log shows it as it came.
            }
        }

        /// <summary>The table for the summary: a header and a line per transaction, or "none".</summary>
        public IReadOnlyList<string> Lines()
        {
            lock (_gate)
            {
                List<string> lines = new List<string>();
                if (_rows.Count == 0)
                {
                    return lines;
                }

                lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,6}  {1,4}  {2,-20}  {3,10}  {4,10}  {5,9}  {6}", "id", "conn", "card", "start Wh", "stop Wh", "energy Wh", "stop reason"));
                foreach (Row row in _rows)
                {
                    bool stopped = row.MeterStop >= 0;
                    lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,6}  {1,4}  {2,-20}  {3,10}  {4,10}  {5,9}  {6}",
                        row.Id, row.Connector, row.Tag, row.MeterStart, stopped ? row.MeterStop.ToString(CultureInfo.InvariantCulture) : "-",
                        stopped ? (row.MeterStop - row.MeterStart).ToString(CultureInfo.InvariantCulture) : "-", row.Reason ?? "(running)"));
                }

                return lines;
            }
        }

        private void Call(string messageId, string action, JsonElement payload)
        {
            if (action == "StartTransaction")
            {
                _starting[messageId] = new Row
                {
                    Connector = payload.GetProperty("connectorId").GetInt32(),
                    Tag = payload.GetProperty("idTag").GetString(),
                    MeterStart = payload.GetProperty("meterStart").GetInt64(),
                };
            }
            else if (action == "StopTransaction")
            {
                int id = payload.GetProperty("transactionId").GetInt32();
                Row row = _rows.Find(r => r.Id == id && r.MeterStop < 0);
                if (row == null)
                {
                    // Started before this run (a journal from an earlier one): only the stop is known.
                    row = new Row { Id = id, Tag = payload.TryGetProperty("idTag", out JsonElement tag) ? tag.GetString() : "?" };
                    _rows.Add(row);
                }

                row.MeterStop = payload.GetProperty("meterStop").GetInt64();
                // OCPP 1.6: a StopTransaction without a reason stopped for Local.
                row.Reason = payload.TryGetProperty("reason", out JsonElement reason) ? reason.GetString() : "Local";
            }
        }

        private sealed class Row
        {
            public int Id;
            public int Connector;
            public string Tag;
            public long MeterStart;
            public long MeterStop = -1;
            public string Reason;
        }
    }
}
