using System;
using System.Text;
using NanoEvse.Hal;
using Xunit;

namespace NanoEvse.Tests.Hal
{
    public class WebSocketMessageAssemblerTests
    {
        private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

        private static string Text(WebSocketMessageAssembler a) =>
            Encoding.UTF8.GetString(a.MessageBytes, 0, a.MessageLength);

        [Fact]
        public void Single_frame_is_a_whole_message()
        {
            var a = new WebSocketMessageAssembler(64);
            byte[] frame = Utf8("[2,\"1\",\"Heartbeat\",{}]");

            Assert.True(a.Add(frame, frame.Length, true, true, true));
            Assert.Equal("[2,\"1\",\"Heartbeat\",{}]", Text(a));
            Assert.False(a.Truncated);
            Assert.True(a.IsText);
        }

        [Fact]
        public void Single_frame_within_the_limit_is_handed_on_without_a_copy()
        {
            var a = new WebSocketMessageAssembler(64);
            byte[] frame = Utf8("abc");

            a.Add(frame, frame.Length, true, true, true);

            Assert.Same(frame, a.MessageBytes);
        }

        [Fact]
        public void Only_the_count_given_belongs_to_the_frame()
        {
            var a = new WebSocketMessageAssembler(64);
            byte[] frame = Utf8("abcdef");

            Assert.True(a.Add(frame, 3, true, true, true));

            Assert.Equal("abc", Text(a));
        }

        [Fact]
        public void Fragments_are_joined_in_order_and_completed_by_the_final_one()
        {
            var a = new WebSocketMessageAssembler(64);

            Assert.False(a.Add(Utf8("[2,\"7\","), 7, true, false, true));
            Assert.Null(a.MessageBytes);
            Assert.False(a.Add(Utf8("\"Heartbeat\""), 11, false, false, false));
            Assert.True(a.Add(Utf8(",{}]"), 4, false, true, false));

            Assert.Equal("[2,\"7\",\"Heartbeat\",{}]", Text(a));
            Assert.False(a.Truncated);
            Assert.True(a.IsText);
        }

        [Fact]
        public void Message_type_comes_from_the_first_fragment()
        {
            var a = new WebSocketMessageAssembler(64);

            a.Add(new byte[] { 1, 2 }, 2, true, false, false);
            Assert.True(a.Add(new byte[] { 3 }, 1, false, true, true));

            Assert.False(a.IsText);
            Assert.Equal(3, a.MessageLength);
            Assert.Equal(new byte[] { 1, 2, 3 }, Slice(a));
        }

        [Fact]
        public void Empty_final_fragment_completes_the_message()
        {
            var a = new WebSocketMessageAssembler(64);

            a.Add(Utf8("abc"), 3, true, false, true);
            Assert.True(a.Add(new byte[0], 0, false, true, false));

            Assert.Equal("abc", Text(a));
        }

        [Fact]
        public void Empty_message_has_an_empty_buffer()
        {
            var a = new WebSocketMessageAssembler(8);

            Assert.True(a.Add(null, 0, true, true, true));

            Assert.NotNull(a.MessageBytes);
            Assert.Equal(0, a.MessageLength);
        }

        [Fact]
        public void Message_exactly_at_the_limit_is_not_truncated()
        {
            var a = new WebSocketMessageAssembler(6);

            a.Add(Utf8("abc"), 3, true, false, true);
            Assert.True(a.Add(Utf8("def"), 3, false, true, true));

            Assert.Equal("abcdef", Text(a));
            Assert.False(a.Truncated);
        }

        [Fact]
        public void Single_frame_over_the_limit_keeps_only_the_limit()
        {
            var a = new WebSocketMessageAssembler(4);
            byte[] frame = Utf8("abcdefgh");

            Assert.True(a.Add(frame, frame.Length, true, true, true));

            Assert.Equal("abcd", Text(a));
            Assert.True(a.Truncated);
        }

        [Fact]
        public void Fragments_beyond_the_limit_are_dropped_and_reported_once_the_message_ends()
        {
            var a = new WebSocketMessageAssembler(5);

            Assert.False(a.Add(Utf8("abc"), 3, true, false, true));
            Assert.False(a.Add(Utf8("def"), 3, false, false, false));
            Assert.False(a.Add(Utf8("ghi"), 3, false, false, false));
            Assert.True(a.Add(Utf8("jkl"), 3, false, true, false));

            Assert.Equal("abcde", Text(a));
            Assert.True(a.Truncated);
        }

