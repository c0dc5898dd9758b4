using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Storage;
using NanoEvse.Tests.Support;
using NanoEvse.Tooling.Storage;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// The authorization cache as a driver and a CSMS see it: what the CSMS last said about a card is what the
    /// charger knows, whatever the case of the card number; an expired card is never valid; a full cache drops
    /// invalid cards first, then the card not heard of for longest; all of it survives a reboot, and a damaged
    /// file costs the cache, never the charger.
    /// </summary>
    public class AuthorizationCacheTests
    {
        private static readonly DateTime Now = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc);

        private readonly SimulatedFlash _flash = new SimulatedFlash();
        private readonly RecordingLog _log = new RecordingLog();

        private AuthorizationCache Boot(int capacity = AuthorizationCache.DefaultCapacity, IFileStore flash = null)
        {
            return new AuthorizationCache(new DocumentStore(flash ?? _flash, _log), _log, capacity) { Enabled = true };
        }

        private static IdTagInfo Accepted(string parent = null) => new IdTagInfo(AuthorizationStatus.Accepted, false, DateTime.MinValue, parent);

        private static IdTagInfo AcceptedUntil(DateTime expiry, string parent = null) => new IdTagInfo(AuthorizationStatus.Accepted, true, expiry, parent);

        private static IdTagInfo Status(string status) => new IdTagInfo(status);

        private static string StatusOf(AuthorizationCache cache, string idTag) => cache.Lookup(idTag, Now)?.Status;

        [Fact]
        public void The_latest_answer_for_a_card_is_what_the_cache_tells()
        {
            AuthorizationCache cache = Boot();

            cache.Update("04A1B2C3", Accepted("FLEET-1"), Now);
            Assert.Equal(AuthorizationStatus.Accepted, StatusOf(cache, "04A1B2C3"));
            Assert.Equal("FLEET-1", cache.Lookup("04A1B2C3", Now).ParentIdTag);

            cache.Update("04A1B2C3", Status(AuthorizationStatus.Blocked), Now);
            Assert.Equal(AuthorizationStatus.Blocked, StatusOf(cache, "04A1B2C3"));
            Assert.Null(cache.Lookup("04A1B2C3", Now).ParentIdTag);
            Assert.Equal(1, cache.Count);
            Assert.Null(cache.Lookup("04A1B2C4", Now));
        }

        [Fact]
        public void Cards_are_matched_without_regard_to_case()
        {
            AuthorizationCache cache = Boot();

            cache.Update("04a1b2c3", Accepted(), Now);
            cache.Update("04A1B2C3", Status(AuthorizationStatus.Invalid), Now);

            Assert.Equal(1, cache.Count);
            Assert.Equal(AuthorizationStatus.Invalid, StatusOf(cache, "04A1b2C3"));
        }

        [Fact]
        public void An_accepted_card_past_its_expiry_date_is_reported_expired()
        {
            AuthorizationCache cache = Boot();
            DateTime expiry = Now.AddHours(1);
            cache.Update("TAG-1", AcceptedUntil(expiry, "P"), Now);
            cache.Update("TAG-2", new IdTagInfo(AuthorizationStatus.ConcurrentTx, true, expiry, null), Now);
            cache.Update("TAG-3", new IdTagInfo(AuthorizationStatus.Blocked, true, expiry, null), Now);

            Assert.Equal(AuthorizationStatus.Accepted, cache.Lookup("TAG-1", expiry.AddTicks(-1)).Status);

            IdTagInfo expired = cache.Lookup("TAG-1", expiry);
            Assert.Equal(AuthorizationStatus.Expired, expired.Status);
            Assert.False(expired.IsValidAt(expiry));
            Assert.Equal("P", expired.ParentIdTag);
            Assert.Equal(AuthorizationStatus.Expired, cache.Lookup("TAG-2", expiry.AddDays(1)).Status);
            Assert.Equal(AuthorizationStatus.Blocked, cache.Lookup("TAG-3", expiry.AddDays(1)).Status);
        }

        [Fact]
        public void A_full_cache_drops_the_oldest_card_that_is_not_valid_first()
        {
            AuthorizationCache cache = Boot(capacity: 4);
            cache.Update("VALID-OLD", Accepted(), Now);
            cache.Update("BLOCKED", Status(AuthorizationStatus.Blocked), Now);
            cache.Update("EXPIRING", AcceptedUntil(Now.AddMinutes(30)), Now);
            cache.Update("INVALID", Status(AuthorizationStatus.Invalid), Now);

            cache.Update("NEW-1", Accepted(), Now);
            Assert.Null(cache.Lookup("BLOCKED", Now));

            // Half an hour on, the expiring card is no longer valid, so it goes before the older invalid one.
            DateTime later = Now.AddMinutes(30);
            cache.Update("NEW-2", Accepted(), later);
            Assert.Null(cache.Lookup("EXPIRING", later));
            Assert.NotNull(cache.Lookup("INVALID", later));

            cache.Update("NEW-3", Accepted(), later);
            Assert.Null(cache.Lookup("INVALID", later));

            // Only valid cards left: the one updated longest ago goes.
            cache.Update("NEW-4", Accepted(), later);
            Assert.Null(cache.Lookup("VALID-OLD", later));
            Assert.All(new[] { "NEW-1", "NEW-2", "NEW-3", "NEW-4" }, t => Assert.NotNull(cache.Lookup(t, later)));
            Assert.Equal(4, cache.Count);
        }

        [Fact]
        public void A_card_the_csms_answers_for_again_counts_as_recent_even_when_nothing_changed()
        {
            AuthorizationCache cache = Boot(capacity: 2);
            cache.Update("FIRST", Accepted(), Now);
            cache.Update("SECOND", Accepted(), Now);

            cache.Update("first", Accepted(), Now);
            cache.Update("THIRD", Accepted(), Now);

            Assert.NotNull(cache.Lookup("FIRST", Now));
            Assert.Null(cache.Lookup("SECOND", Now));
        }

        [Fact]
        public void Entries_and_their_eviction_order_survive_a_reboot()
        {
            AuthorizationCache cache = Boot(capacity: 3);
            DateTime expiry = new DateTime(2027, 3, 4, 5, 6, 7, 890, DateTimeKind.Utc);
            cache.Update("AAA", Accepted(), Now);
            cache.Update("BBB", Status(AuthorizationStatus.ConcurrentTx), Now);
            cache.Update("CCC", Status(AuthorizationStatus.Expired), Now);
            cache.Update("aaa", AcceptedUntil(expiry, "GROUP-7"), Now);

            AuthorizationCache rebooted = Boot(capacity: 3);

            Assert.Equal(3, rebooted.Count);
            IdTagInfo aaa = rebooted.Lookup("AAA", Now);
            Assert.True(AcceptedUntil(expiry, "GROUP-7").SameAs(aaa));
            Assert.Equal(expiry.Ticks, aaa.ExpiryDate.Ticks);
            Assert.Equal(AuthorizationStatus.ConcurrentTx, StatusOf(rebooted, "bbb"));
            Assert.Equal(AuthorizationStatus.Expired, StatusOf(rebooted, "CCC"));

            rebooted.Update("DDD", Accepted(), Now);
            Assert.Null(rebooted.Lookup("CCC", Now));
            rebooted.Update("EEE", Accepted(), Now);
            Assert.Null(rebooted.Lookup("BBB", Now));
            Assert.NotNull(rebooted.Lookup("AAA", Now));
            Assert.DoesNotContain(_log.Lines, l => l.StartsWith("Error") || l.StartsWith("Warning"));
        }

        [Fact]
        public void An_answer_that_changes_nothing_costs_no_flash_write()
        {
            AuthorizationCache cache = Boot();
            cache.Update("04A1B2C3", AcceptedUntil(Now.AddDays(30), "P"), Now);
            cache.Update("04D5E6F7", Accepted(), Now);
            _flash.ResetCounters();

            cache.Update("04a1b2c3", AcceptedUntil(Now.AddDays(30), "P"), Now.AddMinutes(5));

            Assert.Equal(0, _flash.Operations);
            Assert.Equal(0, _flash.BytesWritten);

            cache.Update("04A1B2C3", AcceptedUntil(Now.AddDays(31), "P"), Now.AddMinutes(6));
            Assert.True(_flash.BytesWritten > 0);
        }

        [Fact]
        public void Lookups_never_write_to_flash()
        {
            AuthorizationCache cache = Boot();
            cache.Update("TAG", AcceptedUntil(Now.AddMinutes(1)), Now);
            _flash.ResetCounters();

            cache.Lookup("TAG", Now);
            cache.Lookup("TAG", Now.AddMinutes(2));
            cache.Lookup("OTHER", Now);

            Assert.Equal(0, _flash.Operations);
        }

        public static IEnumerable<object[]> Damages() =>
            new[] { "garbage", "empty", "truncated", "flipped bit", "newer version", "unknown status", "count beyond the entries", "duplicate card", "overlong card" }
                .Select(d => new object[] { d });

        [Theory]
        [MemberData(nameof(Damages))]
        public void A_damaged_file_is_reported_and_the_cache_starts_empty_and_works(string damage)
        {
            Boot().Update("TAG-1", Accepted(), Now);
            _flash.Put(AuthorizationCache.FileName, Damage(_flash.Peek(AuthorizationCache.FileName), damage));

            AuthorizationCache cache = Boot();

            Assert.Contains(_log.Lines, l => l.StartsWith("Error") && l.Contains(AuthorizationCache.FileName));
            Assert.Equal(0, cache.Count);
            Assert.Null(cache.Lookup("TAG-1", Now));

            cache.Update("TAG-2", Status(AuthorizationStatus.Blocked), Now);
            _log.Lines.Clear();
            AuthorizationCache rebooted = Boot();
            Assert.Equal(AuthorizationStatus.Blocked, StatusOf(rebooted, "TAG-2"));
            Assert.DoesNotContain(_log.Lines, l => l.StartsWith("Error"));
        }

        [Fact]
        public void A_file_that_cannot_be_read_leaves_an_empty_cache()
        {
            Boot().Update("TAG-1", Accepted(), Now);
            FaultyFlash flash = new FaultyFlash(_flash);
            flash.Unreadable.Add(AuthorizationCache.FileName);

            AuthorizationCache cache = Boot(flash: flash);

            Assert.Equal(0, cache.Count);
            Assert.Contains(_log.Lines, l => l.StartsWith("Error") && l.Contains("cannot read " + AuthorizationCache.FileName));
        }

        [Fact]
        public void A_file_from_a_larger_cache_keeps_the_most_recently_updated_cards()
        {
            AuthorizationCache large = Boot(capacity: 4);
            foreach (string tag in new[] { "T1", "T2", "T3", "T4" })
            {
                large.Update(tag, Accepted(), Now);
            }

            AuthorizationCache small = Boot(capacity: 2);

            Assert.Equal(2, small.Count);
            Assert.Null(small.Lookup("T2", Now));
            Assert.NotNull(small.Lookup("T3", Now));
            Assert.NotNull(small.Lookup("T4", Now));
        }

        [Fact]
        public void An_answer_flash_cannot_store_is_used_now_and_its_stale_copy_removed()
        {
            Boot().Update("TAG", Accepted(), Now);
            WriteFailingFlash flash = new WriteFailingFlash(_flash);
            AuthorizationCache cache = Boot(flash: flash);
            flash.WritesFail = true;

            cache.Update("TAG", Status(AuthorizationStatus.Blocked), Now);

            Assert.Equal(AuthorizationStatus.Blocked, StatusOf(cache, "TAG"));
            Assert.Contains(_log.Lines, l => l.StartsWith("Error") && l.Contains("could not store " + AuthorizationCache.FileName));
            Assert.Null(Boot().Lookup("TAG", Now));
        }

        [Fact]
        public void Clear_empties_the_cache_for_good()
        {
            AuthorizationCache cache = Boot();
            cache.Update("TAG-1", Accepted(), Now);
            cache.Update("TAG-2", Status(AuthorizationStatus.Invalid), Now);

            Assert.True(cache.Clear());

            Assert.Equal(0, cache.Count);
            Assert.Null(cache.Lookup("TAG-1", Now));
            Assert.Equal(0, Boot().Count);
            Assert.DoesNotContain(_flash.Names, n => n.StartsWith(AuthorizationCache.FileName));
        }

        [Fact]
        public void A_disabled_cache_answers_nothing_takes_nothing_and_drops_what_it_held()
        {
            AuthorizationCache cache = Boot();
            cache.Update("TAG-1", Accepted(), Now);

            cache.Enabled = false;
            cache.Update("TAG-2", Accepted(), Now);

            Assert.Null(cache.Lookup("TAG-1", Now));
            Assert.Null(cache.Lookup("TAG-2", Now));
            Assert.Null(_flash.Peek(AuthorizationCache.FileName));

            cache.Enabled = true;
            Assert.Null(cache.Lookup("TAG-1", Now));
            cache.Update("TAG-3", Accepted(), Now);
            Assert.NotNull(cache.Lookup("TAG-3", Now));
        }

        [Fact]
        public void A_new_cache_is_disabled_until_the_charger_enables_it()
        {
            Boot().Update("TAG-1", Accepted(), Now);

            AuthorizationCache cache = new AuthorizationCache(new DocumentStore(_flash, _log), _log, 8);

            Assert.False(cache.Enabled);
            Assert.Null(cache.Lookup("TAG-1", Now));
            cache.Enabled = true;
            Assert.NotNull(cache.Lookup("TAG-1", Now));
        }

        [Theory]
        [InlineData("Zürich-01", null)]
        [InlineData("TAG\tONE", null)]
        [InlineData("ABCDEFGHIJKLMNOPQRSTU", null)]
        [InlineData("TAG-1", "Gruppe-Ä")]
        public void Tokens_that_are_not_CiString20_are_not_cached(string idTag, string parent)
        {
            AuthorizationCache cache = Boot();

            cache.Update(idTag, Accepted(parent), Now);

            Assert.Equal(0, cache.Count);
            Assert.Null(cache.Lookup(idTag, Now));
            Assert.Contains(_log.Lines, l => l.StartsWith("Warning") && l.Contains("not caching"));
        }

        [Fact]
        public void A_full_cache_of_the_longest_entries_writes_exactly_the_stated_maximum()
        {
            const int capacity = 5;
            AuthorizationCache cache = Boot(capacity);
            for (int i = 0; i < capacity + 2; i++)
            {
                cache.Update(i.ToString("D2") + new string('~', 18), AcceptedUntil(DateTime.MaxValue, new string('P', 20)), Now);
            }

            Assert.Equal(AuthorizationCache.MaxDocumentBytes(capacity), _flash.Peek(AuthorizationCache.FileName).Length);
            Assert.Equal(capacity, Boot(capacity).Count);
        }

        [Fact]
        public void The_default_cache_fits_the_flash_budget_reserved_for_it()
        {
            Assert.True(AuthorizationCache.MaxDocumentBytes(AuthorizationCache.DefaultCapacity) <= StorageReserves.AuthorizationCacheBytes);
            Assert.True(AuthorizationCache.MaxDocumentBytes(AuthorizationCache.DefaultCapacity) <= FlashBudget.BlockSize);
        }

        private static byte[] Damage(byte[] good, string damage)
        {
            switch (damage)
            {
                case "garbage":
                    byte[] noise = new byte[good.Length];
                    new Random(5).NextBytes(noise);
                    return noise;
                case "empty":
                    return new byte[0];
                case "truncated":
                    return good.Take(good.Length - 7).ToArray();
                case "flipped bit":
                    byte[] flipped = (byte[])good.Clone();
                    flipped[DocumentWriter.HeaderBytes + 6] ^= 0x01;
                    return flipped;
                case "newer version":
                    return Document(AuthorizationCache.FormatVersion + 1, w => Entry(w, "TAG-1", 0));
                case "unknown status":
                    return Document(AuthorizationCache.FormatVersion, w => Entry(w, "TAG-1", AuthorizationStatus.Names.Length));
                case "count beyond the entries":
                    return Document(AuthorizationCache.FormatVersion, w => { w.Int(2); WriteEntry(w, "TAG-1", 0); });
                case "duplicate card":
                    return Document(AuthorizationCache.FormatVersion, w => { w.Int(2); WriteEntry(w, "TAG-1", 0); WriteEntry(w, "tag-1", 1); });
                case "overlong card":
                    return Document(AuthorizationCache.FormatVersion, w => Entry(w, new string('T', 21), 0));
                default:
                    throw new ArgumentException(damage);
            }
        }

        private static byte[] Document(int version, Action<DocumentWriter> fill)
        {
            DocumentWriter writer = new DocumentWriter(version);
            fill(writer);
            return writer.Seal().Take(writer.Length).ToArray();
        }

        private static void Entry(DocumentWriter writer, string idTag, int status)
        {
            writer.Int(1);
            WriteEntry(writer, idTag, status);
        }

        /// <summary>One entry as format version 1 lays it out: idTag, status, flags, expiry ticks (low, high), parent.</summary>
        private static void WriteEntry(DocumentWriter writer, string idTag, int status)
        {
            writer.String(idTag);
            writer.Int(status);
            writer.Int(0);
            writer.Int(0);
            writer.Int(0);
            writer.String(string.Empty);
        }

        /// <summary>Flash whose writes fail (worn out or full) while reads, renames and deletes still work.</summary>
        private sealed class WriteFailingFlash : IFileStore
        {
            private readonly SimulatedFlash _flash;

            public WriteFailingFlash(SimulatedFlash flash)
            {
                _flash = flash;
            }

            public bool WritesFail { get; set; }

            public byte[] Read(string name) => _flash.Read(name);

            public void Write(string name, byte[] data, int count)
            {
                if (WritesFail)
                {
                    throw new IOException("write error on " + name);
                }

                _flash.Write(name, data, count);
            }

            public void Append(string name, byte[] data, int count) => _flash.Append(name, data, count);

            public void Rename(string from, string to) => _flash.Rename(from, to);

            public void Delete(string name) => _flash.Delete(name);

            public string[] List() => _flash.List();
        }
    }
}
