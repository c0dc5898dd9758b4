using System;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Ocpp
{
    /// <summary>CSMS calls whose answer waits on something slow: answered from a later poll, never later than the handler's bound.</summary>
    public class RpcDeferredAnswerTests
    {
        private const int WithinMs = 500;
        private readonly ScriptedTransport _link = new ScriptedTransport();
        private readonly RecordingLog _log = new RecordingLog();
        private readonly SlowHandler _slow = new SlowHandler();
        private readonly RpcEndpoint _endpoint;

        public RpcDeferredAnswerTests()
        {
            CallRouter router = new CallRouter();
            router.Register(_slow);
            router.Register(new EchoHandler());
            _endpoint = new RpcEndpoint(_log, router, new MessageIdGenerator(1), new OpenGate());
            _link.Connect(new TransportSettings(), 1, new TransportInbox());
            _endpoint.Attach(_link);
        }

        private Frame Answer(string id) => _link.Sent.ConvertAll(t => new Frame(t)).Find(f => f.Id == id);

        [Fact]
        public void An_answer_known_at_once_is_sent_at_once()
        {
            _slow.Status = "Done";

            _endpoint.HandleMessage("[2,\"d1\",\"Slow\",{}]", false);

            Assert.Equal("Done", Answer("d1").Payload.GetProperty("status").GetString());
            Assert.Equal(1, _slow.Executed);
        }

        [Fact]
        public void A_later_answer_is_sent_from_the_poll_that_finds_it_ready()
        {
            _endpoint.HandleMessage("[2,\"d1\",\"Slow\",{}]", false);
            _endpoint.Poll(0);
            _endpoint.Poll(200);
            Assert.Empty(_link.Sent);

            _slow.Status = "Done";
            _endpoint.Poll(300);

            Frame answer = Answer("d1");
            Assert.Equal(3, answer.Type);
            Assert.Equal("Done", answer.Payload.GetProperty("status").GetString());
            Assert.False(_slow.LastFinal);
            _endpoint.Poll(400);
            Assert.Single(_link.Sent);
        }

        [Fact]
        public void The_endpoint_is_not_idle_while_an_answer_is_still_owed_so_a_reset_waits_for_it()
        {
            _endpoint.HandleMessage("[2,\"d1\",\"Slow\",{}]", false);
            _endpoint.Poll(0);
            Assert.False(_endpoint.IsIdle);

            _slow.Status = "Done";
            _endpoint.Poll(100);
            Assert.True(_endpoint.IsIdle);
        }

        [Fact]
        public void When_the_time_is_up_the_handler_answers_with_what_it_knows()
        {
            _slow.StatusWhenFinal = "GaveUp";
            _endpoint.HandleMessage("[2,\"d1\",\"Slow\",{}]", false);
            _endpoint.Poll(1000);
            _endpoint.Poll(1000 + WithinMs - 1);
            Assert.Empty(_link.Sent);

            _endpoint.Poll(1000 + WithinMs);

            Assert.Equal("GaveUp", Answer("d1").Payload.GetProperty("status").GetString());
            Assert.True(_slow.LastFinal);
        }

        [Fact]
        public void A_handler_without_an_answer_when_the_time_is_up_gets_an_InternalError()
        {
            _endpoint.HandleMessage("[2,\"d1\",\"Slow\",{}]", false);
            _endpoint.Poll(0);
            _endpoint.Poll(WithinMs);

            Assert.Equal(CallErrorCode.InternalError, Answer("d1").ErrorCode);
        }

        [Theory]
        [InlineData(true, CallErrorCode.PropertyConstraintViolation)]
        [InlineData(false, CallErrorCode.InternalError)]
        public void A_handler_that_throws_while_answering_gets_a_callerror(bool ocppError, string expectedCode)
        {
            _endpoint.HandleMessage("[2,\"d1\",\"Slow\",{}]", false);
            _slow.Throw = ocppError ? new OcppException(CallErrorCode.PropertyConstraintViolation, "bad") : new InvalidOperationException("boom");

            _endpoint.Poll(0);

            Assert.Equal(expectedCode, Answer("d1").ErrorCode);
            _endpoint.Poll(WithinMs);
            Assert.Single(_link.Sent);
        }

        [Fact]
        public void Other_calls_are_answered_while_an_answer_waits()
        {
            _endpoint.HandleMessage("[2,\"d1\",\"Slow\",{}]", false);
            _endpoint.HandleMessage("[2,\"d2\",\"Slow\",{}]", false);
            _endpoint.HandleMessage("[2,\"e1\",\"Echo\",{}]", false);
            Assert.NotNull(Answer("e1"));

            _slow.Status = "Done";
            _endpoint.Poll(0);

            Assert.Equal(new[] { "e1", "d1", "d2" }, _link.Sent.ConvertAll(t => new Frame(t).Id).ToArray());
        }

        [Fact]
        public void A_call_beyond_the_answers_that_may_wait_is_refused_without_being_executed()
        {
            for (int i = 0; i < RpcEndpoint.MaxDeferredAnswers; i++)
            {
                _endpoint.HandleMessage("[2,\"d" + i + "\",\"Slow\",{}]", false);
            }

            _endpoint.HandleMessage("[2,\"over\",\"Slow\",{}]", false);

            Frame refused = Answer("over");
            Assert.Equal(4, refused.Type);
            Assert.Equal(CallErrorCode.InternalError, refused.ErrorCode);
            Assert.Equal(RpcEndpoint.MaxDeferredAnswers, _slow.Executed);
            Assert.Contains(_log.Lines, l => l.Contains("refusing Slow"));

            _slow.Status = "Done";
            _endpoint.Poll(0);
            _endpoint.HandleMessage("[2,\"again\",\"Slow\",{}]", false);

            Assert.Equal("Done", Answer("again").Payload.GetProperty("status").GetString());
            Assert.Equal(RpcEndpoint.MaxDeferredAnswers + 1, _slow.Executed);
        }

        [Fact]
        public void Answers_still_pending_when_the_connection_closes_are_dropped()
        {
            _endpoint.HandleMessage("[2,\"d1\",\"Slow\",{}]", false);

            _endpoint.Detach();
            _link.Connect(new TransportSettings(), 2, new TransportInbox());
            _endpoint.Attach(_link);
            _slow.Status = "Done";
            _endpoint.Poll(WithinMs * 2);

            Assert.Empty(_link.Sent);
            Assert.Contains(_log.Lines, l => l.Contains("connection closed before 1 answer(s) were ready"));
        }

        private sealed class OpenGate : IRpcGate
        {
            public bool MaySend(OutgoingCall call) => true;

            public bool MayAnswer() => true;
        }

        /// <summary>Answers with <see cref="Status"/> once a test sets it.</summary>
        private sealed class SlowHandler : IDeferredCallHandler
        {
            public string Status;
            public string StatusWhenFinal;
            public Exception Throw;
            public int Executed;
            public bool LastFinal;

            public string Action => "Slow";

            public int AnswerWithinMs => WithinMs;

            public object ReadRequest(JsonReader payload)
            {
                payload.SkipValue();
                return new object();
            }

            public void Execute(object request, JsonWriter response)
            {
                Executed++;
            }

            public bool TryAnswer(object request, bool final, JsonWriter response)
            {
                LastFinal = final;
                if (Throw != null)
                {
                    throw Throw;
                }

                string status = Status ?? (final ? StatusWhenFinal : null);
                if (status == null)
                {
                    return false;
                }

                response.BeginObject();
                response.Property("status", status);
                response.EndObject();
                return true;
            }
        }

        private sealed class EchoHandler : ICallHandler
        {
            public string Action => "Echo";

            public object ReadRequest(JsonReader payload)
            {
                payload.SkipValue();
                return null;
            }

            public void Execute(object request, JsonWriter response)
            {
                response.BeginObject();
                response.EndObject();
            }
        }
    }
}
