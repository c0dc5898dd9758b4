namespace NanoEvse.FileTransfer
{
    /// <summary>What Firmware Management starts transfers through: <see cref="FileTransfers"/>, or a test's scripted server.</summary>
    public interface IFileTransfers
    {
        /// <summary>Starts fetching <paramref name="url"/>; returns at once.</summary>
        IDownload StartDownload(string url);

        /// <summary>Starts sending the first <paramref name="count"/> bytes of <paramref name="content"/> as <paramref name="fileName"/>; returns at once.</summary>
        IUpload StartUpload(string url, string fileName, byte[] content, int count);
    }
}
