using NanoEvse.FileTransfer;
using Xunit;

namespace NanoEvse.Tests.FileTransfer
{
    public class TransferUrlTests
    {
        [Theory]
        [InlineData("ftp://files.example.com/fw/image.bin", "ftp", "files.example.com", 21, "/fw/image.bin")]
        [InlineData("http://files.example.com/fw/image.bin", "http", "files.example.com", 80, "/fw/image.bin")]
        [InlineData("https://files.example.com/fw/image.bin", "https", "files.example.com", 443, "/fw/image.bin")]
        [InlineData("HTTP://Files.Example.com:8080", "http", "Files.Example.com", 8080, "")]
        [InlineData("ftp://10.0.0.5:2121/a%20b/%C3%A9t%C3%A9.bin", "ftp", "10.0.0.5", 2121, "/a b/été.bin")]
        [InlineData("http://[fe80::1]:8080/x", "http", "fe80::1", 8080, "/x")]
        [InlineData("http://[::1]/x", "http", "::1", 80, "/x")]
        [InlineData("http://host:/x", "http", "host", 80, "/x")]
        public void Scheme_host_port_and_path_with_the_schemes_defaults(string url, string scheme, string host, int port, string path)
        {
            TransferUrl parsed = TransferUrl.Parse(url, out string error);

            Assert.Equal("", error);
            Assert.Equal(scheme, parsed.Scheme);
            Assert.Equal(host, parsed.Host);
            Assert.Equal(port, parsed.Port);
            Assert.Equal(path, parsed.Path);
        }

        [Fact]
        public void Ftp_without_a_user_is_anonymous_and_http_has_none()
        {
            TransferUrl ftp = TransferUrl.Parse("ftp://h/f", out _);
            TransferUrl http = TransferUrl.Parse("http://h/f", out _);

            Assert.Equal(("anonymous", "nanoevse@"), (ftp.User, ftp.Password));
            Assert.Equal(("", ""), (http.User, http.Password));
        }

        [Theory]
        [InlineData("ftp://cp01:secret@h/f", "cp01", "secret")]
        [InlineData("ftp://cp%4001:p%3A%2Fss@h/f", "cp@01", "p:/ss")]
        [InlineData("ftp://user:p@ss@h/f", "user", "p@ss")]
        [InlineData("http://user@h/f", "user", "")]
        [InlineData("http://user:@h/f", "user", "")]
        public void User_and_password_are_percent_decoded_and_the_last_at_sign_ends_them(string url, string user, string password)
        {
            TransferUrl parsed = TransferUrl.Parse(url, out _);

            Assert.Equal(user, parsed.User);
            Assert.Equal(password, parsed.Password);
            Assert.Equal("h", parsed.Host);
        }

        [Theory]
        [InlineData("http://h/fw/image.bin?v=1&x=%2F#frag", "/fw/image.bin", "/fw/image.bin?v=1&x=%2F")]
        [InlineData("http://h?v=1", "", "/?v=1")]
        [InlineData("http://h", "", "/")]
        [InlineData("ftp://h/dir/image.bin;type=i", "/dir/image.bin", "/dir/image.bin;type=i")]
        [InlineData("http://h/dir/a;type=i", "/dir/a;type=i", "/dir/a;type=i")]
        public void The_path_is_decoded_and_an_http_target_keeps_the_path_and_query_as_written(string url, string path, string target)
        {
            TransferUrl parsed = TransferUrl.Parse(url, out _);

            Assert.Equal(path, parsed.Path);
            Assert.Equal(target, parsed.Target);
        }

        [Theory]
        [InlineData("ftps://h/f", "ftps is not supported")]
        [InlineData("FTPS://h/f", "ftps is not supported")]
        [InlineData("sftp://h/f", "unsupported scheme sftp")]
        [InlineData("file:///etc/passwd", "unsupported scheme file")]
        [InlineData("h/fw.bin", "not a URL (scheme://host/path expected)")]
        [InlineData("http:/h/fw.bin", "not a URL (scheme://host/path expected)")]
        [InlineData("://h/fw.bin", "not a URL (scheme://host/path expected)")]
        [InlineData("1http://h/fw.bin", "not a URL (scheme://host/path expected)")]
        [InlineData("", "empty URL")]
        [InlineData(null, "empty URL")]
        [InlineData("http:///fw.bin", "no host in the URL")]
        [InlineData("ftp://user@/fw.bin", "no host in the URL")]
        [InlineData("http://h:0/f", "bad port in the URL")]
        [InlineData("http://h:65536/f", "bad port in the URL")]
        [InlineData("http://h:8o/f", "bad port in the URL")]
        [InlineData("http://[::1/f", "bad IPv6 address in the URL")]
        [InlineData("http://h/%zz", "bad percent escape in the URL's path")]
        [InlineData("http://h/%4", "bad percent escape in the URL's path")]
        [InlineData("ftp://u%:p@h/f", "bad percent escape in the URL's user or password")]
        [InlineData("http://h/a b", "URL contains a space, a control or a non-ASCII character")]
        [InlineData("http://h/é", "URL contains a space, a control or a non-ASCII character")]
        [InlineData("ftp://h/a%0D%0ADELE%20b", "URL's path contains a line break")]
        [InlineData("ftp://u%0A:p@h/f", "URL's user or password contains a line break")]
        public void A_bad_url_is_refused_with_a_clear_error(string url, string error)
        {
            Assert.Null(TransferUrl.Parse(url, out string actual));
            Assert.Equal(error, actual);
        }

        [Fact]
        public void An_error_never_repeats_the_url_which_may_hold_a_password()
        {
            TransferUrl.Parse("ftp://user:hunter2@h:99999/f", out string error);

            Assert.DoesNotContain("hunter2", error);
        }

        [Theory]
        [InlineData("FTP", true)]
        [InlineData("ftp", true)]
        [InlineData("HTTP", true)]
        [InlineData("https", true)]
        [InlineData("FTPS", false)]
        [InlineData("SFTP", false)]
        [InlineData("", false)]
        [InlineData(null, false)]
        public void Supports_names_exactly_the_protocols_the_clients_speak(string scheme, bool supported)
        {
            Assert.Equal(supported, FileTransfers.Supports(scheme));
        }

        [Theory]
        [InlineData("ftps://h/f", "ftps is not supported")]
        [InlineData("ftp://h/dir/", "the URL names no file")]
        [InlineData("ftp://h", "the URL names no file")]
        public void A_download_from_a_bad_url_has_failed_before_it_returns(string url, string error)
        {
            FileTransfers transfers = TransferPolling.Client();

            IDownload download = transfers.StartDownload(url);

            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal(error, download.Error);
            Assert.Equal(0, transfers.RunningWorkers);
        }
    }
}
