using System;
using System.IO;

namespace NanoEvse.Hal.Esp32
{
    /// <summary>
    /// IFileStore over the internal LittleFS volume that nanoCLR mounts as drive I: (partition "config").
    /// Every call opens, uses and closes its file: LittleFS commits a file when it is closed, so a closed file
    /// survives a power cut. The volume also holds the platform's own files (con_*.sys: network, Wi-Fi and
    /// certificate configuration); List reports them like any other file.
    /// </summary>
    public sealed class LittleFsFileStore : IFileStore
    {
        public const string Root = "I:\\";

        public byte[] Read(string name)
        {
            string path = Root + name;
            try
            {
                if (!File.Exists(path))
                {
                    return null;
                }

                using (FileStream file = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    byte[] data = new byte[(int)file.Length];
                    int total = 0;
                    while (total < data.Length)
                    {
                        int read = file.Read(data, total, data.Length - total);
                        if (read <= 0)
                        {
                            throw new IOException("the file ended before its length");
                        }

                        total += read;
                    }

                    return data;
                }
            }
            catch (Exception e)
            {
                throw Failure("read", name, e);
            }
        }

        public void Write(string name, byte[] data, int count)
        {
            string path = Root + name;
            try
            {
                // The driver opens an existing file "r+" without cutting it, and FileSystem releases differ in
                // whether FileMode.Create truncates; a file created afresh is empty on all of them.
                File.Delete(path);
                using (FileStream file = new FileStream(path, FileMode.Create, FileAccess.Write))
                {
                    if (count > 0)
                    {
                        file.Write(data, 0, count);
                    }
                }
            }
            catch (Exception e)
            {
                throw Failure("write", name, e);
            }
        }

        public void Append(string name, byte[] data, int count)
        {
            try
            {
                using (FileStream file = new FileStream(Root + name, FileMode.Append, FileAccess.Write))
                {
                    if (count > 0)
                    {
                        file.Write(data, 0, count);
                    }
                }
            }
            catch (Exception e)
            {
                throw Failure("append to", name, e);
            }
        }

        public void Rename(string from, string to)
        {
            string source = Root + from;
            string target = Root + to;
            try
            {
                // File.Move leaves this check to the driver, and LittleFS's rename replaces an existing target.
                if (File.Exists(target))
                {
                    throw new IOException(to + " already exists");
                }

                if (!File.Exists(source))
                {
                    throw new IOException("there is no " + from);
                }
            }
            catch (Exception e)
            {
                throw Failure("rename", from, e);
            }

            try
            {
                File.Move(source, target);
            }
            catch (Exception e)
            {
                // Some FileSystem releases go on to copy the source after the driver has renamed it, and throw;
                // what counts is whether the file now has its new name.
                if (File.Exists(source) || !File.Exists(target))
                {
                    throw Failure("rename", from, e);
                }
            }
        }

        public void Delete(string name)
        {
            try
            {
                // File.Delete returns quietly when the file does not exist.
                File.Delete(Root + name);
            }
            catch (Exception e)
            {
                throw Failure("delete", name, e);
            }
        }

        public string[] List()
        {
            try
            {
                string[] paths = Directory.GetFiles(Root);
                string[] names = new string[paths.Length];
                for (int i = 0; i < paths.Length; i++)
                {
                    names[i] = Path.GetFileName(paths[i]);
                }

                return names;
            }
            catch (Exception e)
            {
                throw Failure("list", Root, e);
            }
        }

        // IFileStore promises IOException; the platform also throws other types, often without a message.
        private static IOException Failure(string operation, string name, Exception e)
        {
            string reason = e.Message == null || e.Message.Length == 0 ? e.GetType().Name : e.Message;
            return new IOException("cannot " + operation + " " + name + ": " + reason, e);
        }
    }
}
