using System;
using System.Linq;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// Judges a server's certificate (the CSMS's, a file server's) against the system's trust or a private CA, and says
    /// in a few words what is wrong with it; the TLS stack's own exception only says that the certificate is invalid.
    /// </summary>
    public static class ServerCertificateCheck
    {
        /// <summary>Null when the CSMS's certificate is good for <paramref name="host"/>; otherwise why not.</summary>
        public static string Problem(X509Certificate certificate, X509Chain presented, SslPolicyErrors errors, X509Certificate2Collection trustedCas, string host)
        {
            return Problem(certificate, presented, errors, trustedCas, host, "CSMS");
        }

        /// <summary>Null when the certificate is good for <paramref name="host"/>; otherwise why not, naming the server as <paramref name="serverName"/>.</summary>
        public static string Problem(X509Certificate certificate, X509Chain presented, SslPolicyErrors errors, X509Certificate2Collection trustedCas, string host, string serverName)
        {
            if (certificate == null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
            {
                return "the " + serverName + " sent no certificate";
            }

            X509Certificate2 server = certificate as X509Certificate2 ?? new X509Certificate2(certificate);
            X509ChainStatus[] statuses;
            if (trustedCas == null)
            {
                statuses = (errors & SslPolicyErrors.RemoteCertificateChainErrors) == 0 ? Array.Empty<X509ChainStatus>() : presented?.ChainStatus ?? Array.Empty<X509ChainStatus>();
            }
            else
            {
                using X509Chain chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.AddRange(trustedCas);
                // A private CA seldom runs a revocation service the charger could reach.
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                if (presented != null)
                {
                    foreach (X509ChainElement element in presented.ChainElements)
                    {
                        chain.ChainPolicy.ExtraStore.Add(element.Certificate);
                    }
                }

                statuses = chain.Build(server) ? Array.Empty<X509ChainStatus>() : chain.ChainStatus;
            }

            if (statuses.Any(s => s.Status == X509ChainStatusFlags.NotTimeValid))
            {
                return DateTime.UtcNow > server.NotAfter.ToUniversalTime()
                    ? "the " + serverName + " certificate (" + server.Subject + ") expired on " + server.NotAfter.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'")
                    : "the " + serverName + " certificate (" + server.Subject + ") is not valid before " + server.NotBefore.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'");
            }

            if (statuses.Any(s => s.Status == X509ChainStatusFlags.UntrustedRoot || s.Status == X509ChainStatusFlags.PartialChain))
            {
                return "the " + serverName + " certificate (" + server.Subject + ", issued by " + server.Issuer + ") is not from a trusted CA";
            }

            if (statuses.Length > 0)
            {
                return "the " + serverName + " certificate (" + server.Subject + ") is not valid: " + string.Join("; ", statuses.Select(s => s.Status + " " + s.StatusInformation.Trim()));
            }

            return (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0
                ? "the " + serverName + " certificate (" + server.Subject + ") is not for host " + host
                : null;
        }
    }
}
