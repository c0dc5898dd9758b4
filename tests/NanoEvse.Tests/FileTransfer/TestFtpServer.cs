using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace NanoEvse.Tests.FileTransfer
{
    /// <summary>
    /// A small FTP server on loopback for the transfer tests: passive mode only, files in memory, and the faults a
    /// real server or network shows (refused login, missing file, a data connection cut short, a missing 226, silence).
    /// </summary>
    internal sealed class TestFtpServer : IDisposable
    {
        private readonly LoopbackListener _connections;

        public TestFtpServer()
        {
            _connections = new LoopbackListener("test FTP", client => Session(client.GetStream()));
        }

        /// <summary>Files by the path a RETR or STOR names.</summary>
        public ConcurrentDictionary<string, byte[]> Files { get; } = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);

        /// <summary>Every command line received, in order.</summary>
        public ConcurrentQueue<string> Commands { get; } = new ConcurrentQueue<string>();

        /// <summary>The only user and password accepted; null accepts any.</summary>
        public string User { get; set; }

        public string Password { get; set; }

        public bool RefuseLogin { get; set; }

        /// <summary>Accepts connections and never says a word.</summary>
        public bool Silent { get; set; }

        /// <summary>Greets with a line that is no FTP reply.</summary>
        public bool Garbled { get; set; }

        /// <summary>Sends only this many bytes of a file, closes the data connection and replies 426; -1 sends all.</summary>
        public int DropDataAfter { get; set; } = -1;

        /// <summary>Never confirms a transfer with 226.</summary>
        public bool Never226 { get; set; }

        public bool NoSize { get; set; }

        /// <summary>Refuses PASV (as an IPv6-only server does), leaving EPSV.</summary>
        public bool NoPasv { get; set; }

        public bool ReadOnly { get; set; }

        /// <summary>The address a 227 reply announces (the port is always the real one).</summary>
        public string PasvAddress { get; set; } = "127,0,0,1";

        public int Port => _connections.Port;

        public string Url(string path) => "ftp://127.0.0.1:" + Port + path;

        public void Dispose() => _connections.Dispose();

        private void Session(NetworkStream control)
        {
            if (Silent)
            {
                _connections.Stopping.WaitOne();
                return;
            }

            if (Garbled)
            {
                Reply(control, "hello");
                _connections.Stopping.WaitOne();
                return;
            }

            Reply(control, "220-Welcome to the test FTP server");
            Reply(control, " it speaks passive mode only");
            Reply(control, "220 Ready");
            StreamReader reader = new StreamReader(control, Encoding.UTF8);
            TcpListener data = null;
            bool loggedIn = false;
            string user = null;
            string line;
            while ((line = reader.ReadLine()) != null)
            {
                Commands.Enqueue(line);
                int space = line.IndexOf(' ');
                string verb = (space < 0 ? line : line.Substring(0, space)).ToUpperInvariant();
                string argument = space < 0 ? "" : line.Substring(space + 1);
                if (verb != "USER" && verb != "PASS" && verb != "QUIT" && !loggedIn)
                {
                    Reply(control, "530 Not logged in.");
                    continue;
                }

                switch (verb)
                {
                    case "USER":
                        user = argument;
                        Reply(control, "331 Password required");
                        break;
                    case "PASS":
                        loggedIn = !RefuseLogin && (User == null || (user == User && argument == Password));
                        Reply(control, loggedIn ? "230 Logged in" : "530 Login incorrect.");
                        break;
                    case "TYPE":
                        Reply(control, "200 Type set to " + argument);
                        break;
                    case "SIZE":
                        Reply(control, NoSize ? "502 Command not implemented" : Files.TryGetValue(argument, out byte[] sized) ? "213 " + sized.Length : "550 file not found");
                        break;
                    case "PASV":
                        if (NoPasv)
                        {
                            Reply(control, "500 PASV not understood");
                            break;
                        }

                        data = Listen();
                        int port = ((IPEndPoint)data.LocalEndpoint).Port;
                        Reply(control, "227 Entering Passive Mode (" + PasvAddress + "," + port / 256 + "," + port % 256 + ").");
                        break;
                    case "EPSV":
                        data = Listen();
                        Reply(control, "229 Entering Extended Passive Mode (|||" + ((IPEndPoint)data.LocalEndpoint).Port + "|)");
                        break;
                    case "RETR":
                        Retrieve(control, data, argument);
                        break;
                    case "STOR":
                        Store(control, data, argument);
                        break;
                    case "QUIT":
                        Reply(control, "221 Goodbye");
                        return;
                    default:
                        Reply(control, "502 Command not implemented");
                        break;
                }
            }
        }

        private void Retrieve(NetworkStream control, TcpListener data, string path)
        {
            if (!Files.TryGetValue(path, out byte[] file))
            {
                Reply(control, "550-file not found");
                Reply(control, "550 (no such path here)");
                return;
            }

            using TcpClient connection = data.AcceptTcpClient();
            _connections.Track(connection);
            Reply(control, "150 Opening BINARY mode data connection for " + path + " (" + file.Length + " bytes)");
            NetworkStream stream = connection.GetStream();
            bool cut = DropDataAfter >= 0 && DropDataAfter < file.Length;
            stream.Write(file, 0, cut ? DropDataAfter : file.Length);
            connection.Close();
            if (cut)
            {
                Reply(control, "426 Connection closed; transfer aborted.");
            }
            else if (!Never226)
            {
                Reply(control, "226 Transfer complete");
            }
        }

        private void Store(NetworkStream control, TcpListener data, string path)
        {
            if (ReadOnly)
            {
                Reply(control, "553 Could not create file.");
                return;
            }

            using TcpClient connection = data.AcceptTcpClient();
            _connections.Track(connection);
            Reply(control, "150 Ok to send data.");
            MemoryStream received = new MemoryStream();
            connection.GetStream().CopyTo(received);
            Files[path] = received.ToArray();
            Reply(control, "226 Transfer complete");
        }

        private TcpListener Listen()
        {
            TcpListener listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            _connections.Track(new Stopper(listener));
            return listener;
        }

        private static void Reply(NetworkStream control, string line)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(line + "\r\n");
            control.Write(bytes, 0, bytes.Length);
        }

        private sealed class Stopper : IDisposable
        {
            private readonly TcpListener _listener;

            public Stopper(TcpListener listener) => _listener = listener;

            public void Dispose() => _listener.Stop();
        }
    }
}
