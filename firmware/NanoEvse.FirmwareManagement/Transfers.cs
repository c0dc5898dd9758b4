using NanoEvse.FileTransfer;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>Whether a location the CSMS names is one the charger can transfer files with.</summary>
    public static class Transfers
    {
        /// <summary>Null when <paramref name="location"/> is a URL of a supported protocol, otherwise why not.</summary>
        public static string Problem(string location)
        {
            string error;
            TransferUrl url = TransferUrl.Parse(location, out error);
            if (url == null)
            {
                return "location " + location + ": " + error;
            }

            return FileTransfers.Supports(url.Scheme) ? null : "location " + location + ": " + url.Scheme + " is not supported";
        }
    }
}
