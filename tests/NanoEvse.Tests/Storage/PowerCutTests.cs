using System.Collections.Generic;
using System.Linq;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace NanoEvse.Tests.Storage
{
    /// <summary>
    /// Power fails at every flash operation of a configuration update, leaving every possible torn write, and
    /// again at every operation of the repair the next boot makes. After each, the charger must come back with
    /// the whole configuration before the change or the whole configuration after it: never a mix, never the
    /// profile defaults in place of values the CSMS had set.
    /// </summary>
    public class PowerCutTests
    {
        private const string OldKey = "0123456789abcdefOLD";
        private const string NewKey = "fedcba9876543210NEW!";

        private static readonly Dictionary<string, Update> Updates = new Dictionary<string, Update>
        {
            ["default: one change"] = new Update("default",
                new[] { "HeartbeatInterval", "600", "MeterValueSampleInterval", "30", "LocalPreAuthorize", "true",
                        "ConnectionTimeOut", "90", "MeterValuesSampledData", "Energy.Active.Import.Register,Power.Active.Import",
                        "AuthorizationKey", OldKey },
                new[] { "HeartbeatInterval", "900" }),
            ["default: a sequence of changes"] = new Update("default",
                new[] { "HeartbeatInterval", "600", "MeterValueSampleInterval", "30", "LocalPreAuthorize", "true",
                        "ConnectionTimeOut", "90", "AuthorizationKey", OldKey },
                new[] { "HeartbeatInterval", "900", "LocalPreAuthorize", "false", "BlinkRepeat", "7",
                        "MeterValuesSampledData", "Voltage,Current.Import,Power.Active.Import" }),
            ["default: the security document"] = new Update("default",
                new[] { "HeartbeatInterval", "600", "LightIntensity", "40", "AuthorizationKey", OldKey, "SecurityProfile", "1" },
                new[] { "AuthorizationKey", NewKey }),
            ["default: credentials and settings in turn"] = new Update("default",
                new[] { "HeartbeatInterval", "600", "LightIntensity", "40", "AuthorizationKey", OldKey },
                new[] { "AuthorizationKey", NewKey, "MeterValueSampleInterval", "15", "SecurityProfile", "1" }),
            ["product-b: one change"] = new Update("product-b",
                new[] { "HeartbeatInterval", "120", "MeterValueSampleInterval", "60", "BlinkRepeat", "2",
                        "AllowOfflineTxForUnknownId", "false", "LightIntensity", "50" },
                new[] { "MeterValueSampleInterval", "15" }),
            ["product-b: a sequence of changes"] = new Update("product-b",
                new[] { "HeartbeatInterval", "120", "MeterValueSampleInterval", "60", "BlinkRepeat", "2",
                        "AllowOfflineTxForUnknownId", "false", "LightIntensity", "50" },
                new[] { "BlinkRepeat", "5", "StopTxnSampledData", "Energy.Active.Import.Register,Voltage",
                        "HeartbeatInterval", "3600" }),
        };

        private readonly ITestOutputHelper _output;

        public PowerCutTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public static IEnumerable<object[]> UpdateNames() => Updates.Keys.Select(name => new object[] { name });

        [Theory]
        [MemberData(nameof(UpdateNames))]
        public void Every_cut_leaves_the_old_or_the_new_configuration(string name)
        {
            Update update = Updates[name];
            SimulatedFlash image = FlashImages.Configured(update.Profile, update.Old);
            Reference reference = RunWithoutCut(update, image);
            int operations = reference.OperationsAfter[reference.OperationsAfter.Count - 1];
            int cutRuns = 0;
            int repairCutRuns = 0;

            for (int cut = 0; cut < operations; cut++)
            {
                int change = reference.OperationsAfter.FindIndex(after => cut < after);
                int length = reference.SaveBytes[change];
                foreach (int torn in new[] { 0, 1, length / 2, length - 1, length }.Distinct())
                {
                    string where = name + ", cut at operation " + cut + " (change " + change + "), " + torn + " bytes torn";
                    SimulatedFlash afterCut = UpdateWithCut(update, image, cut, torn, change, where, out string hitAnswer);
                    cutRuns++;

                    SortedDictionary<string, string> repaired = BootAndCheck(update.Profile, FlashImages.Copy(afterCut), reference, change, where, out int repairOperations);
                    if (hitAnswer == ChangeResult.Accepted)
                    {
                        Assert.True(repaired.SequenceEqual(reference.States[change + 1]), where + ": answered Accepted but the next boot has the old value");
                    }

                    for (int repairCut = 0; repairCut < repairOperations; repairCut++)
                    {
                        SimulatedFlash flash = FlashImages.Copy(afterCut);
                        flash.CutAt = repairCut;
                        ChargerRig.ForProfile(update.Profile, flash);
                        string again = where + ", then cut at operation " + repairCut + " of the repair";
                        Assert.True(flash.PoweredOff, again + ": the cut never happened");
                        SortedDictionary<string, string> afterRepairCut = BootAndCheck(update.Profile, flash, reference, change, again, out _);
                        Assert.True(afterRepairCut.SequenceEqual(repaired), again + ": " + FlashImages.Difference(repaired, afterRepairCut));
                        repairCutRuns++;
                    }
                }
            }

            _output.WriteLine(name + ": " + update.Changes.Length / 2 + " ChangeConfiguration, " + operations + " flash operations, "
                + cutRuns + " cut runs (cut point x torn size) + " + repairCutRuns + " cuts during the repair at the next boot = "
                + (cutRuns + repairCutRuns) + " power cuts tried");
            for (int i = 0; i < reference.SaveBytes.Count; i++)
            {
                _output.WriteLine("  ChangeConfiguration " + update.Changes[2 * i] + ": " + reference.SaveBytes[i]
                    + " bytes saved (LastSaveBytes), " + reference.BytesWritten[i] + " bytes written to flash");
            }
        }

        /// <summary>The update with no cut: the states between changes, the operations and bytes each change costs.</summary>
        private static Reference RunWithoutCut(Update update, SimulatedFlash image)
        {
            Reference reference = new Reference();
            ChargerRig rig = ChargerRig.ForProfile(update.Profile, FlashImages.Copy(image));
            rig.BootAccepted();
            reference.States.Add(FlashImages.StoredValues(rig.Charger));
            rig.Flash.ResetCounters();
            long bytesBefore = 0;
            for (int i = 0; i < update.Changes.Length; i += 2)
            {
                Assert.Equal(ChangeResult.Accepted, rig.ChangeConfiguration(update.Changes[i], update.Changes[i + 1]));
                reference.OperationsAfter.Add(rig.Flash.Operations);
                reference.SaveBytes.Add(rig.Charger.Configuration.LastSaveBytes);
                reference.BytesWritten.Add(rig.Flash.BytesWritten - bytesBefore);
                bytesBefore = rig.Flash.BytesWritten;
                SortedDictionary<string, string> state = FlashImages.StoredValues(rig.Charger);
                Assert.False(state.SequenceEqual(reference.States[reference.States.Count - 1]), "change " + i / 2 + " changed nothing");
                reference.States.Add(state);
            }

            Assert.Equal(reference.States[reference.States.Count - 1], FlashImages.StoredValues(rig.Reboot().Charger));
            return reference;
        }

        /// <summary>Runs the update with power failing at operation <paramref name="cut"/>; returns the flash as the cut left it.</summary>
        /// <remarks>
        /// The change the cut hits answers Rejected, or Accepted when only its rename was cut: the whole new file is
        /// then on the flash and the next boot completes the save (on a charger no answer goes out either way).
        /// </remarks>
        private static SimulatedFlash UpdateWithCut(Update update, SimulatedFlash image, int cut, int torn, int cutChange, string where, out string hitAnswer)
        {
            hitAnswer = null;
            ChargerRig rig = ChargerRig.ForProfile(update.Profile, FlashImages.Copy(image));
            rig.BootAccepted();
            rig.Flash.ResetCounters();
            rig.Flash.CutAt = cut;
            rig.Flash.TornBytes = torn;
            for (int i = 0; i < update.Changes.Length; i += 2)
            {
                string status = rig.ChangeConfiguration(update.Changes[i], update.Changes[i + 1]);
                if (i / 2 == cutChange)
                {
                    hitAnswer = status;
                    Assert.True(status == ChangeResult.Rejected || status == ChangeResult.Accepted, where + ": answered " + status);
                }
                else
                {
                    Assert.True((i / 2 < cutChange ? ChangeResult.Accepted : ChangeResult.Rejected) == status, where + ": change " + i / 2 + " answered " + status);
                }
            }

            Assert.True(rig.Flash.PoweredOff, where + ": the cut never happened");
            return rig.Flash;
        }

        /// <summary>
        /// Boots over <paramref name="flash"/> and checks it holds the state before or after the change the cut hit,
        /// with no damage reported and no unfinished save left; then boots again to check the result is stable.
        /// </summary>
        private static SortedDictionary<string, string> BootAndCheck(string profile, SimulatedFlash flash, Reference reference, int change, string where, out int repairOperations)
        {
            flash.PowerOn();
            ChargerRig rig = ChargerRig.ForProfile(profile, flash);
            repairOperations = flash.Operations;
            SortedDictionary<string, string> values = FlashImages.StoredValues(rig.Charger);
            SortedDictionary<string, string> before = reference.States[change];
            SortedDictionary<string, string> after = reference.States[change + 1];
            Assert.True(values.SequenceEqual(before) || values.SequenceEqual(after),
                where + ": neither the old nor the new configuration. Against old: " + FlashImages.Difference(before, values)
                + ". Against new: " + FlashImages.Difference(after, values));
            Assert.True(!rig.Log.Lines.Any(l => l.StartsWith("Error")), where + ": " + string.Join(" | ", rig.Log.Lines));
            Assert.True(!flash.Names.Any(n => n.EndsWith(".new")), where + ": unfinished save left: " + string.Join(", ", flash.Names));

            ChargerRig again = rig.Reboot();
            Assert.Equal(0, flash.Operations);
            Assert.Equal(values, FlashImages.StoredValues(again.Charger));
            return values;
        }

        private sealed record Update(string Profile, string[] Old, string[] Changes);

        private sealed class Reference
        {
            /// <summary>The stored configuration before the first change and after each.</summary>
            public List<SortedDictionary<string, string>> States { get; } = new List<SortedDictionary<string, string>>();

            /// <summary>Flash operations counted from the start of the update to the end of each change.</summary>
            public List<int> OperationsAfter { get; } = new List<int>();

            public List<int> SaveBytes { get; } = new List<int>();

            public List<long> BytesWritten { get; } = new List<long>();
        }
    }
}
