namespace NanoEvse.FileTransfer
{
    /// <summary>A file being fetched by a worker thread; the main loop takes its bytes as they come.</summary>
    public interface IDownload
    {
        /// <summary>A <see cref="TransferState"/> value.</summary>
        int State { get; }

        /// <summary>Why the download failed; empty otherwise.</summary>
        string Error { get; }

        /// <summary>Bytes received from the server so far, taken or not.</summary>
        long Received { get; }

        /// <summary>
        /// Copies up to <paramref name="count"/> bytes already received and returns how many; 0 when none are waiting.
        /// Never blocks. After a failure nothing more is handed out.
        /// </summary>
        int Take(byte[] buffer, int offset, int count);

        /// <summary>Stops the transfer at once (State Failed, Error "aborted"); nothing once it is over.</summary>
        void Abort();
    }
}
