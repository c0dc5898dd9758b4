using System;
using System.Globalization;
using System.Text.Json.Nodes;
using NanoEvse.Emulator.Commands;

namespace NanoEvse.Emulator
{
    /// <summary>The CALL an operator console command makes the embedded CSMS send: its action and payload.</summary>
    public static class CsmsCalls
    {
        /// <summary>
        /// The action and payload for <paramref name="command"/> (checked by <see cref="CsmsCallSyntax"/>);
        /// <paramref name="nowUtc"/> dates reservations and profiles, <paramref name="transactionId"/> (0: none) makes a limit a TxProfile.
        /// </summary>
        public static JsonObject Build(EmulatorCommand command, DateTime nowUtc, int transactionId, out string action)
        {
            string[] a = command.Words;
            int n = command.Connector;
            switch (command.Argument)
            {
                case "reset":
                    action = "Reset";
                    return new JsonObject { ["type"] = Capital(a[0]) };
                case "change-availability":
                    action = "ChangeAvailability";
                    return new JsonObject { ["connectorId"] = n, ["type"] = CsmsCallSyntax.Find(new[] { "Operative", "Inoperative" }, a[1]) };
                case "unlock":
                    action = "UnlockConnector";
                    return new JsonObject { ["connectorId"] = n };
                case "get-config":
                    action = "GetConfiguration";
                    return a.Length == 0 ? new JsonObject() : new JsonObject { ["key"] = Strings(a, 0) };
                case "change-config":
                    action = "ChangeConfiguration";
                    return new JsonObject { ["key"] = a[0], ["value"] = string.Join(" ", a, 1, a.Length - 1) };
                case "clear-cache":
                    action = "ClearCache";
                    return new JsonObject();
                case "data-transfer":
                    action = "DataTransfer";
                    JsonObject transfer = new JsonObject { ["vendorId"] = a[0] };
                    if (a.Length > 1)
                    {
                        transfer["messageId"] = a[1];
                    }

                    if (a.Length > 2)
                    {
                        transfer["data"] = string.Join(" ", a, 2, a.Length - 2);
                    }

                    return transfer;
                case "trigger":
                    action = "TriggerMessage";
                    JsonObject trigger = new JsonObject { ["requestedMessage"] = CsmsCallSyntax.Find(CsmsCallSyntax.TriggerMessages, a[0]) };
                    if (a.Length > 1)
                    {
                        trigger["connectorId"] = n;
                    }

                    return trigger;
                case "get-local-list-version":
                    action = "GetLocalListVersion";
                    return new JsonObject();
                case "send-local-list":
                    action = "SendLocalList";
                    return LocalList(a);
                case "reserve":
                    action = "ReserveNow";
                    return new JsonObject
                    {
                        ["connectorId"] = n,
                        ["expiryDate"] = Timestamp(nowUtc.AddMinutes(CsmsCallSyntax.Number(a[2]))),
                        ["idTag"] = a[1],
                        ["reservationId"] = a.Length > 3 ? CsmsCallSyntax.Number(a[3]) : n,
                    };
                case "cancel-reservation":
                    action = "CancelReservation";
                    return new JsonObject { ["reservationId"] = CsmsCallSyntax.Number(a[0]) };
                case "limit":
                    action = "SetChargingProfile";
                    return Limit(n, a, nowUtc, transactionId);
                case "clear-charging-profile":
                    action = "ClearChargingProfile";
                    return a.Length == 0 ? new JsonObject() : new JsonObject { ["id"] = CsmsCallSyntax.Number(a[0]) };
                case "composite":
                    action = "GetCompositeSchedule";
                    return new JsonObject { ["connectorId"] = n, ["duration"] = CsmsCallSyntax.Number(a[1]) };
                default:
                    throw new ArgumentException("not a CSMS call: " + command.Argument, nameof(command));
            }
        }

        /// <summary>UpdateFirmware from <paramref name="location"/>, due now, with one retry 30 s later.</summary>
        public static JsonObject UpdateFirmware(string location, DateTime nowUtc)
        {
            return new JsonObject { ["location"] = location, ["retrieveDate"] = Timestamp(nowUtc), ["retries"] = 1, ["retryInterval"] = 30 };
        }

        /// <summary>GetDiagnostics to <paramref name="location"/>, with one retry 30 s later.</summary>
        public static JsonObject GetDiagnostics(string location)
        {
            return new JsonObject { ["location"] = location, ["retries"] = 1, ["retryInterval"] = 30 };
        }

        private static JsonObject LocalList(string[] a)
        {
            JsonArray entries = new JsonArray();
            for (int i = 2; i < a.Length; i++)
            {
                int colon = a[i].IndexOf(':');
                string status = colon < 0 ? "Accepted" : a[i].Substring(colon + 1);
                JsonObject entry = new JsonObject { ["idTag"] = colon < 0 ? a[i] : a[i].Substring(0, colon) };
                if (status != "-")
                {
                    entry["idTagInfo"] = new JsonObject { ["status"] = CsmsCallSyntax.Find(CsmsCallSyntax.ListStatuses, status) };
                }

                entries.Add((JsonNode)entry);
            }

            return new JsonObject
            {
                ["listVersion"] = CsmsCallSyntax.Number(a[1]),
                ["updateType"] = string.Equals(a[0], "full", StringComparison.OrdinalIgnoreCase) ? "Full" : "Differential",
                ["localAuthorizationList"] = entries,
            };
        }

        /// <summary>
        /// One flat period from now. The profile id is fixed per connector and purpose, so a second limit replaces the
        /// first rather than piling up against MaxChargingProfilesInstalled.
        /// </summary>
        private static JsonObject Limit(int connector, string[] a, DateTime nowUtc, int transactionId)
        {
            bool tx = transactionId != 0 && connector != 0;
            JsonObject schedule = new JsonObject
            {
                ["startSchedule"] = Timestamp(nowUtc),
                ["chargingRateUnit"] = "A",
                ["chargingSchedulePeriod"] = new JsonArray(new JsonObject
                {
                    ["startPeriod"] = 0,
                    ["limit"] = decimal.Parse(a[1], CultureInfo.InvariantCulture),
                }),
            };
            if (a.Length > 2)
            {
                schedule["duration"] = CsmsCallSyntax.Number(a[2]);
            }

            JsonObject profile = new JsonObject
            {
                ["chargingProfileId"] = (tx ? 200 : 100) + connector,
                ["stackLevel"] = 0,
                ["chargingProfilePurpose"] = tx ? "TxProfile" : "TxDefaultProfile",
                ["chargingProfileKind"] = "Absolute",
                ["chargingSchedule"] = schedule,
            };
            if (tx)
            {
                profile["transactionId"] = transactionId;
            }

            return new JsonObject { ["connectorId"] = connector, ["csChargingProfiles"] = profile };
        }

        private static JsonArray Strings(string[] words, int from)
        {
            JsonArray array = new JsonArray();
            for (int i = from; i < words.Length; i++)
            {
                array.Add((JsonNode)JsonValue.Create(words[i]));
            }

            return array;
        }

        private static string Capital(string word)
        {
            return char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();
        }

        private static string Timestamp(DateTime utc)
        {
            return utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        }
    }
}
