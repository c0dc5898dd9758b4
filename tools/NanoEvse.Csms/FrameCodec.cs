using System.Text.Json;
using System.Text.Json.Nodes;

namespace NanoEvse.Csms
{
    /// <summary>Reads and writes OCPP-J frames: [2,id,action,payload], [3,id,payload], [4,id,code,description,details].</summary>
    internal static class FrameCodec
    {
        private static readonly JsonDocumentOptions StrictJson = new JsonDocumentOptions { AllowDuplicateProperties = false };

        public static IncomingFrame Parse(string text)
        {
            var frame = new IncomingFrame();
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text, StrictJson);
            }
            catch (JsonException e)
            {
                return Fail(frame, ViolationKind.InvalidJson, e.Message);
            }

            using (document)
            {
                return Read(document.RootElement, frame);
            }
        }

        private static IncomingFrame Read(JsonElement root, IncomingFrame frame)
        {
            if (root.ValueKind != JsonValueKind.Array)
            {
                return Fail(frame, ViolationKind.WrongFrameShape, "not a JSON array");
            }

            int length = root.GetArrayLength();
            if (length < 3)
            {
                return Fail(frame, ViolationKind.WrongFrameShape, "fewer than 3 elements");
            }

            JsonElement type = root[0];
            if (type.ValueKind != JsonValueKind.Number || !type.TryGetInt32(out int typeNumber) || typeNumber < 2 || typeNumber > 4)
            {
                return Fail(frame, ViolationKind.WrongFrameShape, "message type is not 2, 3 or 4");
            }

            frame.Type = (MessageType)typeNumber;
            JsonElement id = root[1];
            if (id.ValueKind != JsonValueKind.String || id.GetString().Length == 0)
            {
                return Fail(frame, ViolationKind.WrongFrameShape, "message id is not a non-empty string");
            }

            frame.MessageId = id.GetString();
            switch (frame.Type)
            {
                case MessageType.Call:
                    if (length != 4)
                    {
                        return Fail(frame, ViolationKind.WrongFrameShape, "CALL must have 4 elements");
                    }

                    if (root[2].ValueKind != JsonValueKind.String || root[2].GetString().Length == 0)
                    {
                        return Fail(frame, ViolationKind.WrongFrameShape, "action is not a non-empty string");
                    }

                    frame.Action = root[2].GetString();
                    return TakeObject(frame, root[3], "payload", out frame.Payload);

                case MessageType.CallResult:
                    if (length != 3)
                    {
                        return Fail(frame, ViolationKind.WrongFrameShape, "CALLRESULT must have 3 elements");
                    }

                    return TakeObject(frame, root[2], "payload", out frame.Payload);

                default:
                    if (length != 5)
                    {
                        return Fail(frame, ViolationKind.WrongFrameShape, "CALLERROR must have 5 elements");
                    }

                    if (root[2].ValueKind != JsonValueKind.String || root[3].ValueKind != JsonValueKind.String)
                    {
                        return Fail(frame, ViolationKind.WrongFrameShape, "error code and description must be strings");
                    }

                    frame.ErrorCode = root[2].GetString();
                    frame.ErrorDescription = root[3].GetString();
                    return TakeObject(frame, root[4], "error details", out frame.ErrorDetails);
            }
        }

        private static IncomingFrame TakeObject(IncomingFrame frame, JsonElement element, string what, out JsonElement copy)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                copy = default;
                return Fail(frame, ViolationKind.WrongFrameShape, what + " is not a JSON object");
            }

            copy = element.Clone();
            return frame;
        }

        private static IncomingFrame Fail(IncomingFrame frame, ViolationKind kind, string detail)
        {
            frame.Problem = kind;
            frame.ProblemDetail = detail;
            return frame;
        }

        public static string Call(string messageId, string action, JsonNode payload)
        {
            return "[2," + WireJson.Quote(messageId) + "," + WireJson.Quote(action) + "," + WireJson.Text(payload) + "]";
        }

        public static string Result(string messageId, JsonNode payload)
        {
            return "[3," + WireJson.Quote(messageId) + "," + WireJson.Text(payload) + "]";
        }

        public static string Error(string messageId, string code, string description)
        {
            return "[4," + WireJson.Quote(messageId) + "," + WireJson.Quote(code) + "," + WireJson.Quote(description ?? string.Empty) + ",{}]";
        }

        /// <summary>The CALLERROR codes OCPP-J 1.6 defines, spelled as on the wire.</summary>
        public static bool IsKnownErrorCode(string code)
        {
            switch (code)
            {
                case "NotImplemented":
                case "NotSupported":
                case "InternalError":
                case "ProtocolError":
                case "SecurityError":
                case "FormationViolation":
                case "PropertyConstraintViolation":
                case "OccurenceConstraintViolation":
                case "TypeConstraintViolation":
                case "GenericError":
                    return true;
                default:
                    return false;
            }
        }
    }
}
