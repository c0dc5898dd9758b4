using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

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

        /// <summary>The summary's table, a row per transaction; null when the run had none.</summary>
        public Table SummaryTable()
        {
            lock (_gate)
            {
                if (_rows.Count == 0)
                {
                    return null;
                }

                Table table = new Table { Border = TableBorder.Rounded };
                table.AddColumn(new TableColumn("id").RightAligned());
                table.AddColumn(new TableColumn("conn").RightAligned());
                table.AddColumn(new TableColumn("card"));
                table.AddColumn(new TableColumn("start Wh").RightAligned());
                table.AddColumn(new TableColumn("stop Wh").RightAligned());
                table.AddColumn(new TableColumn("energy Wh").RightAligned());
                table.AddColumn(new TableColumn("stop reason"));
                foreach (Row row in _rows)
                {
                    bool stopped = row.MeterStop >= 0;
                    table.AddRow(Cell(row.Id), Cell(row.Connector), Cell(row.Tag), Cell(row.MeterStart),
                        stopped ? Cell(row.MeterStop) : Cell("-"), stopped ? Cell(row.MeterStop - row.MeterStart) : Cell("-"),
                        Cell(row.Reason ?? "(running)"));
                }

                return table;
            }
        }

        /// <summary>Text, not markup: a card id and a stop reason are what the charger sent, brackets and all.</summary>
        private static Text Cell(string text)
        {
            return new Text(text ?? string.Empty);
        }

        private static Text Cell(long number)
        {
            return Cell(number.ToString(CultureInfo.InvariantCulture));
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
