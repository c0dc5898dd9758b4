using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using NanoEvse.Csms;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// How the embedded CSMS answers the charger in this run, as the csms command set it: one responder per action
    /// consults these rules, so a CALLERROR or silence wins over a boot or card status and normal undoes both.
    /// </summary>
    public sealed class CsmsAnswerRules
    {
        private static readonly string[] TagActions = { "Authorize", "StartTransaction", "StopTransaction" };

        private readonly EmbeddedCsms _csms;
        private readonly object _gate = new object();
        private readonly Dictionary<string, string> _errors = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _silent = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _tags = new Dictionary<string, string>(StringComparer.Ordinal);
        private string _bootStatus;

        public CsmsAnswerRules(EmbeddedCsms csms)
        {
            _csms = csms;
        }

        /// <summary>Applies one csms command's words (as <see cref="Commands.CsmsAnswerSyntax"/> normalised them); returns what changed.</summary>
        public string Apply(string[] words)
        {
            lock (_gate)
            {
                switch (words[0])
                {
                    case "boot":
                        _bootStatus = words[1];
                        Install("BootNotification");
                        return "the CSMS answers BootNotification with " + words[1];
                    case "tag":
                        _tags[words[1]] = words[2];
                        Array.ForEach(TagActions, Install);
                        return "the CSMS answers card " + words[1] + " with " + words[2];
                    case "error":
                        _errors[words[1]] = words[2];
                        _silent.Remove(words[1]);
                        Install(words[1]);
                        return "the CSMS answers " + words[1] + " with CALLERROR " + words[2];
                    case "silent":
                        _silent.Add(words[1]);
                        _errors.Remove(words[1]);
                        Install(words[1]);
                        return "the CSMS leaves " + words[1] + " unanswered";
                    default:
                        _silent.Remove(words[1]);
                        _errors.Remove(words[1]);
                        if (words[1] == "BootNotification")
                        {
                            _bootStatus = null;
                        }

                        if (Array.IndexOf(TagActions, words[1]) >= 0)
                        {
                            _tags.Clear();
                        }

                        return "the CSMS answers " + words[1] + " as by default";
                }
            }
        }

        private void Install(string action)
        {
            _csms.SetResponder(action, Answer);
        }

        /// <summary>The rules' answer, or null for the CSMS's default.</summary>
        private CsmsReply Answer(string chargePointId, string messageId, string action, JsonElement payload)
        {
            lock (_gate)
            {
                if (_silent.Contains(action))
                {
                    return CsmsReply.NoReply;
                }

                if (_errors.TryGetValue(action, out string code))
                {
                    return CsmsReply.Error(code, "set by csms error");
                }

                if (action == "BootNotification" && _bootStatus != null)
                {
                    return WithStatus(_csms.DefaultReply(action), null, _bootStatus);
                }

                if (payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("idTag", out JsonElement tag)
                    && tag.ValueKind == JsonValueKind.String && _tags.TryGetValue(tag.GetString(), out string status))
                {
                    return WithStatus(_csms.DefaultReply(action), "idTagInfo", status);
                }

                return null;
            }
        }

        /// <summary>The default answer with its status (or <paramref name="inner"/>'s) replaced.</summary>
        private static CsmsReply WithStatus(CsmsReply reply, string inner, string status)
        {
            JsonObject answer = (JsonObject)reply.Payload.DeepClone();
            if (inner == null)
            {
                answer["status"] = status;
            }
            else
            {
                answer[inner] = new JsonObject { ["status"] = status };
            }

            return CsmsReply.Result(answer);
        }
    }
}