        [Fact]
        public void Truncated_text_never_ends_inside_a_character()
        {
            // "aé€" is 1 + 2 + 3 bytes; a limit of 5 would cut the euro sign after two of its bytes.
            var a = new WebSocketMessageAssembler(5);
            byte[] frame = Utf8("aé€");

            Assert.True(a.Add(frame, frame.Length, true, true, true));

            Assert.Equal("aé", Text(a));
            Assert.Equal(3, a.MessageLength);
            Assert.True(a.Truncated);
        }

        [Fact]
        public void Truncated_binary_is_cut_at_the_exact_limit()
        {
            var a = new WebSocketMessageAssembler(2);
            byte[] frame = { 0xE2, 0x82, 0xAC };

            a.Add(frame, 3, true, true, false);

            Assert.Equal(new byte[] { 0xE2, 0x82 }, Slice(a));
        }

        [Fact]
        public void New_message_after_a_truncated_one_starts_clean()
        {
            var a = new WebSocketMessageAssembler(4);

            a.Add(Utf8("abcd"), 4, true, false, true);
            Assert.True(a.Add(Utf8("efgh"), 4, false, true, false));
            Assert.True(a.Truncated);

            a.Add(Utf8("xy"), 2, true, false, true);
            Assert.True(a.Add(Utf8("z"), 1, false, true, false));

            Assert.Equal("xyz", Text(a));
            Assert.False(a.Truncated);
        }

        [Fact]
        public void Single_frame_after_a_truncated_message_is_not_truncated()
        {
            var a = new WebSocketMessageAssembler(3);

            a.Add(Utf8("abcdef"), 6, true, true, true);
            Assert.True(a.Truncated);

            Assert.True(a.Add(Utf8("ok"), 2, true, true, true));

            Assert.Equal("ok", Text(a));
            Assert.False(a.Truncated);
        }

        [Fact]
        public void New_first_fragment_discards_an_unfinished_message()
        {
            var a = new WebSocketMessageAssembler(64);

            a.Add(Utf8("lost"), 4, true, false, true);
            a.Add(Utf8("new"), 3, true, false, true);
            Assert.True(a.Add(Utf8("!"), 1, false, true, false));

            Assert.Equal("new!", Text(a));
        }

        [Fact]
        public void Continuation_without_a_start_is_ignored()
        {
            var a = new WebSocketMessageAssembler(64);

            Assert.False(a.Add(Utf8("orphan"), 6, false, false, false));
            Assert.False(a.Add(Utf8("end"), 3, false, true, false));
            Assert.Null(a.MessageBytes);
        }

        [Fact]
        public void Reset_drops_a_partial_message()
        {
            var a = new WebSocketMessageAssembler(64);

            a.Add(Utf8("half"), 4, true, false, true);
            a.Reset();

            Assert.False(a.Add(Utf8("tail"), 4, false, true, false));
        }

        [Fact]
        public void Buffer_grows_past_its_first_allocation()
        {
            var a = new WebSocketMessageAssembler(2000);
            byte[] chunk = new byte[300];

            for (int i = 0; i < chunk.Length; i++)
            {
                chunk[i] = (byte)'x';
            }

            a.Add(chunk, chunk.Length, true, false, true);
            a.Add(chunk, chunk.Length, false, false, false);
            Assert.True(a.Add(chunk, chunk.Length, false, true, false));

            Assert.Equal(900, a.MessageLength);
            Assert.Equal(new string('x', 900), Text(a));
        }

        [Fact]
        public void Invalid_arguments_are_rejected()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketMessageAssembler(0));

            var a = new WebSocketMessageAssembler(8);
            Assert.Throws<ArgumentOutOfRangeException>(() => a.Add(new byte[2], 3, true, true, true));
            Assert.Throws<ArgumentOutOfRangeException>(() => a.Add(null, 1, true, true, true));
            Assert.Throws<ArgumentOutOfRangeException>(() => a.Add(new byte[2], -1, true, true, true));
        }

        private static byte[] Slice(WebSocketMessageAssembler a)
        {
            byte[] result = new byte[a.MessageLength];
            Array.Copy(a.MessageBytes, result, a.MessageLength);
            return result;
        }
    }
}
