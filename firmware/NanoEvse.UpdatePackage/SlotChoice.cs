namespace NanoEvse.UpdatePackage
{
    /// <summary>What the loader runs at this boot, and why the slots it passed over were refused.</summary>
    public sealed class SlotChoice
    {
        /// <summary>The slot, or null for the assemblies built into the image.</summary>
        public string Slot;

        /// <summary>The slot's manifest (its files in load order), or null for the built-in assemblies.</summary>
        public PackageManifest Manifest;

        /// <summary>One line per slot refused, oldest first; empty when the first choice ran.</summary>
        public string Refusals = string.Empty;
    }
}
