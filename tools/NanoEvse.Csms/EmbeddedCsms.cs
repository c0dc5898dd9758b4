using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace NanoEvse.Csms
{
    /// <summary>
    /// A small, strict OCPP 1.6-J Central System on a loopback port (Kestrel), for the emulator demo and end-to-end tests.
    /// It answers chargers with sensible defaults (overridable per action), sends CALLs on request, and records every
    /// frame, every received CALL and every protocol violation it sees.
    /// </summary>
    public sealed class EmbeddedCsms : IAsyncDisposable
    {
        private readonly CsmsOptions _options;
        private readonly DefaultResponses _defaults;
        private readonly SessionRegistry _sessions = new SessionRegistry();
        private readonly CallLog _calls = new CallLog();
        private readonly ConcurrentDictionary<string, CsmsResponder> _responders = new ConcurrentDictionary<string, CsmsResponder>(StringComparer.Ordinal);
        private readonly object _recordGate = new object();
        private readonly List<CsmsFrame> _frames = new List<CsmsFrame>();
        private readonly List<ProtocolViolation> _violations = new List<ProtocolViolation>();
        private CsmsServer _server;
        private int _lastMessageNumber;

        /// <summary>1 once disposal has begun: from then on upgrades are cut rather than accepted.</summary>
        private int _stopping;

        public EmbeddedCsms(CsmsOptions options = null)
        {
            _options = options ?? new CsmsOptions();
            _defaults = new DefaultResponses(_options);
        }

        /// <summary>Every text message in either direction, on the connection's thread.</summary>
        public event Action<CsmsFrame> FrameObserved;

        /// <summary>A charger completed the upgrade (argument: charge point id).</summary>
        public event Action<string> ChargerConnected;

        /// <summary>A charger's current connection ended (arguments: charge point id, why).</summary>
        public event Action<string, string> ChargerDisconnected;

        /// <summary>An upgrade was refused (arguments: request target, HTTP status, why).</summary>
        public event Action<string, int, string> UpgradeRefused;

        /// <summary>The port listened on, known after <see cref="Start"/>.</summary>
        public int Port { get; private set; }

        /// <summary>Files published for download and uploads received, over HTTP on the same port.</summary>
        public CsmsFiles Files { get; } = new CsmsFiles();

        public IReadOnlyList<CsmsFrame> Frames
        {
            get
            {
                lock (_recordGate)
                {
                    return _frames.ToArray();
                }
            }
        }

        public IReadOnlyList<ProtocolViolation> Violations
        {
            get
            {
                lock (_recordGate)
                {
                    return _violations.ToArray();
                }
            }
        }

        public IReadOnlyList<ReceivedCall> ReceivedCalls => _calls.Snapshot();

        public static EmbeddedCsms StartNew(CsmsOptions options = null)
        {
            var csms = new EmbeddedCsms(options);
            csms.Start();
            return csms;
        }

        public void Start()
        {
            if (_server != null)
            {
                throw new InvalidOperationException("Already started");
            }

            // Kestrel itself answers a request it cannot parse or that is too slow; no target is known then.
            _server = CsmsServer.Start(_options, ServeAsync, (status, reason) => UpgradeRefused?.Invoke(null, status, reason));
            Port = _server.Port;
        }

        /// <summary>The ws:// URL a charger with this id connects to (the id percent-encoded).</summary>
        public string Url(string chargePointId)
        {
            string host = _options.Host.Contains(':') ? "[" + _options.Host + "]" : _options.Host;
            string prefix = _options.PathPrefix.EndsWith('/') ? _options.PathPrefix : _options.PathPrefix + "/";
            return "ws://" + host + ":" + Port + prefix + Uri.EscapeDataString(chargePointId);
        }

        /// <summary>The http:// URL of <paramref name="name"/> in <see cref="Files"/>: where a charger downloads it from, or uploads it to.</summary>
        public string FileUrl(string name)
        {
            string host = _options.Host.Contains(':') ? "[" + _options.Host + "]" : _options.Host;
            return "http://" + host + ":" + Port + CsmsFiles.PathPrefix + Uri.EscapeDataString(name);
        }

        /// <summary>Answers <paramref name="action"/> with <paramref name="responder"/> from now on; null restores the default.</summary>
        public void SetResponder(string action, CsmsResponder responder)
        {
            if (responder == null)
            {
                _responders.TryRemove(action, out _);
            }
            else
            {
                _responders[action] = responder;
            }
        }

        /// <summary>The answer <paramref name="action"/> gets when no responder overrides it, for a responder that adjusts it.</summary>
        public CsmsReply DefaultReply(string action)
        {
            return _defaults.For(action);
        }

        public bool IsConnected(string chargePointId)
        {
            return _sessions.Get(chargePointId) != null;
        }

        /// <summary>
        /// The oldest CALL of this action from this charger that no earlier wait has returned, waiting for it if need be.
        /// Throws <see cref="TimeoutException"/>.
        /// </summary>
        public Task<ReceivedCall> WaitForCallAsync(string chargePointId, string action, TimeSpan timeout)
        {
            return _calls.WaitAsync(chargePointId, action, timeout);
        }

        /// <summary>Completes when the charger has a connection (at once if it has one). Throws <see cref="TimeoutException"/>.</summary>
        public Task WaitForConnectionAsync(string chargePointId, TimeSpan timeout)
        {
            return _sessions.WaitAsync(chargePointId, true, timeout);
        }

        /// <summary>Completes when the charger has no connection (at once if it has none). Throws <see cref="TimeoutException"/>.</summary>
        public Task WaitForDisconnectionAsync(string chargePointId, TimeSpan timeout)
        {
            return _sessions.WaitAsync(chargePointId, false, timeout);
        }

        /// <summary>Sends a CALL and waits for its answer. <paramref name="payload"/> is copied; null sends the empty object.</summary>
        public Task<CsmsCallResult> CallAsync(string chargePointId, string action, JsonNode payload, TimeSpan timeout)
        {
            string messageId = "csms-" + Interlocked.Increment(ref _lastMessageNumber);
            CsmsSession session = _sessions.Get(chargePointId);
            if (session == null)
            {
                return Task.FromResult(new CsmsCallResult(CsmsCallOutcome.Disconnected, messageId));
            }

            return session.CallAsync(messageId, action, WireJson.ToNode(payload), timeout);
        }

        /// <summary>
        /// Sends <paramref name="text"/> as it is, also when it is not valid OCPP-J, split into frames of
        /// <paramref name="fragmentBytes"/> bytes when above 0. Throws when the charger is not connected.
        /// </summary>
        public Task SendRawAsync(string chargePointId, string text, int fragmentBytes = 0)
        {
            return RequireSession(chargePointId).SendAsync(text, fragmentBytes);
        }

        /// <summary>Ends the charger's connection with a close handshake; returns when it is gone.</summary>
        public Task DisconnectAsync(string chargePointId)
        {
            CsmsSession session = _sessions.Get(chargePointId);
            return session == null ? Task.CompletedTask : session.CloseAsync(WebSocketCloseStatus.NormalClosure, "disconnected by the CSMS");
        }

        /// <summary>Cuts the charger's TCP connection without a close handshake; returns when it is gone.</summary>
        public Task AbortAsync(string chargePointId)
        {
            CsmsSession session = _sessions.Get(chargePointId);
            return session == null ? Task.CompletedTask : session.AbortAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _stopping, 1) == 1)
            {
                return;
            }

            if (_server != null)
            {
                await _server.StopAsync(CloseAllSessionsAsync);
            }
        }

        private Task CloseAllSessionsAsync()
        {
            var closing = new List<Task>();
            foreach (CsmsSession session in _sessions.All())
            {
                closing.Add(session.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "CSMS shutting down"));
            }

            return Task.WhenAll(closing);
        }

        internal void RecordFrame(string chargePointId, FrameDirection direction, string text)
        {
            var frame = new CsmsFrame(DateTime.UtcNow, chargePointId, direction, text);
            lock (_recordGate)
            {
                _frames.Add(frame);
            }

            FrameObserved?.Invoke(frame);
        }

        internal void RecordViolation(string chargePointId, ViolationKind kind, string detail, string frame)
        {
            lock (_recordGate)
            {
                _violations.Add(new ProtocolViolation(DateTime.UtcNow, chargePointId, kind, detail, frame));
            }
        }

        internal void RecordCall(ReceivedCall call)
        {
            _calls.Add(call);
        }

        /// <summary>The test's responder for the action if it gives an answer, otherwise the default.</summary>
        internal CsmsReply Answer(string chargePointId, string messageId, string action, JsonElement payload)
        {
            if (_responders.TryGetValue(action, out CsmsResponder responder))
            {
                CsmsReply reply;
                try
                {
                    reply = responder(chargePointId, messageId, action, payload);
                }
                catch (Exception e)
                {
                    return CsmsReply.Error("InternalError", "test responder failed: " + e.Message);
                }

                if (reply != null)
                {
                    return reply;
                }
            }

            return _defaults.For(action);
        }

        private CsmsSession RequireSession(string chargePointId)
        {
            return _sessions.Get(chargePointId) ?? throw new InvalidOperationException(chargePointId + " is not connected");
        }

        /// <summary>Handles one HTTP request: refuses it, or upgrades it and runs the charger's session until it ends.</summary>
        private async Task ServeAsync(HttpContext context)
        {
            if (Volatile.Read(ref _stopping) == 1)
            {
                context.Abort();
                return;
            }

            if (CsmsFiles.Handles(context.Request))
            {
                await Files.ServeAsync(context);
                return;
            }

            string target = context.Features.Get<IHttpRequestFeature>().RawTarget;
            UpgradeDecision decision = UpgradeRules.Decide(context, target, _options);
            if (!decision.Accepted)
            {
                UpgradeRefused?.Invoke(target, decision.Status, decision.Reason);
                try
                {
                    await decision.WriteRefusalAsync(context.Response);
                }
                catch (Exception e) when (ConnectionFaults.IsConnectionFault(e))
                {
                    // The client went away before the refusal; there is nobody left to tell.
                }

                return;
            }

            var session = new CsmsSession(this, _options, decision.ChargePointId, context);
            CsmsSession replaced = _sessions.Add(session);
            ChargerConnected?.Invoke(session.ChargePointId);
            if (replaced != null)
            {
                _ = replaced.CloseAsync(WebSocketCloseStatus.PolicyViolation, "replaced by a new connection");
            }

            try
            {
                await session.RunAsync();
            }
            finally
            {
                if (_sessions.Remove(session))
                {
                    ChargerDisconnected?.Invoke(session.ChargePointId, session.EndReason);
                }
            }
        }
    }
}
