using System.Security.Cryptography.X509Certificates;

namespace NanoEvse.Hal.Host
{
    /// <summary>What a wss:// connection trusts and presents beyond the platform's defaults.</summary>
    public sealed class TlsSettings
    {
        /// <summary>CAs to trust instead of the system's store (a private CSMS CA), or null for the system's.</summary>
        public X509Certificate2Collection TrustedCas { get; set; }

        /// <summary>The charge point's certificate with its private key (OCPP security profile 3), or null.</summary>
        public X509Certificate2 ClientCertificate { get; set; }
    }
}
