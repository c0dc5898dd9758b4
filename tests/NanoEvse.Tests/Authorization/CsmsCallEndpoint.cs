using System.Linq;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Ocpp.Rpc;
using NanoEvse.Tests.Support;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// The charger's RPC endpoint with only the given handlers routed, on an open scripted link: a CSMS CALL goes
    /// through the same framing, validation and CALLERROR rules as on a running charger.
    /// </summary>
    public sealed class CsmsCallEndpoint : IRpcGate
    {
        private readonly RpcEndpoint _endpoint;
        private readonly ScriptedTransport _link = new ScriptedTransport();
        private int _calls;

        public CsmsCallEndpoint(params ICallHandler[] handlers)
        {
            CallRouter router = new CallRouter();
            foreach (ICallHandler handler in handlers)
            {
                router.Register(handler);
            }

            _endpoint = new RpcEndpoint(Log, router, new MessageIdGenerator(1), this);
            _link.Connect(new TransportSettings(), 1, new TransportInbox());
            _endpoint.Attach(_link);
        }

        public RecordingLog Log { get; } = new RecordingLog();

        /// <summary>Sends [2, id, action, payload] and returns the charger's one answer.</summary>
        public Frame Call(string action, string payload)
        {
            int sent = _link.Sent.Count;
            string id = "csms-" + ++_calls;
            _endpoint.HandleMessage("[2,\"" + id + "\",\"" + action + "\"," + payload + "]", false);
            Frame answer = new Frame(_link.Sent.Skip(sent).Single());
            return answer.Id == id ? answer : throw new System.InvalidOperationException("answer to another call: " + answer);
        }

        bool IRpcGate.MaySend(OutgoingCall call) => true;

        bool IRpcGate.MayAnswer() => true;
    }
}
