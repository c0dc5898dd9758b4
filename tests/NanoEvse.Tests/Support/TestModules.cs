using NanoEvse.ChargePoint.Modules;
using NanoEvse.FirmwareManagement;
using NanoEvse.Tests.FirmwareManagement;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Tests.Support
{
    /// <summary>The modules the emulator links, over a scripted file server and the built-in firmware: what most tests charge with.</summary>
    public static class TestModules
    {
        public static IFeatureModule[] Linked()
        {
            return NanoEvse.Emulator.LinkedModules.Build(new ScriptedTransfers(), BuiltInFirmware());
        }

        public static LoadedFirmware BuiltInFirmware()
        {
            return new LoadedFirmware(new SlotChoice(), FirmwareRig.BuiltInVersion, FirmwareRig.LoaderVersion, TestPackages.Target, FirmwareRig.SlotBytes);
        }
    }
}
