using System;

namespace NanoEvse.FileTransfer
{
    /// <summary>A protocol failure whose message is the transfer's Error as it stands.</summary>
    internal sealed class TransferFailure : Exception
    {
        public TransferFailure(string error)
            : base(error)
        {
        }
    }
}
