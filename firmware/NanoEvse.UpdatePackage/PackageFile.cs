namespace NanoEvse.UpdatePackage
{
    /// <summary>One assembly of a package, as its manifest describes it.</summary>
    public sealed class PackageFile
    {
        /// <summary>A plain file name ending in .pe, the name the device stores it under.</summary>
        public string Name;

        /// <summary>Its length in bytes, at least 1.</summary>
        public int Size;

        /// <summary>SHA-256 of its bytes: 64 lowercase hex characters.</summary>
        public string Sha256;
    }
}
