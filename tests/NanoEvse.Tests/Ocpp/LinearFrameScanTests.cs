using System.Collections.Generic;
using System.Linq;
using NanoEvse.Ocpp.Json;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Ocpp
{
    public class LinearFrameScanTests
    {
        /// <summary>
        /// nanoCLR keeps strings as UTF-8, so s[i] walks from the start and a char-by-char scan of a 16 KiB
        /// frame costs ~10^8 steps there, though it is O(1) on the host. The wire layer must read char[] only.
        /// </summary>
        [Fact]
        public void The_wire_layer_never_indexes_a_string_so_reading_a_frame_stays_linear_on_the_device()
        {
            List<string> callers = StringIndexerCalls.In(typeof(JsonReader).Assembly);

            Assert.Empty(callers);
        }

        /// <summary>
        /// The charger itself indexes only short strings whose length is checked first: idTags (20 characters),
        /// a configuration integer (11), the first character of a list item, the end of the provisioned URL at boot.
        /// A new indexer over frame text would show up here.
        /// </summary>
        [Fact]
        public void The_charger_indexes_only_short_bounded_strings()
        {
            List<string> callers = StringIndexerCalls.In(typeof(NanoEvse.ChargePoint.Charger).Assembly);

            Assert.Equal(
                new[] { "ConfigValues.IsAllowedItem", "ConfigValues.TryParseInt", "IdToken.IsCiString20", "IdToken.Same", "Provisioning.Address" },
                callers.OrderBy(c => c).ToArray());
        }
    }
}
