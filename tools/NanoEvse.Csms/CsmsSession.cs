using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace NanoEvse.Csms
{
    /// <summary>One charger's WebSocket connection: answers its CALLs, matches its responses, checks what it sends.</summary>
    internal sealed class CsmsSession
    {
        private const int MaxMessageIdLength = 36;

        /// <summary>A charger that stops reading must not stall the CSMS forever.</summary>
        private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

        private readonly EmbeddedCsms _owner;
        private readonly CsmsOptions _options;
        private readonly HttpContext _context;

        /// <summary>One send at a time, as WebSocket requires; taken until the 101 response has been written.</summary>
        private readonly SemaphoreSlim _sendLock = new SemaphoreSlim(0, 1);

        private readonly object _gate = new object();
        private readonly Dictionary<string, TaskCompletionSource<CsmsCallResult>> _pendingCalls = new Dictionary<string, TaskCompletionSource<CsmsCallResult>>(StringComparer.Ordinal);

        /// <summary>Ids of CSMS CALLs that timed out: a late answer to one of them is not a violation.</summary>
        private readonly HashSet<string> _abandonedCallIds = new HashSet<string>(StringComparer.Ordinal);

        private readonly Dictionary<string, ChargerCall> _chargerCalls = new Dictionary<string, ChargerCall>(StringComparer.Ordinal);
        private readonly TaskCompletionSource _ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set once the 101 response has been written.</summary>
        private volatile WebSocket _socket;

        private string _unansweredCallId;
        private string _endReason;
        private bool _finished;

        /// <param name="context">The upgrade request, checked already; the session accepts it.</param>
        public CsmsSession(EmbeddedCsms owner, CsmsOptions options, string chargePointId, HttpContext context)
        {
            _owner = owner;
            _options = options;
            ChargePointId = chargePointId;
            _context = context;
        }

        public string ChargePointId { get; }

        public string EndReason
        {
            get
            {
                lock (_gate)
                {
                    return _endReason ?? "closed";
                }
            }
        }

        /// <summary>
        /// Writes the 101 response, then reads until the connection ends. The session is registered before, so that
        /// the CSMS knows the charger by the time the charger sees its connection open.
        /// </summary>
        public async Task RunAsync()
        {
            try
            {
                _socket = await _context.WebSockets.AcceptWebSocketAsync(UpgradeRules.Subprotocol);
                _sendLock.Release();
                await ReceiveLoopAsync();
            }
            catch (Exception e)
            {
                SetEndReason("connection lost: " + e.Message);
            }
            finally
            {
                Finish();
            }
        }

        public async Task<CsmsCallResult> CallAsync(string messageId, string action, JsonNode payload, TimeSpan timeout)
        {
            var completion = new TaskCompletionSource<CsmsCallResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (_finished)
                {
                    return new CsmsCallResult(CsmsCallOutcome.Disconnected, messageId);
                }

                _pendingCalls[messageId] = completion;
            }

            if (!await TrySendAsync(FrameCodec.Call(messageId, action, payload), _options.FragmentBytes))
            {
                return new CsmsCallResult(CsmsCallOutcome.Disconnected, messageId);
            }

            try
            {
                return await completion.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                lock (_gate)
                {
                    if (_pendingCalls.Remove(messageId))
                    {
                        _abandonedCallIds.Add(messageId);
                        return new CsmsCallResult(CsmsCallOutcome.Timeout, messageId);
                    }
                }

                return await completion.Task;
            }
        }

        /// <summary>Sends one text message, split into frames of <paramref name="fragmentBytes"/> when above 0.</summary>
        public async Task SendAsync(string text, int fragmentBytes)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            using var timeout = new CancellationTokenSource(SendTimeout);
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                _owner.RecordFrame(ChargePointId, FrameDirection.CsmsToCharger, text);
                if (fragmentBytes <= 0 || bytes.Length <= fragmentBytes)
                {
                    await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, timeout.Token);
                    return;
                }

                for (int offset = 0; offset < bytes.Length; offset += fragmentBytes)
                {
                    int count = Math.Min(fragmentBytes, bytes.Length - offset);
                    bool last = offset + count == bytes.Length;
                    await _socket.SendAsync(new ReadOnlyMemory<byte>(bytes, offset, count), WebSocketMessageType.Text, last, timeout.Token);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }

        /// <summary>Close handshake bounded by the close timeout, then a hard cut if the charger did not finish it.</summary>
        public async Task CloseAsync(WebSocketCloseStatus status, string description)
        {
            TimeSpan timeout = _options.CloseTimeout;
            if (await _sendLock.WaitAsync(timeout))
            {
                try
                {
                    if (_socket.State == WebSocketState.Open)
                    {
                        SetEndReason("closed by the CSMS: " + description);
                        using var cancel = new CancellationTokenSource(timeout);
                        await _socket.CloseOutputAsync(status, description, cancel.Token);
                    }
                }
                catch (Exception e) when (ConnectionFaults.IsConnectionFault(e))
                {
                    SetEndReason("close handshake failed: " + e.Message);
                }
                finally
                {
                    _sendLock.Release();
                }
            }

            if (await Task.WhenAny(_ended.Task, Task.Delay(timeout)) != _ended.Task)
            {
                Abort();
            }

            await WaitEndedAsync();
        }

        /// <summary>Cuts the TCP connection without a close handshake (a reset, like a lost link).</summary>
        public async Task AbortAsync()
        {
            Abort();
            await WaitEndedAsync();
        }

        private async Task WaitEndedAsync()
        {
            await Task.WhenAny(_ended.Task, Task.Delay(_options.CloseTimeout));
        }

        private void Abort()
        {
            SetEndReason("aborted by the CSMS");
            try
            {
                // Kestrel ends an aborted connection with a FIN; linger 0 turns it into a reset.
                _context.Features.Get<IConnectionSocketFeature>().Socket.LingerState = new LingerOption(true, 0);
            }
            catch (Exception e) when (ConnectionFaults.IsConnectionFault(e))
            {
                // Already gone: nothing left to reset.
            }

            _socket?.Abort();
            _context.Abort();
        }

        private async Task ReceiveLoopAsync()
        {
            var buffer = new byte[8192];
            var message = new MemoryStream();
            while (true)
            {
                ValueWebSocketReceiveResult received = await _socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    SetEndReason("charger closed the connection: " + _socket.CloseStatus + " '" + _socket.CloseStatusDescription + "'");
                    await AnswerCloseAsync();
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    _owner.RecordViolation(ChargePointId, ViolationKind.BinaryMessage, message.Length + " bytes", "(binary)");
                }
                else
                {
                    await HandleTextAsync(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                }

                message.SetLength(0);
            }
        }

        private async Task AnswerCloseAsync()
        {
            if (!await _sendLock.WaitAsync(_options.CloseTimeout))
            {
                return;
            }

            try
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    using var cancel = new CancellationTokenSource(_options.CloseTimeout);
                    await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, string.Empty, cancel.Token);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }

        private async Task HandleTextAsync(string text)
        {
            _owner.RecordFrame(ChargePointId, FrameDirection.ChargerToCsms, text);
            IncomingFrame frame = FrameCodec.Parse(text);
            if (frame.MessageId != null && frame.MessageId.Length > MaxMessageIdLength)
            {
                _owner.RecordViolation(ChargePointId, ViolationKind.MessageIdTooLong, frame.MessageId.Length + " characters", text);
            }

            if (frame.Problem != null)
            {
                _owner.RecordViolation(ChargePointId, frame.Problem.Value, frame.ProblemDetail, text);
                if (frame.Type == MessageType.Call && frame.MessageId != null)
                {
                    await TrySendAsync(FrameCodec.Error(frame.MessageId, "FormationViolation", frame.ProblemDetail), _options.FragmentBytes);
                }

                return;
            }

            switch (frame.Type)
            {
                case MessageType.Call:
                    await HandleCallAsync(frame, text);
                    break;
                case MessageType.CallResult:
                    CheckNulls(frame, frame.Payload, text);
                    Complete(frame, text, new CsmsCallResult(CsmsCallOutcome.Result, frame.MessageId) { Payload = frame.Payload });
                    break;
                default:
                    CheckNulls(frame, frame.ErrorDetails, text);
                    if (!FrameCodec.IsKnownErrorCode(frame.ErrorCode))
                    {
                        _owner.RecordViolation(ChargePointId, ViolationKind.UnknownErrorCode, frame.ErrorCode, text);
                    }

                    Complete(frame, text, new CsmsCallResult(CsmsCallOutcome.Error, frame.MessageId)
                    {
                        ErrorCode = frame.ErrorCode,
                        ErrorDescription = frame.ErrorDescription,
                        ErrorDetails = frame.ErrorDetails
                    });
                    break;
            }
        }

        private async Task HandleCallAsync(IncomingFrame frame, string text)
        {
            CheckNulls(frame, frame.Payload, text);
            string overlapped;
            bool reused;
            lock (_gate)
            {
                overlapped = _unansweredCallId;
                reused = _chargerCalls.TryGetValue(frame.MessageId, out ChargerCall earlier) && !earlier.AllowsRepeat(frame);
                _chargerCalls[frame.MessageId] = new ChargerCall { Action = frame.Action, PayloadText = frame.Payload.GetRawText() };
                _unansweredCallId = frame.MessageId;
            }

            if (overlapped != null)
            {
                _owner.RecordViolation(ChargePointId, ViolationKind.ConcurrentCall, "sent while CALL " + overlapped + " was unanswered", text);
            }

            if (reused)
            {
                _owner.RecordViolation(ChargePointId, ViolationKind.DuplicateMessageId, "id " + frame.MessageId + " used before on this connection", text);
            }

            _owner.RecordCall(new ReceivedCall(DateTime.UtcNow, ChargePointId, frame.MessageId, frame.Action, frame.Payload, text));
            await DeliverAsync(frame.MessageId, _owner.Answer(ChargePointId, frame.MessageId, frame.Action, frame.Payload));
        }

        private async Task DeliverAsync(string messageId, CsmsReply reply)
        {
            switch (reply.Kind)
            {
                case CsmsReplyKind.NoReply:
                    MarkAnswered(messageId, false);
                    break;
                case CsmsReplyKind.Delayed:
                    _ = DeliverLaterAsync(messageId, reply);
                    break;
                case CsmsReplyKind.Result:
                    MarkAnswered(messageId, true);
                    await TrySendAsync(FrameCodec.Result(messageId, reply.Payload), _options.FragmentBytes);
                    break;
                default:
                    MarkAnswered(messageId, false);
                    await TrySendAsync(FrameCodec.Error(messageId, reply.ErrorCode, reply.ErrorDescription), _options.FragmentBytes);
                    break;
            }
        }

        private async Task DeliverLaterAsync(string messageId, CsmsReply reply)
        {
            if (await Task.WhenAny(Task.Delay(reply.Delay), _ended.Task) != _ended.Task)
            {
                await DeliverAsync(messageId, reply.Inner);
            }
        }

        /// <summary>Called just before the answer goes out: from then on the charger may send its next CALL.</summary>
        private void MarkAnswered(string messageId, bool withResult)
        {
            lock (_gate)
            {
                if (_unansweredCallId == messageId)
                {
                    _unansweredCallId = null;
                }

                _chargerCalls[messageId].AnsweredWithResult = withResult;
            }
        }

        private void Complete(IncomingFrame frame, string text, CsmsCallResult result)
        {
            TaskCompletionSource<CsmsCallResult> pending;
            bool late;
            lock (_gate)
            {
                late = !_pendingCalls.Remove(frame.MessageId, out pending) && _abandonedCallIds.Remove(frame.MessageId);
            }

            if (pending != null)
            {
                pending.TrySetResult(result);
            }
            else if (!late)
            {
                _owner.RecordViolation(ChargePointId, ViolationKind.UnknownResponseId, "no CALL " + frame.MessageId + " awaits an answer", text);
            }
        }

        private void CheckNulls(IncomingFrame frame, JsonElement payload, string text)
        {
            string path = NullScanner.FindNull(payload);
            if (path != null)
            {
                _owner.RecordViolation(ChargePointId, ViolationKind.NullInPayload, "null at " + path + " (message " + frame.MessageId + ")", text);
            }
        }

        /// <summary>Sends, treating a connection that is closing or gone as "not sent" rather than as an error.</summary>
        private async Task<bool> TrySendAsync(string text, int fragmentBytes)
        {
            WebSocket socket = _socket;
            if (socket != null && socket.State != WebSocketState.Open)
            {
                return false;
            }

            try
            {
                await SendAsync(text, fragmentBytes);
                return true;
            }
            catch (Exception e) when (ConnectionFaults.IsConnectionFault(e))
            {
                Abort();
                return false;
            }
        }

        private void SetEndReason(string reason)
        {
            lock (_gate)
            {
                _endReason ??= reason;
            }
        }

        private void Finish()
        {
            List<KeyValuePair<string, TaskCompletionSource<CsmsCallResult>>> pending;
            lock (_gate)
            {
                _finished = true;
                pending = new List<KeyValuePair<string, TaskCompletionSource<CsmsCallResult>>>(_pendingCalls);
                _pendingCalls.Clear();
            }

            _socket?.Dispose();
            foreach (KeyValuePair<string, TaskCompletionSource<CsmsCallResult>> call in pending)
            {
                call.Value.TrySetResult(new CsmsCallResult(CsmsCallOutcome.Disconnected, call.Key));
            }

            _ended.TrySetResult();
        }
    }
}
