namespace NanoEvse.UpdatePackage
{
    /// <summary>Where a <see cref="PackageReader"/> stands: the part of the package it expects next, or how it ended.</summary>
    public static class PackageState
    {
        public const int Header = 0, Manifest = 1, Files = 2, Trailer = 3, Done = 4, Failed = 5;
    }
}
