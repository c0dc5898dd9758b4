using NanoEvse.UpdatePackage;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>The firmware a loader's <see cref="SlotChoice"/> runs: a slot's manifest version, or the built-in one.</summary>
    public sealed class LoadedFirmware : IFirmwareImage
    {
        private readonly SlotChoice _choice;
        private readonly string _builtInVersion;

        public LoadedFirmware(SlotChoice choice, string builtInVersion, int loaderVersion, string target, int slotBytes)
        {
            _choice = choice;
            _builtInVersion = builtInVersion;
            LoaderVersion = loaderVersion;
            Target = target;
            SlotBytes = slotBytes;
        }

        public string Version
        {
            get { return _choice.Manifest == null ? _builtInVersion : _choice.Manifest.Version; }
        }

        public string Slot
        {
            get { return _choice.Slot; }
        }

        /// <summary>Why the loader passed over the slots it did not run, one per line; empty when it ran its first choice.</summary>
        public string Refusals
        {
            get { return _choice.Refusals; }
        }

        public int LoaderVersion { get; private set; }

        public string Target { get; private set; }

        public int SlotBytes { get; private set; }
    }
}
