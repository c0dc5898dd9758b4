using System.IO;

namespace NfGuard
{
    internal static class PathUtil
    {
        /// <summary>Project files are written on Windows: turn their backslash paths into this OS's separators.</summary>
        public static string FromMsBuild(string path)
        {
            return path.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);
        }

        public static string Resolve(string baseDirectory, string msbuildPath)
        {
            return Path.GetFullPath(Path.Combine(baseDirectory, FromMsBuild(msbuildPath)));
        }
    }
}
