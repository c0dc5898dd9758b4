using System;
using NanoEvse.Drivers.Mfrc522;
using NanoEvse.Hal.Host;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    public class Mfrc522ReaderTests
    {
        private readonly VirtualClock _clock = new VirtualClock(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        private readonly FakeMfrc522 _chip = new FakeMfrc522();
        private readonly Mfrc522Reader _reader;

        public Mfrc522ReaderTests()
        {
            _reader = new Mfrc522Reader(_chip, _clock);
        }

        /// <summary>Runs the reader as the main loop would, polling every 10 ms, and collects the tags it gives.</summary>
        private string Run(int ms)
        {
            string tags = string.Empty;
            for (int t = 0; t < ms; t += 10)
            {
                _reader.Poll();
                string tag = _reader.TakeTag();
                if (tag != null)
                {
                    tags += (tags.Length > 0 ? "," : string.Empty) + tag;
                }

                _clock.Advance(10);
            }

            return tags;
        }

        [Fact]
        public void The_reader_is_set_up_for_type_A_cards_with_its_antenna_on()
        {
            Run(1000);

            Assert.Equal(0x92, _reader.Version);
            Assert.Equal(0x03, _chip.Register(Mfrc522Registers.TxControlReg) & 0x03);
            Assert.Equal(0x40, _chip.Register(Mfrc522Registers.TxAskReg));
            Assert.Equal(0x80, _chip.Register(Mfrc522Registers.TModeReg));
        }

        [Fact]
        public void A_card_presented_gives_its_uid_as_upper_case_hex()
        {
            Run(1000);
            _chip.Field.Add(new FakeCard(0xDE, 0xAD, 0x0B, 0xEF));

            Assert.Equal("DEAD0BEF", Run(1000));
        }

        [Fact]
        public void Seven_and_ten_byte_uids_are_read_through_the_cascade_levels()
        {
            var doubleSize = new FakeCard(0x04, 0xA2, 0x3B, 0x1C, 0x5D, 0x80, 0x0F);
            _chip.Field.Add(doubleSize);
            Assert.Equal("04A23B1C5D800F", Run(1000));
            Assert.True(doubleSize.Selects >= 2);

            _chip.Field.Clear();
            _chip.Field.Add(new FakeCard(0x08, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99));
            Assert.Equal("08112233445566778899", Run(1000));
        }

        [Fact]
        public void A_card_left_on_the_reader_is_one_tag()
        {
            _chip.Field.Add(new FakeCard(0x12, 0x34, 0x56, 0x78));

            Assert.Equal("12345678", Run(60000));
        }

        [Fact]
        public void Taking_the_card_away_and_presenting_it_again_is_a_new_tag()
        {
            var card = new FakeCard(0x12, 0x34, 0x56, 0x78);
            _chip.Field.Add(card);
            Run(1000);

            _chip.Field.Clear();
            Run(Mfrc522Reader.CooldownMs + 500);
            card.Reenter();
            _chip.Field.Add(card);

            Assert.Equal("12345678", Run(1000));
        }

        [Fact]
        public void A_card_that_only_slips_out_of_the_field_for_a_moment_is_not_a_new_tag()
        {
            var card = new FakeCard(0x12, 0x34, 0x56, 0x78);
            _chip.Field.Add(card);
            Run(1000);

            _chip.Field.Clear();
            Run(500);
            card.Reenter();
            _chip.Field.Add(card);

            Assert.Equal(string.Empty, Run(1000));
        }

        [Fact]
        public void Another_card_right_after_is_its_own_tag()
        {
            _chip.Field.Add(new FakeCard(0x12, 0x34, 0x56, 0x78));
            Run(1000);

            _chip.Field.Clear();
            _chip.Field.Add(new FakeCard(0xCA, 0xFE, 0x00, 0x01));

            Assert.Equal("CAFE0001", Run(1000));
        }

        [Fact]
        public void Two_cards_at_once_give_no_tag_until_one_is_taken_away()
        {
            var kept = new FakeCard(0x11, 0x11, 0x11, 0x11);
            _chip.Field.Add(kept);
            _chip.Field.Add(new FakeCard(0x22, 0x22, 0x22, 0x22));
            Assert.Equal(string.Empty, Run(2000));

            _chip.Field.RemoveAt(1);

            Assert.Equal("11111111", Run(1000));
        }

        [Fact]
        public void A_reader_that_does_not_answer_gives_no_tags()
        {
            _chip.Absent = true;

            Assert.Equal(string.Empty, Run(2000));
            Assert.Null(_reader.TakeTag());
        }

        [Fact]
        public void A_tag_is_taken_once()
        {
            _chip.Field.Add(new FakeCard(0xDE, 0xAD, 0x0B, 0xEF));
            for (int t = 0; t < 1000; t += 10)
            {
                _reader.Poll();
                _clock.Advance(10);
            }

            Assert.Equal("DEAD0BEF", _reader.TakeTag());
            Assert.Null(_reader.TakeTag());
        }

        [Fact]
        public void The_halt_frame_carries_the_standard_crc()
        {
            byte[] halt = { Iso14443a.Halt, 0x00, 0, 0 };

            Iso14443a.AppendCrc(halt, 2);

            Assert.Equal(new byte[] { 0x50, 0x00, 0x57, 0xCD }, halt);
        }
    }
}
