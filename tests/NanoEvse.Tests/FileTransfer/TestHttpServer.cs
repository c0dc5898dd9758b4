using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;

namespace NanoEvse.Tests.FileTransfer
{
    /// <summary>One request as the test HTTP server read it.</summary>
    internal sealed class TestHttpRequest
    {
        public string Method { get; init; }

        public string Target { get; init; }

        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public byte[] Body { get; set; } = Array.Empty<byte>();

        /// <summary>Set when the test is over, for a responder that hangs until then.</summary>
        public WaitHandle Stopping { get; init; }
    }

    /// <summary>
    /// A raw HTTP/1.1 server on loopback: it reads each request and lets the test write whatever bytes it likes back,
    /// so truncated bodies, bad status lines and chunked encodings are as easy as good answers. TLS with a certificate.
    /// </summary>
    internal sealed class TestHttpServer : IDisposable
    {
        private readonly LoopbackListener _connections;
        private readonly Action<TestHttpRequest, Stream> _respond;
        private readonly X509Certificate2 _certificate;

        public TestHttpServer(Action<TestHttpRequest, Stream> respond, X509Certificate2 certificate = null)
        {
            _respond = respond;
            _certificate = certificate;
            _connections = new LoopbackListener("test HTTP", Serve);
        }

        public ConcurrentQueue<TestHttpRequest> Requests { get; } = new ConcurrentQueue<TestHttpRequest>();

        public int Port => _connections.Port;

        public string Url(string target) => (_certificate == null ? "http://127.0.0.1:" : "https://localhost:") + Port + target;

        public static void Send(Stream stream, string statusLine, byte[] body, params string[] headers)
        {
            string head = "HTTP/1.1 " + statusLine + "\r\n" + string.Concat(Array.ConvertAll(headers, h => h + "\r\n")) + "\r\n";
            Raw(stream, head);
            stream.Write(body, 0, body.Length);
        }

        /// <summary>200 with a Content-Length.</summary>
        public static void SendFile(Stream stream, byte[] body) => Send(stream, "200 OK", body, "Content-Length: " + body.Length, "Content-Type: application/octet-stream");

        /// <summary>200 in chunks of <paramref name="chunkBytes"/>, with a chunk extension and a trailer to be skipped.</summary>
        public static void SendChunked(Stream stream, byte[] body, int chunkBytes)
        {
            Raw(stream, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int offset = 0; offset < body.Length; offset += chunkBytes)
            {
                int n = Math.Min(chunkBytes, body.Length - offset);
                Raw(stream, n.ToString("x") + (offset == 0 ? ";name=value" : "") + "\r\n");
                stream.Write(body, offset, n);
                Raw(stream, "\r\n");
            }

            Raw(stream, "0\r\nX-Checksum: none\r\n\r\n");
        }

        public static void Raw(Stream stream, string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }

        public void Dispose() => _connections.Dispose();

        private void Serve(TcpClient client)
        {
            Stream stream = client.GetStream();
            if (_certificate != null)
            {
                SslStream ssl = new SslStream(stream, false);
                ssl.AuthenticateAsServer(_certificate);
                stream = ssl;
            }

            TestHttpRequest request = Read(stream, _connections.Stopping);
            Requests.Enqueue(request);
            _respond(request, stream);
            stream.Flush();
        }

        private static TestHttpRequest Read(Stream stream, WaitHandle stopping)
        {
            string[] lines = ReadHead(stream).Split("\r\n");
            string[] requestLine = lines[0].Split(' ');
            TestHttpRequest request = new TestHttpRequest { Method = requestLine[0], Target = requestLine[1], Stopping = stopping };
            for (int i = 1; i < lines.Length && lines[i].Length > 0; i++)
            {
                int colon = lines[i].IndexOf(':');
                request.Headers[lines[i].Substring(0, colon)] = lines[i].Substring(colon + 1).Trim();
            }

            if (request.Headers.TryGetValue("Content-Length", out string length))
            {
                byte[] body = new byte[int.Parse(length)];
                stream.ReadExactly(body, 0, body.Length);
                request.Body = body;
            }

            return request;
        }

        private static string ReadHead(Stream stream)
        {
            StringBuilder head = new StringBuilder();
            while (head.Length < 4 || head.ToString(head.Length - 4, 4) != "\r\n\r\n")
            {
                int b = stream.ReadByte();
                if (b < 0)
                {
                    throw new EndOfStreamException();
                }

                head.Append((char)b);
            }

            return head.ToString();
        }
    }
}
