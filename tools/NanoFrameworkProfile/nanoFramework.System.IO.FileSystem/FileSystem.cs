// Declaration-only reference profile of nanoFramework.System.IO.FileSystem 1.1.87 (only what the adapters need).
// Stream, SeekOrigin and IOException are in mscorlib; FileMode, FileAccess and FileStream come with this package.
namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode) { }
        public FileStream(string path, FileMode mode, FileAccess access) { }
        public string Name => throw null;
        public override bool CanRead => throw null;
        public override bool CanSeek => throw null;
        public override bool CanWrite => throw null;
        public override long Length => throw null;
        public override long Position { get => throw null; set => throw null; }
        public override void Close() => throw null;
        protected override void Dispose(bool disposing) => throw null;
        public override void Flush() => throw null;
        public override int Read(byte[] buffer, int offset, int count) => throw null;
        public override int ReadByte() => throw null;
        public override long Seek(long offset, SeekOrigin origin) => throw null;
        public override void SetLength(long value) => throw null;
        public override void Write(byte[] buffer, int offset, int count) => throw null;
        public override void WriteByte(byte value) => throw null;
    }

    public static class File
    {
        public static bool Exists(string path) => throw null;
        public static void Delete(string path) => throw null;
        public static void Move(string sourceFileName, string destFileName) => throw null;
    }

    public static class Directory
    {
        public static string[] GetFiles(string path) => throw null;
    }

    public static class Path
    {
        public static string GetFileName(string path) => throw null;
    }
}
