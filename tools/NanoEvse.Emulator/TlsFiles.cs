using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NanoEvse.Hal.Host;

namespace NanoEvse.Emulator
{
    /// <summary>Reads --ca and --client-cert/--client-key (PEM) into the transport's TLS settings.</summary>
    public static class TlsFiles
    {
        /// <summary>The settings, null when no TLS option was given, or null with the reason in <paramref name="error"/>.</summary>
        public static TlsSettings Load(EmulatorOptions options, string csmsUrl, out string error)
        {
            error = null;
            if (options.CaFile == null && options.ClientCertFile == null && options.ClientKeyFile == null)
            {
                return null;
            }

            if (!csmsUrl.StartsWith("wss://", StringComparison.Ordinal))
            {
                error = "--ca, --client-cert and --client-key need a wss:// CSMS, not " + csmsUrl;
                return null;
            }

            if ((options.ClientCertFile == null) != (options.ClientKeyFile == null))
            {
                error = "--client-cert and --client-key go together";
                return null;
            }

            TlsSettings tls = new TlsSettings();
            string file = options.CaFile;
            try
            {
                if (file != null)
                {
                    tls.TrustedCas = new X509Certificate2Collection();
                    tls.TrustedCas.ImportFromPemFile(file);
                    if (tls.TrustedCas.Count == 0)
                    {
                        error = "--ca " + file + " holds no PEM certificate";
                        return null;
                    }
                }

                file = options.ClientCertFile;
                if (file != null)
                {
                    tls.ClientCertificate = X509Certificate2.CreateFromPemFile(options.ClientCertFile, options.ClientKeyFile);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is CryptographicException || e is ArgumentException)
            {
                error = "cannot read " + (file == options.CaFile ? "--ca " : "--client-cert/--client-key ") + file + ": " + e.Message;
                return null;
            }

            return tls;
        }
    }
}
