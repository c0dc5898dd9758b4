namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// Where <see cref="PackageReader"/> hands the files, in manifest order, as their bytes arrive. A file's bytes
    /// reach the sink before its hash can be checked, so the sink keeps them aside until <see cref="EndFile"/>, and
    /// activates nothing before the reader is <see cref="PackageState.Done"/>: only the trailer vouches for the manifest.
    /// </summary>
    public interface IPackageSink
    {
        void BeginFile(PackageFile file);

        void Write(byte[] data, int offset, int count);

        /// <summary>Called only once the file's size and SHA-256 matched its manifest entry.</summary>
        void EndFile(PackageFile file);
    }
}
