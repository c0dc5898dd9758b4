using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.Emulator;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.HalHost;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>wss:// on the host: --ca for a private CA, a client certificate, and why a certificate is refused.</summary>
    public sealed class EmulatorTlsTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-tls-").FullName;
        private readonly TestCertificates _certificates;

        public EmulatorTlsTests()
        {
            _certificates = new TestCertificates(_dir);
        }

        public void Dispose()
        {
            _certificates.Dispose();
            Directory.Delete(_dir, recursive: true);
        }

        [Fact]
        public async Task With_the_private_ca_the_link_opens_and_the_client_certificate_is_presented()
        {
            await using TlsTestServer server = new TlsTestServer(_certificates.Server("localhost"), askClientCertificate: true);
            (string certFile, string keyFile) = _certificates.Client("CP-TLS");

            TransportEvent outcome = await ConnectAsync(server, "--ca", _certificates.CaFile, "--client-cert", certFile, "--client-key", keyFile);

            Assert.True(outcome.Kind == TransportEventKind.Opened, outcome.Kind + ": " + outcome.Text);
            Assert.Equal("CN=CP-TLS", server.ClientSubject);
        }

        [Fact]
        public async Task A_certificate_from_an_unknown_ca_is_refused_with_the_reason()
        {
            await using TlsTestServer server = new TlsTestServer(_certificates.Server("localhost"), askClientCertificate: false);

            TransportEvent outcome = await ConnectAsync(server);

            Assert.Equal(TransportEventKind.Closed, outcome.Kind);
            Assert.Equal("TLS: the CSMS certificate (CN=localhost, issued by CN=NanoEvse Test CSMS CA) is not from a trusted CA", outcome.Text);
        }

        [Fact]
        public async Task A_certificate_for_another_host_is_refused_with_the_reason()
        {
            await using TlsTestServer server = new TlsTestServer(_certificates.Server("csms.example"), askClientCertificate: false);

            TransportEvent outcome = await ConnectAsync(server, "--ca", _certificates.CaFile);

            Assert.Equal(TransportEventKind.Closed, outcome.Kind);
            Assert.Equal("TLS: the CSMS certificate (CN=csms.example) is not for host localhost", outcome.Text);
        }

        [Fact]
        public async Task An_expired_certificate_is_refused_with_the_date()
        {
            DateTimeOffset expired = DateTimeOffset.UtcNow.AddDays(-2);
            await using TlsTestServer server = new TlsTestServer(_certificates.Server("localhost", expired), askClientCertificate: false);

            TransportEvent outcome = await ConnectAsync(server, "--ca", _certificates.CaFile);

            Assert.Equal(TransportEventKind.Closed, outcome.Kind);
            Assert.StartsWith("TLS: the CSMS certificate (CN=localhost) expired on " + expired.UtcDateTime.ToString("yyyy-MM-dd"), outcome.Text);
        }

        [Fact]
        public async Task The_emulator_says_why_the_connection_closed()
        {
            await using TlsTestServer server = new TlsTestServer(_certificates.Server("localhost"), askClientCertificate: false);
            StringWriter output = new StringWriter();

            int exit = await Task.Run(() => EmulatorApp.Run(new[] { "--csms", server.Url("CP-TLS"), "--duration", "1.5" },
                TextReader.Null, TextWriter.Synchronized(output), CancellationToken.None));

            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Contains("connection closed: TLS: the CSMS certificate (CN=localhost, issued by CN=NanoEvse Test CSMS CA) is not from a trusted CA",
                output.ToString());
        }

        [Theory]
        [InlineData("cannot read --ca ", "--csms", "wss://localhost:9/ocpp/CP1", "--ca", "missing.pem")]
        [InlineData("--client-cert and --client-key go together", "--csms", "wss://localhost:9/ocpp/CP1", "--client-cert", "cp.pem")]
        [InlineData("--ca, --client-cert and --client-key need a wss:// CSMS", "--ca", "ca.pem")]
        public void Bad_tls_options_exit_2_with_the_reason(string reason, params string[] args)
        {
            StringWriter output = new StringWriter();

            Assert.Equal(EmulatorApp.ExitUsage, EmulatorApp.Run(args, output, CancellationToken.None));
            Assert.Contains("nanoevse-emulator: " + reason, output.ToString());
        }

        /// <summary>The transport with the TLS settings the emulator reads from <paramref name="args"/>: Opened, or Closed with its reason.</summary>
        private static async Task<TransportEvent> ConnectAsync(TlsTestServer server, params string[] args)
        {
            string url = server.Url("CP-TLS");
            string[] all = new string[args.Length + 2];
            all[0] = "--csms";
            all[1] = url;
            args.CopyTo(all, 2);
            EmulatorOptions options = EmulatorOptions.Parse(all, out string error);
            Assert.Null(error);
            using TestCharger charger = new TestCharger();
            charger.Transport.Tls = TlsFiles.Load(options, url, out error);
            Assert.Null(error);

            charger.Connect(url);
            return await charger.NextAsync();
        }
    }
}
