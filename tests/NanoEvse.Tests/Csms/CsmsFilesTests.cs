using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NanoEvse.Csms;
using Xunit;

namespace NanoEvse.Tests.Csms
{
    /// <summary>The embedded CSMS's file area: packages to download for UpdateFirmware, uploads for GetDiagnostics.</summary>
    public sealed class CsmsFilesTests : IAsyncLifetime
    {
        private readonly HttpClient _http = new HttpClient();
        private EmbeddedCsms _csms;

        public Task InitializeAsync()
        {
            _csms = EmbeddedCsms.StartNew();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            _http.Dispose();
            await _csms.DisposeAsync();
        }

        [Fact]
        public async Task A_published_file_is_served_and_an_unknown_one_is_404()
        {
            byte[] package = { 1, 2, 3, 4, 5 };
            _csms.Files.Publish("fw.nevpkg", package);

            Assert.Equal(package, await _http.GetByteArrayAsync(_csms.FileUrl("fw.nevpkg")));
            using HttpResponseMessage missing = await _http.GetAsync(_csms.FileUrl("other.nevpkg"));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        [Theory]
        [InlineData("PUT")]
        [InlineData("POST")]
        public async Task An_upload_is_kept_and_reported(string method)
        {
            string uploaded = null;
            _csms.Files.Uploaded += (name, content) => uploaded = name + ":" + content.Length;

            using HttpResponseMessage response = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), _csms.FileUrl("diag.txt"))
            {
                Content = new ByteArrayContent(new byte[300]),
            });

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(300, _csms.Files.Upload("diag.txt").Length);
            Assert.Equal("diag.txt:300", uploaded);
        }

        [Fact]
        public async Task An_oversized_upload_is_refused_and_nothing_is_kept()
        {
            using HttpResponseMessage response = await _http.PutAsync(_csms.FileUrl("big.txt"), new ByteArrayContent(new byte[CsmsFiles.MaxUploadBytes + 1]));

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Null(_csms.Files.Upload("big.txt"));
        }

        [Fact]
        public async Task Other_methods_and_names_outside_the_area_are_refused()
        {
            using HttpResponseMessage delete = await _http.DeleteAsync(_csms.FileUrl("x"));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
            Assert.Throws<ArgumentException>(() => _csms.Files.Publish("../etc/passwd", new byte[1]));
            Assert.Throws<ArgumentException>(() => _csms.Files.Publish(string.Empty, new byte[1]));
        }
    }
}
