using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>A private CA made for a test, and certificates it issues, written as PEM files where the emulator wants them.</summary>
    internal sealed class TestCertificates : IDisposable
    {
        private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
        private readonly ECDsa _caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        public TestCertificates(string directory)
        {
            Directory = directory;
            CertificateRequest request = new CertificateRequest("CN=NanoEvse Test CSMS CA", _caKey, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            Ca = request.CreateSelfSigned(Now.AddDays(-30), Now.AddYears(1));
            CaFile = Path.Combine(directory, "ca.pem");
            File.WriteAllText(CaFile, Ca.ExportCertificatePem());
        }

        public string Directory { get; }
        public X509Certificate2 Ca { get; }
        public string CaFile { get; }

        /// <summary>A server certificate for <paramref name="dnsName"/>, usable by SslStream.</summary>
        public X509Certificate2 Server(string dnsName, DateTimeOffset? notAfter = null)
        {
            using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            CertificateRequest request = new CertificateRequest("CN=" + dnsName, key, HashAlgorithmName.SHA256);
            SubjectAlternativeNameBuilder names = new SubjectAlternativeNameBuilder();
            names.AddDnsName(dnsName);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            DateTimeOffset end = notAfter ?? Now.AddDays(30);
            DateTimeOffset start = notAfter == null ? Now.AddDays(-1) : end.AddDays(-10);
            using X509Certificate2 issued = request.Create(Ca, start, end, Serial());
            using X509Certificate2 withKey = issued.CopyWithPrivateKey(key);
            return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
        }

        /// <summary>A client certificate for the charge point, written as (certificate, key) PEM files.</summary>
        public (string CertFile, string KeyFile) Client(string chargePointId)
        {
            using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            CertificateRequest request = new CertificateRequest("CN=" + chargePointId, key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.2") }, false));
            using X509Certificate2 issued = request.Create(Ca, Now.AddDays(-1), Now.AddDays(30), Serial());
            string certFile = Path.Combine(Directory, chargePointId + ".pem");
            string keyFile = Path.Combine(Directory, chargePointId + ".key");
            File.WriteAllText(certFile, issued.ExportCertificatePem());
            File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
            return (certFile, keyFile);
        }

        public void Dispose()
        {
            Ca.Dispose();
            _caKey.Dispose();
        }

        private static byte[] Serial() => RandomNumberGenerator.GetBytes(8);
    }
}
