namespace NanoEvse.FileTransfer
{
    /// <summary>A file being sent by a worker thread.</summary>
    public interface IUpload
    {
        /// <summary>A <see cref="TransferState"/> value.</summary>
        int State { get; }

        /// <summary>Why the upload failed; empty otherwise.</summary>
        string Error { get; }

        /// <summary>Stops the transfer at once (State Failed, Error "aborted"); nothing once it is over.</summary>
        void Abort();
    }
}
