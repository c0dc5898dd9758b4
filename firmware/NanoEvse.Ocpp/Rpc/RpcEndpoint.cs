using System;
using System.Collections;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Json;

namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>
    /// The OCPP-J RPC layer of one charger: frames out and in, at most one outstanding CALL of our own,
    /// CSMS calls answered even while ours waits (at once, or within a bound for an <see cref="IDeferredCallHandler"/>),
    /// response time-outs, and the right CALLERROR for anything malformed.
    /// </summary>
    public sealed class RpcEndpoint
    {
        private const int CallMessage = 2;
        private const int ResultMessage = 3;
        private const int ErrorMessage = 4;
        private const int MaxMessageIdLength = 36;
        private const string Component = "rpc";

        private readonly ILog _log;
        private readonly CallRouter _router;
        private readonly MessageIdGenerator _ids;
        private readonly IRpcGate _gate;
        private readonly ArrayList _queue = new ArrayList();
        private readonly ArrayList _deferred = new ArrayList();
        private readonly JsonWriter _writer = new JsonWriter(512);
        private readonly JsonReader _reader = new JsonReader(string.Empty);

        private IOcppTransport _transport;
        private OutgoingCall _outstanding;
        private long _sentAtMs;

        public RpcEndpoint(ILog log, CallRouter router, MessageIdGenerator ids, IRpcGate gate)
        {
            _log = log;
            _router = router;
            _ids = ids;
            _gate = gate;
        }

        /// <summary>How long to wait for a response before giving up (MessageTimeout).</summary>
        public int ResponseTimeoutMs = 30000;

        /// <summary>Calls waiting to be sent, beyond which new ones are refused.</summary>
        public int MaxQueuedCalls = 32;

        /// <summary>
        /// CSMS calls whose answer waits on hardware at the same time. One more is refused with InternalError before
        /// it is executed, so nothing starts that the CSMS was told failed; it may send it again later.
        /// </summary>
        public const int MaxDeferredAnswers = 4;

        public bool IsOnline
        {
            get { return _transport != null; }
        }

        /// <summary>
        /// Counts the times the link closed or a CALL went unanswered: a call queued before the count moved was held
        /// up by an outage, so a newer message may supersede it (<c>StatusReporter</c>).
        /// </summary>
        public int Interruptions { get; private set; }

        /// <summary>The connection opened: start sending over it.</summary>
        public void Attach(IOcppTransport transport)
        {
            _transport = transport;
        }

        /// <summary>The connection closed: the call in flight will get no response, and answers still pending go nowhere.</summary>
        public void Detach()
        {
            _transport = null;
            Interruptions++;
            if (_deferred.Count > 0)
            {
                _log.Write(LogLevel.Warning, Component, "connection closed before " + _deferred.Count + " answer(s) were ready");
                _deferred.Clear();
            }

            OutgoingCall call = _outstanding;
            _outstanding = null;
            if (call != null)
            {
                call.OnFailed(CallFailure.ConnectionLost, "connection closed before the response");
            }
        }

        /// <summary>Queues a call; false (and OnFailed) when the queue is full.</summary>
        public bool Enqueue(OutgoingCall call)
        {
            if (_queue.Count >= MaxQueuedCalls)
            {
                _log.Write(LogLevel.Warning, Component, "queue full, dropping " + call.Action);
                call.OnFailed(CallFailure.QueueFull, "request queue full");
                return false;
            }

            _queue.Add(call);
            return true;
        }

        /// <summary>
        /// Puts a call that just failed back at the head of the queue, ahead of everything queued after it, so
        /// messages that must arrive in order (transaction messages) keep their order across a lost answer.
        /// </summary>
        public void Retry(OutgoingCall call)
        {
            _queue.Insert(0, call);
        }

        /// <summary>Takes a call out of the queue if it has not been sent yet.</summary>
        public void Remove(OutgoingCall call)
        {
            _queue.Remove(call);
        }

        /// <summary>A CALL of ours is on the wire and its answer is awaited (the link is up).</summary>
        public bool AwaitsResponse
        {
            get { return _outstanding != null && _transport != null; }
        }

        public bool IsQueuedOrOutstanding(OutgoingCall call)
        {
            return call == _outstanding || _queue.Contains(call);
        }

        /// <summary>No call of ours is queued or waiting for its response, and no CSMS call waits for its deferred answer.</summary>
        public bool IsIdle
        {
            get { return _outstanding == null && _queue.Count == 0 && _deferred.Count == 0; }
        }

        /// <summary>Sends the deferred answers that are ready or due, expires a call whose response is overdue, then sends the next call the gate allows.</summary>
        public void Poll(long nowMs)
        {
            AnswerDeferred(nowMs);
            if (_outstanding != null && nowMs - _sentAtMs >= ResponseTimeoutMs)
            {
                OutgoingCall expired = _outstanding;
                _outstanding = null;
                Interruptions++;
                _log.Write(LogLevel.Warning, Component, expired.Action + " " + expired.MessageId + " got no response in time");
                expired.OnFailed(CallFailure.Timeout, "no response within the message timeout");
                // The next call goes at the next poll, once the services have seen the time-out and withdrawn what it made stale.
                return;
            }

            if (_outstanding == null && _transport != null)
            {
                SendNext(nowMs);
            }
        }

        /// <summary>Handles one message from the CSMS.</summary>
        public void HandleMessage(string text, bool truncated)
        {
            char[] chars = text.ToCharArray();
            _log.Frame(false, SecretRedaction.Redact(text, chars));
            _reader.Reset(chars, chars.Length);
            string messageId = null;
            int messageType = 0;
            try
            {
                if (_reader.Read() != JsonToken.StartArray)
                {
                    throw new OcppException(CallErrorCode.FormationViolation, "a message must be a JSON array");
                }

                messageType = ReadFrameInt("MessageTypeId");
                messageId = ReadFrameString("UniqueId");
                if (truncated)
                {
                    throw new OcppException(CallErrorCode.FormationViolation, "message exceeds the size this charger accepts");
                }

                switch (messageType)
                {
                    case CallMessage:
                        HandleCall(messageId);
                        return;
                    case ResultMessage:
                        HandleResult(messageId);
                        return;
                    default:
                        HandleError(messageId);
                        return;
                }
            }
            catch (OcppException e)
            {
                OnBadMessage(messageType, messageId, e);
            }
        }

        private void HandleCall(string messageId)
        {
            string action = ReadFrameString("Action");
            if (!_gate.MayAnswer())
            {
                _log.Write(LogLevel.Warning, Component, "not answering " + action + " while the boot is rejected");
                return;
            }

            if (messageId.Length > MaxMessageIdLength)
            {
                throw new OcppException(CallErrorCode.FormationViolation, "UniqueId is longer than 36 characters");
            }

            ICallHandler handler = _router.Find(action);
            if (handler == null)
            {
                SendError(messageId, CallRouter.UnhandledErrorCode(action), action + " is not supported");
                return;
            }

            object request = handler.ReadRequest(_reader);
            ExpectFrameEnd();
            if (handler is IDeferredCallHandler && _deferred.Count >= MaxDeferredAnswers)
            {
                _log.Write(LogLevel.Warning, Component, "refusing " + action + ": " + MaxDeferredAnswers.ToString() + " answers already wait on hardware");
                SendError(messageId, CallErrorCode.InternalError, "the charger is busy with earlier " + action + " requests; try again later");
                return;
            }

            _writer.Reset();
            _writer.BeginArray();
            _writer.Int(ResultMessage);
            _writer.String(messageId);
            try
            {
                handler.Execute(request, _writer);
            }
            catch (OcppException e)
            {
                SendError(messageId, e.ErrorCode, e.Message);
                return;
            }
            catch (Exception e)
            {
                _log.Write(LogLevel.Error, Component, action + " failed: " + e.Message);
                SendError(messageId, CallErrorCode.InternalError, "the charger failed to process " + action);
                return;
            }

            IDeferredCallHandler deferred = handler as IDeferredCallHandler;
            if (deferred != null)
            {
                DeferredAnswer pending = new DeferredAnswer(messageId, deferred, request);
                if (!TryAnswer(pending, false))
                {
                    _deferred.Add(pending);
                }

                return;
            }

            _writer.EndArray();
            Transmit(_writer.ToString());
        }

        private void AnswerDeferred(long nowMs)
        {
            int i = 0;
            while (i < _deferred.Count)
            {
                DeferredAnswer pending = (DeferredAnswer)_deferred[i];
                if (pending.DueMs < 0)
                {
                    pending.DueMs = nowMs + pending.Handler.AnswerWithinMs;
                }

                if (TryAnswer(pending, nowMs >= pending.DueMs))
                {
                    _deferred.RemoveAt(i);
                }
                else
                {
                    i++;
                }
            }
        }

        /// <summary>Asks a deferred handler for its answer; true once the call has been answered, with a result or a CALLERROR.</summary>
        private bool TryAnswer(DeferredAnswer pending, bool final)
        {
            string action = pending.Handler.Action;
            _writer.Reset();
            _writer.BeginArray();
            _writer.Int(ResultMessage);
            _writer.String(pending.MessageId);
            try
            {
                if (!pending.Handler.TryAnswer(pending.Request, final, _writer))
                {
                    if (!final)
                    {
                        return false;
                    }

                    SendError(pending.MessageId, CallErrorCode.InternalError, action + " found no answer in time");
                    return true;
                }
            }
            catch (OcppException e)
            {
                SendError(pending.MessageId, e.ErrorCode, e.Message);
                return true;
            }
            catch (Exception e)
            {
                _log.Write(LogLevel.Error, Component, action + " failed: " + e.Message);
                SendError(pending.MessageId, CallErrorCode.InternalError, "the charger failed to process " + action);
                return true;
            }

            _writer.EndArray();
            Transmit(_writer.ToString());
            return true;
        }

        private void HandleResult(string messageId)
        {
            OutgoingCall call = Claim(messageId, "CALLRESULT");
            if (call == null)
            {
                return;
            }

            try
            {
                call.ReadResult(_reader);
                ExpectFrameEnd();
            }
            catch (OcppException e)
            {
                _log.Write(LogLevel.Warning, Component, "invalid response to " + call.Action + ": " + e.Message);
                call.OnFailed(CallFailure.InvalidResponse, e.Message);
                return;
            }

            call.OnResult();
        }

        private void HandleError(string messageId)
        {
            OutgoingCall call = Claim(messageId, "CALLERROR");
            if (call == null)
            {
                return;
            }

            string code = CallErrorCode.GenericError;
            string description = string.Empty;
            try
            {
                code = _reader.ReadString("ErrorCode", 0);
                description = _reader.ReadString("ErrorDescription", 0);
                _reader.SkipValue();
                ExpectFrameEnd();
            }
            catch (OcppException e)
            {
                description = "malformed CALLERROR: " + e.Message;
            }

            _log.Write(LogLevel.Warning, Component, call.Action + " refused by the CSMS: " + code + " " + description);
            call.OnFailed(code, description);
        }

        /// <summary>The outstanding call a response belongs to, or null (logged) for a response we never asked for.</summary>
        private OutgoingCall Claim(string messageId, string kind)
        {
            if (_outstanding == null || _outstanding.MessageId != messageId)
            {
                _log.Write(LogLevel.Warning, Component, "ignoring " + kind + " for unknown message id " + messageId);
                return null;
            }

            OutgoingCall call = _outstanding;
            _outstanding = null;
            return call;
        }

        private void OnBadMessage(int messageType, string messageId, OcppException e)
        {
            if (messageType == CallMessage && messageId != null)
            {
                SendError(messageId, e.ErrorCode, e.Message);
                return;
            }

            _log.Write(LogLevel.Warning, Component, "dropped a malformed message: " + e.Message);
            if (messageId != null && _outstanding != null && _outstanding.MessageId == messageId)
            {
                OutgoingCall call = _outstanding;
                _outstanding = null;
                call.OnFailed(CallFailure.InvalidResponse, e.Message);
            }
        }

        private int ReadFrameInt(string element)
        {
            if (_reader.Read() != JsonToken.Number || _reader.Value != "2" && _reader.Value != "3" && _reader.Value != "4")
            {
                throw new OcppException(CallErrorCode.FormationViolation, element + " must be 2, 3 or 4");
            }

            return _reader.Value == "2" ? CallMessage : _reader.Value == "3" ? ResultMessage : ErrorMessage;
        }

        private string ReadFrameString(string element)
        {
            if (_reader.Read() != JsonToken.String)
            {
                throw new OcppException(CallErrorCode.FormationViolation, element + " must be a string");
            }

            return _reader.Value;
        }

        private void ExpectFrameEnd()
        {
            if (_reader.Read() != JsonToken.EndArray)
            {
                throw new OcppException(CallErrorCode.FormationViolation, "too many elements in the message array");
            }

            _reader.Read();
        }

        private void SendNext(long nowMs)
        {
            for (int i = 0; i < _queue.Count; i++)
            {
                OutgoingCall call = (OutgoingCall)_queue[i];
                if (!_gate.MaySend(call))
                {
                    continue;
                }

                _queue.RemoveAt(i);
                call.MessageId = _ids.Next();
                _writer.Reset();
                _writer.BeginArray();
                _writer.Int(CallMessage);
                _writer.String(call.MessageId);
                _writer.String(call.Action);
                call.WritePayload(_writer);
                _writer.EndArray();
                if (!Transmit(_writer.ToString()))
                {
                    _queue.Insert(0, call);
                    return;
                }

                _outstanding = call;
                _sentAtMs = nowMs;
                return;
            }
        }

        private void SendError(string messageId, string code, string description)
        {
            _writer.Reset();
            _writer.BeginArray();
            _writer.Int(ErrorMessage);
            _writer.String(messageId);
            _writer.String(code);
            _writer.String(description);
            _writer.BeginObject();
            _writer.EndObject();
            _writer.EndArray();
            Transmit(_writer.ToString());
        }

        private bool Transmit(string frame)
        {
            if (_transport == null || !_transport.Send(frame))
            {
                _log.Write(LogLevel.Warning, Component, "could not send, connection not open");
                return false;
            }

            _log.Frame(true, frame);
            return true;
        }
    }
}
